/**
 * Factory registration numbers as the Department of Industrial Works (DIW) issues them, in their two
 * forms:
 *  - the 14-digit number (since 2012, "ABCCDDDDDEEEEF"): A the issuing authority (1 DIW, 2 a provincial
 *    industry office, 7 the Industrial Estate Authority), B inside or outside an industrial estate, CC
 *    the province (the same two digits as ISO 3166-2:TH), DDDDD the type (ลำดับที่, 3 digits and a
 *    2-digit sub-number), EEEE a running number, F the last digit; written with or without separators
 *    (`1-0-20-10601-0012-5`, `10201060100125`);
 *  - the older `จ3-106-1/46ชบ` style: an optional Thai letter, the class (จำพวก 1–3), the type (ลำดับที่,
 *    with a sub-number in brackets, `88(2)`), a running number, the Buddhist year's last two digits and
 *    the province's Thai abbreviation.
 * Both are normalised (Thai digits to Arabic, spaces, dots and dash variants removed or unified), so one
 * factory has one key whichever way a spreadsheet or a citizen wrote it.
 */
export type RegistrationNumber =
  | { format: 'diw14'; normalised: string; provinceCode: string; typeCode: string }
  | { format: 'legacy'; normalised: string; factoryClass: number; typeCode: string };

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const LEGACY = /^([ก-ฮ]{1,2})?([1-3])-(\d{1,3})(?:\((\d{1,2})\))?-(\d{1,5})\/(\d{2})([ก-ฮ]{1,4})?$/;

/** Thai digits to Arabic, dash variants to '-', spaces and dots out, NFC. */
function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s.]/g, '');
}

/** The parsed number, or null when it is in neither of DIW's forms. */
export function parseRegistrationNumber(raw: string | null | undefined): RegistrationNumber | null {
  if (!raw) return null;
  const s = clean(String(raw));
  if (!s) return null;
  const digits = s.replace(/-/g, '');
  if (/^\d{14}$/.test(digits) && /^[\d-]+$/.test(s)) {
    const sub = Number(digits.slice(7, 9));
    return {
      format: 'diw14',
      normalised: digits,
      provinceCode: digits.slice(2, 4),
      typeCode: `${Number(digits.slice(4, 7))}${sub ? `(${sub})` : ''}`,
    };
  }
  const m = LEGACY.exec(s);
  if (!m) return null;
  const [, prefix = '', cls, type, sub, seq, year, suffix = ''] = m;
  const typeCode = `${Number(type)}${sub ? `(${Number(sub)})` : ''}`;
  return {
    format: 'legacy',
    normalised: `${prefix}${cls}-${typeCode}-${Number(seq)}/${year}${suffix}`,
    factoryClass: Number(cls),
    typeCode,
  };
}

/** The registry's key for a number as someone wrote it (null: not a DIW number). */
export function normaliseRegistrationNumber(raw: string | null | undefined): string | null {
  return parseRegistrationNumber(raw)?.normalised ?? null;
}

/** The type number without its sub-number: `88(2)` → `88`. */
export const baseType = (typeCode: string) => typeCode.replace(/\(.*$/, '');
