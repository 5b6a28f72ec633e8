import * as React from 'react';
import { AdminLink, COLORS, fmt, formatDate, percentTh, pick, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { Outcome, ReportingWidget as Data } from '../../lib/dashboard/reporting';

/**
 * Homepage widget: reporting compliance per agency for the reports due this fiscal quarter, as
 * stacked bars (on time, late, missing, not yet due); each figure links to those reports.
 */

const BAR: Outcome[] = ['onTime', 'late', 'missing', 'notDue'];
const FILL: Record<Outcome, string> = {
  onTime: COLORS.ok,
  late: COLORS.late,
  missing: COLORS.breach,
  notDue: COLORS.notDue,
  waived: COLORS.waived,
};

function StackedBar({ counts, max }: { counts: Record<Outcome, number>; max: number }) {
  const width = 200;
  let x = 0;
  return (
    <svg width={width} height={14} aria-hidden="true" style={{ display: 'block' }}>
      <rect x={0} y={0} width={width} height={14} fill="#f6f6f9" rx={2} />
      {BAR.map((o) => {
        const w = max ? (counts[o] / max) * width : 0;
        const rect = w > 0 ? <rect key={o} x={x} y={0} width={w} height={14} fill={FILL[o]} /> : null;
        x += w;
        return rect;
      })}
    </svg>
  );
}

export default function ReportingWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('reporting');
  if (!data) return view!;
  const max = Math.max(1, ...data.agencies.map((a) => BAR.reduce((s, o) => s + a.counts[o], 0)));
  const label = (o: Outcome) =>
    pick(
      th,
      data.outcomes.find((x) => x.key === o)!,
    );
  return (
    <div data-widget="mind-reporting" style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 6px', fontSize: 13 }}>
        <AdminLink href={data.links.period}>
          {th ? 'รายงานที่ครบกำหนดในไตรมาส' : 'Reports due in'} {data.period.label}
        </AdminLink>{' '}
        <span style={small}>
          ({formatDate(data.period.start, th)} – {formatDate(data.period.end, th)})
        </span>
      </p>
      <ul
        style={{ display: 'flex', flexWrap: 'wrap', gap: 10, listStyle: 'none', margin: '0 0 6px', padding: 0, fontSize: 12 }}
        aria-label={th ? 'คำอธิบายสี' : 'Legend'}
      >
        {BAR.map((o) => (
          <li key={o} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <svg width={10} height={10} aria-hidden="true">
              <rect width={10} height={10} fill={FILL[o]} rx={2} />
            </svg>
            {label(o)} {fmt(data.totals[o])}
          </li>
        ))}
      </ul>
      {data.agencies.length === 0 && <p style={small}>{th ? 'ไม่มีรายงานที่ครบกำหนดในไตรมาสนี้' : 'No reports due this quarter'}</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {data.agencies.map((a) => (
          <li key={a.code} data-agency={a.code} style={{ padding: '4px 0', borderBottom: `1px solid ${COLORS.line}` }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 12 }}>
              <AdminLink href={a.urls.all} style={{ color: COLORS.text, fontWeight: 600 }} title={th ? a.nameTh : a.nameEn}>
                {a.code} · {th ? a.nameTh : a.nameEn}
              </AdminLink>
              <span style={small}>{a.onTimeRate === null ? '—' : `${th ? 'ตรงเวลา' : 'on time'} ${percentTh.format(a.onTimeRate)}`}</span>
            </div>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
              <StackedBar counts={a.counts} max={max} />
              <span style={{ fontSize: 12, display: 'flex', gap: 6 }}>
                {BAR.filter((o) => a.counts[o] > 0).map((o) => (
                  <AdminLink
                    key={o}
                    href={a.urls[o]}
                    data-outcome={o}
                    style={{ color: FILL[o] === COLORS.notDue ? COLORS.muted : FILL[o], fontWeight: o === 'missing' ? 700 : 400 }}
                    aria-label={`${a.code} ${label(o)} ${fmt(a.counts[o])}`}
                    title={label(o)}
                  >
                    {fmt(a.counts[o])}
                  </AdminLink>
                ))}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
