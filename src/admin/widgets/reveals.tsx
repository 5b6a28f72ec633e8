import { COLORS, cellStyle, fmt, formatDateTime, numStyle, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { revealCounts } from '../../lib/privacy/reveal/counts';

/** Homepage widget: contact reveals per officer over the last 30 days, from the audit trail (GET /admin/mind-privacy/reveals). */

type Data = Awaited<ReturnType<typeof revealCounts>>;

export default function RevealsWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('/admin/mind-privacy/reveals');
  if (!data) return view!;
  const total = data.viewers.reduce((n, v) => n + v.count, 0);
  return (
    <div data-widget="mind-reveals" style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 6px', fontSize: 13 }} data-reveal-total={total}>
        {th ? `เปิดดูทั้งหมด ${fmt(total)} ครั้ง` : `${fmt(total)} reveals in all`}
      </p>
      {data.viewers.length ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cellStyle} scope="col">
                {th ? 'ผู้เปิดดู' : 'Officer'}
              </th>
              <th style={numStyle} scope="col">
                {th ? 'ครั้ง' : 'Reveals'}
              </th>
              <th style={cellStyle} scope="col">
                {th ? 'ล่าสุด' : 'Last'}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.viewers.map((v) => (
              <tr key={`${v.kind}:${v.viewer}`} data-viewer={v.viewer}>
                <td style={cellStyle}>{v.viewer}</td>
                <td style={numStyle} data-reveal-count>
                  {fmt(v.count)}
                </td>
                <td style={cellStyle}>
                  {formatDateTime(v.lastAt, th)}
                  {v.lastReason ? <div style={small}>{v.lastReason}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={small}>{th ? 'ไม่มีการเปิดดูใน 30 วัน' : 'No reveals in 30 days'}</p>
      )}
    </div>
  );
}
