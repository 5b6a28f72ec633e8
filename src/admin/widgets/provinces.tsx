import * as React from 'react';
import { AdminLink, COLORS, fitWidgetBody, fmt, pick, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { ProvincesWidget as Data } from '../../lib/dashboard/provinces';

/**
 * Homepage widget: open complaints per province on a province-by-region grid (no map tiles: the
 * machine may have no internet). Each tile is a province, darker with more open complaints, a red
 * frame when one is past its deadline; it links to that province's open complaints.
 */

/** Blue shades from light to dark by share of the busiest province. */
function shade(open: number, max: number): { bg: string; fg: string } {
  if (!open) return { bg: '#f0f0f5', fg: COLORS.notDue };
  const t = max ? open / max : 0;
  const steps = ['#d9d8ff', '#b3b1ff', '#7b79ff', '#4945ff', '#271fe0'];
  const i = Math.min(steps.length - 1, Math.floor(t * (steps.length - 1) + 0.0001));
  return { bg: steps[i], fg: i >= 2 ? '#fff' : COLORS.text };
}

export default function ProvincesWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('provinces');
  if (!data) return view!;
  const max = data.totals.max;
  return (
    <div data-widget="mind-provinces" ref={fitWidgetBody} style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 6px', fontSize: 14 }}>
        <AdminLink href={data.links.open}>
          {th
            ? `เปิดอยู่ ${fmt(data.totals.open)} เรื่อง ใน ${fmt(data.totals.provincesWithOpen)} จังหวัด`
            : `${fmt(data.totals.open)} open in ${fmt(data.totals.provincesWithOpen)} provinces`}
        </AdminLink>
        {data.totals.withoutProvince > 0 && (
          <>
            {' · '}
            <AdminLink href={data.links.withoutProvince}>
              {th ? `ไม่ระบุจังหวัด ${fmt(data.totals.withoutProvince)}` : `${fmt(data.totals.withoutProvince)} without province`}
            </AdminLink>
          </>
        )}
      </p>
      {data.regions.map((r) => (
        <div key={r.key} style={{ display: 'flex', gap: 6, alignItems: 'flex-start', marginBottom: 4 }} data-region={r.key}>
          <div style={{ width: 92, flex: 'none', fontSize: 12, lineHeight: '14px', paddingTop: 2 }}>
            <strong>{pick(th, r)}</strong>
            <div style={small}>{fmt(r.open)}</div>
          </div>
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 3, listStyle: 'none', margin: 0, padding: 0 }}>
            {r.provinces.map((p) => {
              const { bg, fg } = shade(p.open, max);
              const name = th ? p.nameTh : p.nameEn;
              const label = th
                ? `${name}: เปิดอยู่ ${fmt(p.open)} เรื่อง${p.breached ? ` (เกินกำหนด ${fmt(p.breached)})` : ''}`
                : `${name}: ${fmt(p.open)} open${p.breached ? ` (${fmt(p.breached)} past SLA)` : ''}`;
              const tile: React.CSSProperties = {
                display: 'flex',
                alignItems: 'center',
                gap: 4,
                height: 22,
                padding: '0 5px',
                borderRadius: 3,
                background: bg,
                color: fg,
                fontSize: 11,
                lineHeight: '14px',
                whiteSpace: 'nowrap',
                textDecoration: 'none',
                boxSizing: 'border-box',
                border: p.breached ? `2px solid ${COLORS.breach}` : '2px solid transparent',
              };
              // each tile names its province; the count follows when there are open complaints
              const content = (
                <>
                  <span data-name>{name}</span>
                  {p.open > 0 && (
                    <strong data-open style={{ fontWeight: 700 }}>
                      {fmt(p.open)}
                    </strong>
                  )}
                </>
              );
              return (
                <li key={p.code} data-province={p.code}>
                  {p.open ? (
                    <AdminLink href={p.url} title={label} aria-label={label} style={{ ...tile, color: fg }}>
                      {content}
                    </AdminLink>
                  ) : (
                    <span title={label} aria-label={label} role="img" style={tile}>
                      {content}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p style={{ ...small, margin: '4px 0 0' }}>
        {th ? 'ตัวเลขคือเรื่องที่เปิดอยู่ · กรอบแดง = มีเรื่องเกินกำหนด' : 'The figure is the open complaints · red frame = past SLA'}
      </p>
    </div>
  );
}
