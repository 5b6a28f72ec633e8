/**
 * Dates as people in the ministry read them: Asia/Bangkok time, Thai month names, Buddhist year
 * (พ.ศ. = Gregorian + 543). Everything here is pure and independent of the process time zone.
 *
 *   formatThaiDate(new Date('2026-11-25T03:00:00Z'))      → '25 พฤศจิกายน 2569'
 *   formatThaiDate(d, { month: 'short' })                  → '25 พ.ย. 2569'
 *   formatThaiDateTime(new Date('2026-11-25T03:00:00Z'))  → '25 พฤศจิกายน 2569 เวลา 10:00 น.'
 *   formatEnglishDate(d)                                   → '25 November 2026'
 */

const BANGKOK_TZ = 'Asia/Bangkok';
/** Bangkok has had no daylight saving since 1920: a constant UTC+7 offset. */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface FormatOptions {
  /** `long` (พฤศจิกายน, the default) or `short` (พ.ย.) */
  month?: 'long' | 'short';
}

function toDate(value: Date | string | number): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return d;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: BANGKOK_TZ, ...options });
    cache.set(key, f);
  }
  return f;
}

/** '25 พฤศจิกายน 2569' — the date in Bangkok, Thai month, Buddhist year. */
export function formatThaiDate(value: Date | string | number, options: FormatOptions = {}): string {
  return formatter('th-TH-u-ca-buddhist', { day: 'numeric', month: options.month ?? 'long', year: 'numeric' })
    .format(toDate(value))
    .replace(/^(\d+ \S+) (?:พ\.ศ\. )?(\d{4})$/, '$1 $2');
}

/** '25 พฤศจิกายน 2569 เวลา 10:00 น.' */
export function formatThaiDateTime(value: Date | string | number, options: FormatOptions = {}): string {
  const d = toDate(value);
  const { hour, minute } = bangkokParts(d);
  return `${formatThaiDate(d, options)} เวลา ${pad(hour)}:${pad(minute)} น.`;
}

/** '25 November 2026' (Bangkok date, Gregorian year), for English emails. */
export function formatEnglishDate(value: Date | string | number): string {
  return formatter('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value));
}

/** '25 November 2026, 10:00' (Bangkok time). */
export function formatEnglishDateTime(value: Date | string | number): string {
  const d = toDate(value);
  const { hour, minute } = bangkokParts(d);
  return `${formatEnglishDate(d)}, ${pad(hour)}:${pad(minute)}`;
}

/** Date in the given locale: Thai with Buddhist year, or English. */
export function formatDate(value: Date | string | number, locale: 'th' | 'en' = 'th'): string {
  return locale === 'en' ? formatEnglishDate(value) : formatThaiDate(value);
}

export function formatDateTime(value: Date | string | number, locale: 'th' | 'en' = 'th'): string {
  return locale === 'en' ? formatEnglishDateTime(value) : formatThaiDateTime(value);
}

/** The Buddhist-era year of the Bangkok date: 2026-11-25 → 2569. */
export function buddhistYear(value: Date | string | number): number {
  return bangkokParts(toDate(value)).year + 543;
}

export interface BangkokParts {
  /** Gregorian year */
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Calendar fields of the instant as seen in Bangkok. */
export function bangkokParts(value: Date | string | number): BangkokParts {
  const shifted = new Date(toDate(value).getTime() + BANGKOK_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The instant of a Bangkok wall-clock time (month 1–12; overflowing days/months roll over). */
export function bangkokTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - BANGKOK_OFFSET_MS);
}

/** The Bangkok calendar date of an instant, 'YYYY-MM-DD'. */
export function bangkokDate(instant: Date): string {
  const p = bangkokParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
