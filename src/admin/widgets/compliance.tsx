import * as React from 'react';
import { COLORS, fmt, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { ComplianceWidget as Data } from '../../lib/dashboard/compliance';

/**
 * Homepage widget: the agencies ranked by reporting rate, then on-time rate, for this fiscal quarter
 * (GET /admin/mind-dashboard/compliance) — the figures of the compliance route and its CSV.
 */
const percent = (v: number | null, th: boolean) => (v === null ? '—' : `${v.toLocaleString(th ? 'th-TH' : 'en-GB')}%`);

export default function ComplianceWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('compliance');
  if (!data) return view!;
  const head: React.CSSProperties = { ...small, textAlign: 'left', padding: '2px 6px', fontWeight: 400 };
  const cell: React.CSSProperties = { padding: '2px 6px', borderBottom: `1px solid ${COLORS.line}` };
  return (
    <div data-widget="mind-compliance" style={{ width: '100%', color: COLORS.text, fontSize: 13 }}>
      <p style={{ margin: '0 0 6px' }}>
        {th
          ? `ไตรมาส ${data.quarter} ปีงบประมาณ ${data.fiscalYear}: ส่งแล้ว ${percent(data.total.reportingRate, th)} ตรงเวลา ${percent(data.total.onTimeRate, th)} จาก ${fmt(data.total.expected)} ฉบับ`
          : `Q${data.quarter} FY${data.fiscalYear - 543}: ${percent(data.total.reportingRate, th)} sent, ${percent(data.total.onTimeRate, th)} on time, of ${fmt(data.total.expected)}`}
      </p>
      {data.rows.length === 0 ? (
        <p style={small}>{th ? 'ยังไม่มีรายงานที่ถึงกำหนดในไตรมาสนี้' : 'No reports due this quarter yet'}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={head}>{th ? 'อันดับ' : 'Rank'}</th>
              <th style={head}>{th ? 'หน่วยงาน' : 'Agency'}</th>
              <th style={head}>{th ? 'ต้องส่ง' : 'Expected'}</th>
              <th style={head}>{th ? 'อัตราการส่ง' : 'Reporting rate'}</th>
              <th style={head}>{th ? 'ตรงเวลา' : 'On time'}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.code} data-agency={r.code}>
                <td style={cell}>{r.rank ?? '—'}</td>
                <td style={cell}>{th ? r.nameTh : r.nameEn}</td>
                <td style={cell}>{fmt(r.expected)}</td>
                <td style={{ ...cell, color: (r.reportingRate ?? 0) < 80 ? COLORS.breach : COLORS.text }}>
                  {percent(r.reportingRate, th)}
                </td>
                <td style={cell}>{percent(r.onTimeRate, th)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ ...small, margin: '6px 0 0' }}>
        {th
          ? `หน่วยงานที่ต้องส่งน้อยกว่า ${fmt(data.minSample)} ฉบับไม่จัดอันดับ`
          : `Agencies expected to send fewer than ${fmt(data.minSample)} reports are not ranked`}
      </p>
    </div>
  );
}
