import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';

/**
 * Admin page "โรงงาน / Factories": find a factory and read its history (complaints grouped by incident,
 * inspections and findings month by month), the repeat sources of a province (at least N complaints and
 * findings within D days, N and D chosen here), and the registry's CSV import with its report by line
 * and field. Thai first; English when the panel is in English.
 */
interface FactoryRef {
  documentId: string;
  registrationNumber: string;
  nameTh: string;
  district: string | null;
  state: string;
  province?: { code: string; nameTh: string } | null;
}
interface Problem {
  line: number;
  field: string;
  message: string;
}
interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: Problem[];
}
interface Month {
  month: string;
  complaints: number;
  inspections: number;
  findings: number;
}
interface History {
  factory: FactoryRef & { typeCode: string; activity: string | null; factoryClass: number };
  totals: Record<string, number | null>;
  months: Month[];
  groups: { key: string; kind: 'incident' | 'category'; label: Record<string, string> | null; complaints: number; open: number }[] | null;
  complaints: { documentId: string; ticketNumber: string; title: string; state: string; urgency: string; receivedAt: string }[] | null;
  inspections: { documentId: string; code: string; title: string; state: string; startDate: string | null }[] | null;
  findings: { documentId: string; title: string; severity: string; state: string; createdAt: string }[] | null;
}
interface RepeatRow extends FactoryRef {
  complaints: number;
  findings: number;
  total: number;
}

const cell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid #dcdce4', textAlign: 'left', verticalAlign: 'top' };
const num: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' };
const box: React.CSSProperties = { background: 'white', padding: 16, borderRadius: 4, marginBottom: 24 };
const table: React.CSSProperties = { width: '100%', borderCollapse: 'collapse' };

const PROVINCES: [string, string][] = [
  ['', 'ทุกจังหวัด / All provinces'],
  ['TH-21', 'ระยอง'],
  ['TH-20', 'ชลบุรี'],
  ['TH-11', 'สมุทรปราการ'],
  ['TH-14', 'พระนครศรีอยุธยา'],
  ['TH-19', 'สระบุรี'],
  ['TH-13', 'ปทุมธานี'],
  ['TH-24', 'ฉะเชิงเทรา'],
  ['TH-10', 'กรุงเทพมหานคร'],
];

/** A Buddhist-era month label: 2026-03 → มี.ค. 2569. */
function monthLabel(month: string, th: boolean) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1, 15));
  return new Intl.DateTimeFormat(th ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  }).format(d);
}
function dateLabel(value: string | null, th: boolean) {
  if (!value) return '—';
  return new Intl.DateTimeFormat(th ? 'th-TH-u-ca-buddhist' : 'en-GB', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' }).format(
    new Date(value),
  );
}
const errorText = (err: unknown) => {
  const e = err as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return e.response?.data?.error?.message ?? e.message ?? String(err);
};

export default function FactoriesPage() {
  const { get, post } = useFetchClient();
  const language = window.localStorage.getItem('strapi-admin-language') ?? document.documentElement.lang ?? 'th';
  const th = language.replace(/"/g, '').startsWith('th');
  const t = (thai: string, english: string) => (th ? thai : english);

  // search and history
  const [q, setQ] = React.useState('');
  const [found, setFound] = React.useState<FactoryRef[] | null>(null);
  const [selected, setSelected] = React.useState<string | null>(() => new URLSearchParams(window.location.search).get('factory'));
  const [history, setHistory] = React.useState<{ data?: History; error?: string }>({});
  // repeat sources
  const [province, setProvince] = React.useState('');
  const [minCount, setMinCount] = React.useState(3);
  const [days, setDays] = React.useState(90);
  const [repeat, setRepeat] = React.useState<{ rows?: RepeatRow[]; error?: string }>({});
  // import
  const [report, setReport] = React.useState<{ data?: ImportReport; error?: string; busy?: boolean }>({});

  const search = React.useCallback(
    async (event?: React.FormEvent) => {
      event?.preventDefault();
      try {
        const { data } = await get<{ data: FactoryRef[] }>(`/admin/factories/search?q=${encodeURIComponent(q)}`);
        setFound(data.data);
      } catch (err) {
        setFound([]);
        setHistory({ error: errorText(err) });
      }
    },
    [get, q],
  );

  React.useEffect(() => {
    if (!selected) return;
    let live = true;
    setHistory({});
    get<{ data: History }>(`/admin/factories/${encodeURIComponent(selected)}/history`)
      .then(({ data }) => live && setHistory({ data: data.data }))
      .catch((err) => live && setHistory({ error: errorText(err) }));
    return () => {
      live = false;
    };
  }, [get, selected]);

  const loadRepeat = React.useCallback(async () => {
    try {
      const params = new URLSearchParams({ minCount: String(minCount), days: String(days), ...(province ? { province } : {}) });
      const { data } = await get<{ data: RepeatRow[] }>(`/admin/factories/repeat-sources?${params}`);
      setRepeat({ rows: data.data });
    } catch (err) {
      setRepeat({ error: errorText(err) });
    }
  }, [get, province, minCount, days]);

  React.useEffect(() => {
    void loadRepeat();
    // first load only; later loads on the button
  }, []);

  async function upload(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setReport({ busy: true });
    try {
      const csv = await file.text();
      const { data } = await post<{ data: ImportReport }>('/admin/factories/import', { csv });
      setReport({ data: data.data });
    } catch (err) {
      setReport({ error: errorText(err) });
    }
    event.target.value = '';
  }

  const title = t('โรงงาน', 'Factories');
  const h = history.data;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t(
          'ทะเบียนโรงงานของกรมโรงงานอุตสาหกรรม ประวัติเรื่องร้องเรียนและการตรวจของแต่ละโรงงาน และแหล่งที่ถูกร้องเรียนซ้ำ',
          "The Department of Industrial Works' registry, each factory's complaints and inspections, and repeat sources",
        )}
      />
      <Layouts.Content>
        <section style={box} aria-labelledby="factory-history">
          <h2 id="factory-history" style={{ fontWeight: 600, marginBottom: 12 }}>
            {t('ประวัติโรงงาน', 'Factory history')}
          </h2>
          <form onSubmit={search} style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
            <label>
              {t('ค้นหา (เลขทะเบียน ชื่อ อำเภอ)', 'Search (registration number, name, district)')}{' '}
              <input value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
            </label>
            <button type="submit">{t('ค้นหา', 'Search')}</button>
          </form>
          {found && (
            <ul style={{ marginBottom: 12 }}>
              {found.length === 0 && <li>{t('ไม่พบโรงงาน', 'No factory found')}</li>}
              {found.map((f) => (
                <li key={f.documentId}>
                  <button type="button" onClick={() => setSelected(f.documentId)}>
                    {f.registrationNumber} — {f.nameTh} ({f.district ?? '—'}, {f.province?.nameTh ?? '—'})
                  </button>
                </li>
              ))}
            </ul>
          )}
          {history.error && <p role="alert">{history.error}</p>}
          {h && (
            <div>
              <h3 style={{ fontWeight: 600 }}>
                {h.factory.nameTh} · {h.factory.registrationNumber}
              </h3>
              <p>
                {t('ลำดับที่', 'Type')} {h.factory.typeCode} · {t('จำพวก', 'class')} {h.factory.factoryClass} · {h.factory.activity ?? ''} ·{' '}
                {h.factory.district ?? ''} {h.factory.province?.nameTh ?? ''} · {h.factory.state}
              </p>
              <p>
                {h.totals.complaints !== null &&
                  `${t('เรื่องร้องเรียน', 'Complaints')} ${h.totals.complaints} (${t('ค้าง', 'open')} ${h.totals.openComplaints}) · `}
                {h.totals.complaints !== null && `${t('เหตุการณ์', 'Incidents')} ${h.totals.incidents} · `}
                {h.totals.inspections !== null && `${t('การตรวจ', 'Inspections')} ${h.totals.inspections} · `}
                {h.totals.findings !== null &&
                  `${t('ข้อตรวจพบ', 'Findings')} ${h.totals.findings} (${t('ค้าง', 'open')} ${h.totals.openFindings})`}
              </p>
              <table style={table}>
                <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{t('รายเดือน', 'By month')}</caption>
                <thead>
                  <tr>
                    <th style={cell}>{t('เดือน', 'Month')}</th>
                    <th style={num}>{t('เรื่องร้องเรียน', 'Complaints')}</th>
                    <th style={num}>{t('การตรวจ', 'Inspections')}</th>
                    <th style={num}>{t('ข้อตรวจพบ', 'Findings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.months.map((m) => (
                    <tr key={m.month}>
                      <td style={cell}>{monthLabel(m.month, th)}</td>
                      <td style={num}>{m.complaints}</td>
                      <td style={num}>{m.inspections}</td>
                      <td style={num}>{m.findings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {h.groups && h.groups.length > 0 && (
                <table style={table}>
                  <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
                    {t('เรื่องร้องเรียนตามเหตุการณ์หรือประเภท', 'Complaints by incident or category')}
                  </caption>
                  <tbody>
                    {h.groups.map((g) => (
                      <tr key={g.key}>
                        <td style={cell}>
                          {g.kind === 'incident' ? t('เหตุการณ์', 'Incident') : t('ประเภท', 'Category')}: {g.label?.code ?? ''}{' '}
                          {g.label?.title ?? (th ? g.label?.nameTh : g.label?.nameEn) ?? ''}
                        </td>
                        <td style={num}>
                          {g.complaints} ({t('ค้าง', 'open')} {g.open})
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {h.complaints && h.complaints.length > 0 && (
                <table style={table}>
                  <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{t('เรื่องร้องเรียน', 'Complaints')}</caption>
                  <tbody>
                    {h.complaints.map((c) => (
                      <tr key={c.documentId}>
                        <td style={cell}>
                          <a href={`/admin/content-manager/collection-types/api::complaint.complaint/${c.documentId}`}>{c.ticketNumber}</a>
                        </td>
                        <td style={cell}>{c.title}</td>
                        <td style={cell}>{c.state}</td>
                        <td style={cell}>{dateLabel(c.receivedAt, th)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {h.findings && h.findings.length > 0 && (
                <table style={table}>
                  <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{t('ข้อตรวจพบ', 'Findings')}</caption>
                  <tbody>
                    {h.findings.map((f) => (
                      <tr key={f.documentId}>
                        <td style={cell}>{f.title}</td>
                        <td style={cell}>{f.severity}</td>
                        <td style={cell}>{f.state}</td>
                        <td style={cell}>{dateLabel(f.createdAt, th)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )}
        </section>

        <section style={box} aria-labelledby="repeat-sources">
          <h2 id="repeat-sources" style={{ fontWeight: 600, marginBottom: 12 }}>
            {t('แหล่งที่ถูกร้องเรียนซ้ำ', 'Repeat sources')}
          </h2>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
            <label>
              {t('จังหวัด', 'Province')}{' '}
              <select value={province} onChange={(e) => setProvince(e.target.value)}>
                {PROVINCES.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('อย่างน้อย (เรื่อง)', 'At least (items)')}{' '}
              <input type="number" min={2} max={1000} value={minCount} onChange={(e) => setMinCount(Number(e.target.value))} />
            </label>
            <label>
              {t('ภายใน (วัน)', 'Within (days)')}{' '}
              <input type="number" min={1} max={3650} value={days} onChange={(e) => setDays(Number(e.target.value))} />
            </label>
            <button type="button" onClick={() => void loadRepeat()}>
              {t('แสดง', 'Show')}
            </button>
          </div>
          {repeat.error && <p role="alert">{repeat.error}</p>}
          {repeat.rows && (
            <table style={table}>
              <thead>
                <tr>
                  <th style={cell}>{t('โรงงาน', 'Factory')}</th>
                  <th style={cell}>{t('จังหวัด', 'Province')}</th>
                  <th style={num}>{t('เรื่องร้องเรียน', 'Complaints')}</th>
                  <th style={num}>{t('ข้อตรวจพบ', 'Findings')}</th>
                  <th style={num}>{t('รวม', 'Total')}</th>
                </tr>
              </thead>
              <tbody>
                {repeat.rows.length === 0 && (
                  <tr>
                    <td style={cell} colSpan={5}>
                      {t('ไม่มีโรงงานที่เข้าเกณฑ์', 'No factory meets the threshold')}
                    </td>
                  </tr>
                )}
                {repeat.rows.map((r) => (
                  <tr key={r.documentId}>
                    <td style={cell}>
                      <button type="button" onClick={() => setSelected(r.documentId)}>
                        {r.nameTh} · {r.registrationNumber}
                      </button>
                    </td>
                    <td style={cell}>{r.province?.nameTh ?? '—'}</td>
                    <td style={num}>{r.complaints}</td>
                    <td style={num}>{r.findings}</td>
                    <td style={num}>{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section style={box} aria-labelledby="factory-import">
          <h2 id="factory-import" style={{ fontWeight: 600, marginBottom: 12 }}>
            {t('นำเข้าทะเบียนโรงงาน (CSV)', 'Import the registry (CSV)')}
          </h2>
          <p style={{ marginBottom: 8 }}>
            {t(
              'คอลัมน์: registration_number (เลขทะเบียนโรงงาน), name (ชื่อโรงงาน), operator, type (ลำดับที่), activity, class (จำพวก), province (TH-21 หรือชื่อจังหวัด), district, latitude, longitude, status — เลขทะเบียนเดิมจะถูกปรับปรุง ไม่เพิ่มซ้ำ',
              'Columns: registration_number, name, operator, type, activity, class, province (TH-21 or its name), district, latitude, longitude, status — a known registration number is updated, never added twice',
            )}
          </p>
          <label>
            {t('เลือกไฟล์ CSV', 'Choose a CSV file')} <input type="file" accept=".csv,text/csv" onChange={upload} disabled={report.busy} />
          </label>
          {report.busy && <p>{t('กำลังนำเข้า…', 'Importing…')}</p>}
          {report.error && <p role="alert">{report.error}</p>}
          {report.data && (
            <div role="status">
              <p>
                {t('อ่าน', 'Read')} {report.data.rows} · {t('เพิ่ม', 'created')} {report.data.created} · {t('ปรับปรุง', 'updated')}{' '}
                {report.data.updated} · {t('ไม่เปลี่ยน', 'unchanged')} {report.data.unchanged} · {t('ไม่นำเข้า', 'rejected')}{' '}
                {report.data.rejected}
              </p>
              {report.data.problems.length > 0 && (
                <table style={table}>
                  <thead>
                    <tr>
                      <th style={num}>{t('บรรทัด', 'Line')}</th>
                      <th style={cell}>{t('คอลัมน์', 'Column')}</th>
                      <th style={cell}>{t('ปัญหา', 'Problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.data.problems.map((p, i) => (
                      <tr key={`${p.line}-${p.field}-${i}`}>
                        <td style={num}>{p.line}</td>
                        <td style={cell}>{p.field}</td>
                        <td style={cell}>{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )}
        </section>
      </Layouts.Content>
    </Page.Main>
  );
}
