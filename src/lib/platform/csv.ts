/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark first so that
 * Excel and LibreOffice read Thai correctly. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) get a leading apostrophe (CSV injection).
 */
export type CsvCell = string | number | boolean | null | undefined | Date;

const BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One record of a parsed CSV file and the line (1-based) it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180: quoted cells with `""` and line breaks inside, CRLF or
 * LF, a UTF-8 byte-order mark first or not). Blank lines are skipped. Each record carries the line it
 * starts on, so a problem can be reported where the user sees it. A cell that `csvCell` protected from a
 * spreadsheet's formulas keeps its apostrophe: the reader decides.
 */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') out.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length) endRecord();
  return out;
}
