import * as React from 'react';
import { AdminLink, Alarm, COLORS, cellStyle, fmt, numStyle, pick, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { ComplaintsWidget as Data } from '../../lib/dashboard/complaints';

/** Homepage widget: open complaints by urgency × state, SLA breaches in red (GET /admin/mind-dashboard/complaints). */

/** One bar per urgency: open complaints, the breached part in red. */
function UrgencyBar({ open, breached, max }: { open: number; breached: number; max: number }) {
  const width = 48;
  const w = max ? Math.round((open / max) * width) : 0;
  const b = open ? Math.round((breached / open) * w) : 0;
  return (
    <svg width={width} height={12} aria-hidden="true" style={{ verticalAlign: 'middle' }}>
      <rect x={0} y={1} width={width} height={10} rx={2} fill={COLORS.line} />
      <rect x={0} y={1} width={w} height={10} rx={2} fill={COLORS.primary} />
      {b > 0 && <rect x={w - b} y={1} width={b} height={10} rx={2} fill={COLORS.breach} />}
    </svg>
  );
}

export default function ComplaintsWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('complaints');
  if (!data) return view!;
  const max = Math.max(0, ...Object.values(data.totals.byUrgency).map((u) => u.open));
  const cell = (u: string, s: string) => data.cells.find((c) => c.urgency === u && c.state === s)!;
  return (
    <div data-widget="mind-complaints" style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 8px', fontSize: 14 }}>
        <AdminLink href={data.links.open} data-figure="open">
          {th ? `เปิดอยู่ ${fmt(data.totals.open)} เรื่อง` : `${fmt(data.totals.open)} open`}
        </AdminLink>
        {' · '}
        <AdminLink
          href={data.links.breached}
          style={{ color: data.totals.breached ? COLORS.breach : COLORS.muted, fontWeight: 600 }}
          data-figure="breached"
        >
          {th ? `เกินกำหนด SLA ${fmt(data.totals.breached)} เรื่อง` : `${fmt(data.totals.breached)} past SLA`}
        </AdminLink>
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ ...small, textAlign: 'left', captionSide: 'bottom', paddingTop: 6 }}>
          {th ? 'ตัวเลขสีแดง = เกินกำหนดรับเรื่องหรือกำหนดแก้ไข' : 'Red = past the acknowledge or resolve deadline'}
        </caption>
        <thead>
          <tr>
            <th style={cellStyle} scope="col">
              {th ? 'ความเร่งด่วน' : 'Urgency'}
            </th>
            {data.states.map((s) => (
              <th key={s.key} style={{ ...numStyle, fontWeight: 600 }} scope="col">
                {pick(th, s)}
              </th>
            ))}
            <th style={numStyle} scope="col">
              {th ? 'รวม' : 'Total'}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.urgencies.map((u) => {
            const total = data.totals.byUrgency[u.key];
            return (
              <tr key={u.key}>
                <th scope="row" style={{ ...cellStyle, fontWeight: 600 }}>
                  {pick(th, u)}
                </th>
                {data.states.map((s) => {
                  const c = cell(u.key, s.key);
                  return (
                    <td key={s.key} style={numStyle} data-cell={`${u.key}:${s.key}`}>
                      {c.open ? (
                        <AdminLink href={c.url} aria-label={`${pick(th, u)} ${pick(th, s)}: ${fmt(c.open)}`}>
                          {fmt(c.open)}
                        </AdminLink>
                      ) : (
                        <span style={{ color: COLORS.notDue }}>0</span>
                      )}
                      {c.breached > 0 && (
                        <>
                          {' '}
                          <AdminLink href={c.breachedUrl} aria-label={th ? `เกินกำหนด ${fmt(c.breached)}` : `${fmt(c.breached)} past SLA`}>
                            <Alarm>{fmt(c.breached)}</Alarm>
                          </AdminLink>
                        </>
                      )}
                    </td>
                  );
                })}
                <td style={numStyle}>
                  {fmt(total.open)} <UrgencyBar open={total.open} breached={total.breached} max={max} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
