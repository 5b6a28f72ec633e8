import * as React from 'react';
import { AdminLink, COLORS, fmt, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { FeedbackWidget as Data } from '../../lib/dashboard/feedback';

/** Homepage widget: citizens' ratings and reopens this fiscal year (GET /admin/mind-dashboard/feedback). */
export default function FeedbackWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('feedback');
  if (!data) return view!;
  const most = Math.max(1, ...data.ratings.map((r) => r.count));
  const average = data.averageRating === null ? '—' : data.averageRating.toLocaleString(th ? 'th-TH' : 'en-GB');
  return (
    <div data-widget="mind-feedback" style={{ width: '100%', color: COLORS.text, fontSize: 13 }}>
      <p style={{ margin: '0 0 6px' }}>
        {th
          ? `ปีงบประมาณ ${data.fiscalYear}: รับเรื่อง ${fmt(data.received)} เรื่อง`
          : `Fiscal year ${data.fiscalYear - 543}: ${fmt(data.received)} received`}
      </p>
      <p style={{ margin: '0 0 6px' }}>
        <AdminLink href={data.links.rated} data-figure="rated">
          {th ? `ให้คะแนน ${fmt(data.rated)} เรื่อง` : `${fmt(data.rated)} rated`}
        </AdminLink>
        {' · '}
        <strong data-figure="average">{th ? `เฉลี่ย ${average} จาก 5` : `average ${average} of 5`}</strong>
      </p>
      <ul style={{ listStyle: 'none', margin: '0 0 6px', padding: 0 }} aria-label={th ? 'จำนวนตามคะแนน' : 'Count by rating'}>
        {[...data.ratings].reverse().map((r) => (
          <li key={r.rating} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ width: 16 }}>{r.rating}</span>
            <svg width={120} height={8} aria-hidden="true">
              <rect width={120} height={8} rx={4} fill={COLORS.line} />
              <rect width={(r.count / most) * 120} height={8} rx={4} fill={r.rating <= 2 ? COLORS.late : COLORS.primary} />
            </svg>
            <span style={small}>{fmt(r.count)}</span>
          </li>
        ))}
      </ul>
      <p style={{ margin: 0 }}>
        <AdminLink href={data.links.reopened} data-figure="reopened" style={{ color: data.reopened ? COLORS.late : COLORS.primary }}>
          {th
            ? `ประชาชนขอเปิดเรื่องใหม่ ${fmt(data.reopened)} เรื่อง (${fmt(data.reopens)} ครั้ง)`
            : `${fmt(data.reopened)} reopened by citizens (${fmt(data.reopens)} times)`}
        </AdminLink>
      </p>
    </div>
  );
}
