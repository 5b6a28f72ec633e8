import * as React from 'react';
import { AdminLink, COLORS, fmt, formatDateTime, percentTh, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { VolunteersWidget as Data } from '../../lib/dashboard/volunteers';

/** Homepage widget: upcoming volunteer activities and how full they are (GET /admin/mind-dashboard/volunteers). */

function FillBar({ rate }: { rate: number }) {
  const width = 120;
  const w = Math.min(1, rate) * width;
  const full = rate >= 1;
  return (
    <svg width={width} height={10} aria-hidden="true" style={{ display: 'block' }}>
      <rect width={width} height={10} rx={5} fill={COLORS.line} />
      <rect width={w} height={10} rx={5} fill={full ? COLORS.ok : COLORS.primary} />
    </svg>
  );
}

export default function VolunteersWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('volunteers');
  if (!data) return view!;
  return (
    <div data-widget="mind-volunteers" style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 6px', fontSize: 13 }}>
        <AdminLink href={data.links.upcoming}>
          {th ? `กิจกรรมที่กำลังจะมาถึง ${fmt(data.totals.upcoming)} กิจกรรม` : `${fmt(data.totals.upcoming)} upcoming activities`}
        </AdminLink>
        {data.totals.fillRate !== null && (
          <span style={small}>
            {' · '}
            {th ? 'ลงทะเบียนแล้ว' : 'filled'} {percentTh.format(data.totals.fillRate)}
          </span>
        )}
      </p>
      {data.activities.length === 0 && <p style={small}>{th ? 'ยังไม่มีกิจกรรมที่เปิดรับ' : 'No open activities ahead'}</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {data.activities.map((a) => (
          <li key={a.documentId} data-activity={a.documentId} style={{ padding: '4px 0', borderBottom: `1px solid ${COLORS.line}` }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 13 }}>
              <AdminLink href={a.url} style={{ fontWeight: 600 }}>
                {a.title}
              </AdminLink>
              <span style={{ ...small, whiteSpace: 'nowrap' }}>{formatDateTime(a.startAt, th)}</span>
            </div>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 12 }}>
              <FillBar rate={a.fillRate} />
              <AdminLink href={a.participantsUrl} data-figure="fill" style={{ color: COLORS.text }}>
                {th ? `${fmt(a.taken)}/${fmt(a.capacity)} คน` : `${fmt(a.taken)}/${fmt(a.capacity)}`} ({percentTh.format(a.fillRate)})
              </AdminLink>
              {a.placesLeft === 0 && <strong style={{ color: COLORS.ok }}>{th ? 'เต็ม' : 'Full'}</strong>}
              {a.waitlisted > 0 && (
                <span style={{ color: COLORS.late }}>{th ? `รอคิว ${fmt(a.waitlisted)}` : `${fmt(a.waitlisted)} waitlisted`}</span>
              )}
              <span style={small}>{[a.province ? (th ? a.province.th : a.province.en) : null, a.place].filter(Boolean).join(' · ')}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
