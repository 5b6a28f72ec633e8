import * as React from 'react';

/** Parts shared by the integrations page's sections: language, table styles, a credential shown once. */
const th = () => !(window.localStorage.getItem('strapi-admin-language') ?? 'th').replace(/"/g, '').startsWith('en');
export const say = (thai: string, english: string) => (th() ? thai : english);
export const cell: React.CSSProperties = {
  padding: '6px 10px',
  borderBottom: '1px solid #dcdce4',
  textAlign: 'left',
  verticalAlign: 'top',
};
export const mono: React.CSSProperties = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 13 };

/** A key or secret the server made and keeps only hashed or encrypted: copy it now, it is not shown again. */
export function ShownOnce({
  what,
  name,
  value,
  label,
  onClose,
}: {
  what: string;
  name: string;
  value: string;
  label: string;
  onClose: () => void;
}) {
  return (
    <div role="status" style={{ border: '2px solid #328048', padding: 12, margin: '8px 0', background: '#eafbe7' }}>
      <p>
        {what} <strong>{name}</strong> — {say('คัดลอกตอนนี้ จะไม่แสดงอีก', 'copy it now, it is not shown again')}:
      </p>
      <input readOnly value={value} style={{ ...mono, width: '100%' }} onFocus={(e) => e.currentTarget.select()} aria-label={label} />
      <button type="button" onClick={onClose} style={{ marginTop: 8 }}>
        {say('ปิด', 'Close')}
      </button>
    </div>
  );
}
