import { bangkokDate, bangkokTime } from '../platform/thai-date';
import type { Frequency } from './model';

/**
 * Reporting periods of the Thai government fiscal year (ปีงบประมาณ): FY 2570 runs from
 * 1 October 2026 to 30 September 2027. Pure functions on calendar dates ('YYYY-MM-DD').
 *
 *   monthly     '2569-10'    (Buddhist year of the calendar month, month number)
 *   quarterly   'FY2570-Q1'  (Q1 = Oct–Dec, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep)
 *   semiannual  'FY2570-H1'  (H1 = Oct–Mar, H2 = Apr–Sep)
 *   annual      'FY2570'
 */

export type { Frequency };

const MONTHS_PER_PERIOD: Record<Frequency, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

export interface Period {
  label: string;
  /** first day, 'YYYY-MM-DD' */
  start: string;
  /** last day, 'YYYY-MM-DD' */
  end: string;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseDate(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${s}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function formatYmd(y: number, m: number, d: number): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return `${dt.getUTCFullYear()}-${String(dt.getUTCMonth() + 1).padStart(2, '0')}-${String(dt.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const { y, m, d } = parseDate(date);
  return formatYmd(y, m, d + days);
}

/** Buddhist fiscal year of a calendar date: October starts the next fiscal year. */
export function fiscalYearOf(date: string): number {
  const { y, m } = parseDate(date);
  return (m >= 10 ? y + 1 : y) + 543;
}

/** First and last day of Buddhist fiscal year `fy`. */
function fiscalYearBounds(fy: number): { start: string; end: string } {
  const g = fy - 543;
  return { start: formatYmd(g - 1, 10, 1), end: formatYmd(g, 9, 30) };
}

/** The period of `frequency` containing `date`. */
export function periodContaining(frequency: Frequency, date: string): Period {
  const len = MONTHS_PER_PERIOD[frequency];
  if (!len) throw new RangeError(`unknown reporting frequency: ${frequency}`);
  const { y, m } = parseDate(date);
  const fy = fiscalYearOf(date);
  const fiscalMonth = (m + 2) % 12; // Oct → 0 … Sep → 11
  const index = Math.floor(fiscalMonth / len);
  // first month of the period as (Gregorian year, month)
  const startFiscalMonth = index * len;
  const fyStartYear = fy - 543 - 1; // the October that starts the fiscal year
  const startY = fyStartYear + Math.floor((9 + startFiscalMonth) / 12);
  const startM = ((9 + startFiscalMonth) % 12) + 1;
  const start = formatYmd(startY, startM, 1);
  const end = formatYmd(startY, startM + len, 0);
  let label: string;
  switch (frequency) {
    case 'monthly':
      label = `${y + 543}-${String(m).padStart(2, '0')}`;
      break;
    case 'quarterly':
      label = `FY${fy}-Q${index + 1}`;
      break;
    case 'semiannual':
      label = `FY${fy}-H${index + 1}`;
      break;
    default:
      label = `FY${fy}`;
  }
  return { label, start, end };
}

/** Every period of `frequency` overlapping [from, to] (inclusive dates), in order. */
export function periodsBetween(frequency: Frequency, from: string, to: string): Period[] {
  const out: Period[] = [];
  if (from > to) return out;
  let p = periodContaining(frequency, from);
  while (p.start <= to) {
    out.push(p);
    p = periodContaining(frequency, addDays(p.end, 1));
  }
  return out;
}

/** When the report of a period is due: end of the day (Bangkok) `dueDays` after the period's last day. */
export function dueAtFor(periodEnd: string, dueDays: number): Date {
  const { y, m, d } = parseDate(periodEnd);
  return new Date(bangkokTime(y, m, d + dueDays + 1).getTime() - 1000);
}

export interface ProjectForPeriods {
  fiscalYear: number;
  startDate?: string | null;
  endDate?: string | null;
  reportingFrequency: Frequency;
  dueDaysAfterPeriodEnd?: number | null;
}

export interface ExpectedReport extends Period {
  dueAt: Date;
}

/**
 * The reports a project is expected to have by `now`: every period of its frequency that overlaps
 * the project's dates (default: its fiscal year) and starts no later than `aheadDays` from today.
 * A project added mid-period therefore gets the current period (and any earlier one of its dates).
 */
export function expectedReports(project: ProjectForPeriods, now: Date, aheadDays: number): ExpectedReport[] {
  const fy = fiscalYearBounds(project.fiscalYear);
  const from = project.startDate ? String(project.startDate).slice(0, 10) : fy.start;
  const end = project.endDate ? String(project.endDate).slice(0, 10) : fy.end;
  const horizon = addDays(bangkokDate(now), aheadDays);
  const to = end < horizon ? end : horizon;
  const dueDays = project.dueDaysAfterPeriodEnd ?? 15;
  return periodsBetween(project.reportingFrequency, from, to).map((p) => ({ ...p, dueAt: dueAtFor(p.end, dueDays) }));
}
