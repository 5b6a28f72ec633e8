import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';

/**
 * Admin page "Training acknowledgements": per published training material, how many of the users who
 * must read it acknowledged its current version. Reads GET /admin/training/acknowledgement-rates.
 */
interface Rate {
  documentId: string;
  title: string;
  slug: string;
  kind: string;
  version: number;
  requiredFor: { type: string; name: string }[];
  requiredUsers: number;
  acknowledged: number;
  rate: number | null;
  acknowledgedAll: number;
}
interface RatesResponse {
  data: Rate[];
  meta: { pagination: { page: number; pageCount: number; total: number } };
}

const cell: React.CSSProperties = { padding: '8px 12px', borderBottom: '1px solid #dcdce4', textAlign: 'left' };
const num: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' };

export default function TrainingRatesPage() {
  const { get } = useFetchClient();
  // The admin panel keeps the chosen interface language in localStorage ("strapi-admin-language").
  const language = window.localStorage.getItem('strapi-admin-language') ?? document.documentElement.lang ?? 'en';
  const th = language.replace(/"/g, '').startsWith('th');
  const [page, setPage] = React.useState(1);
  const [state, setState] = React.useState<{ rows?: RatesResponse; error?: string }>({});

  React.useEffect(() => {
    let live = true;
    get<RatesResponse>(`/admin/training/acknowledgement-rates?page=${page}&pageSize=50&locale=${th ? 'th' : 'en'}`)
      .then(({ data }) => live && setState({ rows: data }))
      .catch((err: Error) => live && setState({ error: err.message }));
    return () => {
      live = false;
    };
  }, [get, page, th]);

  const title = th ? 'การรับทราบสื่อการอบรม' : 'Training acknowledgements';
  if (state.error) return <Page.Error />;
  if (!state.rows) return <Page.Loading />;
  const { data, meta } = state.rows;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          th
            ? 'สัดส่วนผู้ที่ต้องอ่านและรับทราบฉบับปัจจุบันแล้ว ต่อเอกสารที่เผยแพร่'
            : 'Share of the users who must read each published material that acknowledged its current version'
        }
      />
      <Layouts.Content>
        <table style={{ width: '100%', borderCollapse: 'collapse', background: 'white' }}>
          <thead>
            <tr>
              <th style={cell}>{th ? 'เอกสาร' : 'Material'}</th>
              <th style={num}>{th ? 'ฉบับที่' : 'Version'}</th>
              <th style={cell}>{th ? 'ต้องอ่าน (บทบาท)' : 'Required for'}</th>
              <th style={num}>{th ? 'รับทราบแล้ว / ต้องอ่าน' : 'Acknowledged / must read'}</th>
              <th style={num}>{th ? 'อัตรา' : 'Rate'}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((m) => (
              <tr key={m.documentId}>
                <td style={cell}>{m.title}</td>
                <td style={num}>{m.version}</td>
                <td style={cell}>{m.requiredFor.map((r) => r.name).join(', ') || '—'}</td>
                <td style={num}>{m.requiredUsers ? `${m.acknowledged} / ${m.requiredUsers}` : `${m.acknowledgedAll}`}</td>
                <td style={num}>{m.rate === null ? '—' : `${Math.round(m.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {meta.pagination.pageCount > 1 && (
          <p style={{ marginTop: 16, display: 'flex', gap: 12, alignItems: 'center' }}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              ‹
            </button>
            <span>
              {page} / {meta.pagination.pageCount}
            </span>
            <button type="button" disabled={page >= meta.pagination.pageCount} onClick={() => setPage(page + 1)}>
              ›
            </button>
          </p>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
