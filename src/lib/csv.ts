/**
 * CSV for spreadsheet software: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so
 * that Excel opens Thai text correctly. Cells starting with = + - @ are prefixed with ' so that a
 * value typed by a user is never run as a formula (CSV injection).
 */
export type Cell = string | number | boolean | null | undefined | Date;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
