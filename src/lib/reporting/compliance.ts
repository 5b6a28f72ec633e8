import { fiscalYearOf, parseDate } from './periods';
import { SUBMITTED_STATES, type ReportState } from './model';

/**
 * Reporting compliance as DHIS2 publishes it for a data set, per organisation unit and period:
 *   expected  – reports owed for the period (here: not waived, and due by now or already sent);
 *   submitted – expected reports sent complete (the submit route refuses a report without its required
 *               fields and, where the project asks for them, attachments; a returned report stays sent);
 *   on time   – submitted within the timeliness window (by `dueAt`, the project's days after period end);
 *   late      – submitted after it;  missing – expected and not submitted.
 *   reporting rate = submitted ÷ expected;  on-time rate = on time ÷ expected (percent, one decimal).
 * Pure: no Strapi, no clock but `now`.
 */

export type ComplianceGroupBy = 'agency' | 'province';

/** What one report contributes; agency and province are those of its project. */
export interface ComplianceReport {
  state: ReportState | string;
  dueAt: Date | string;
  late?: boolean | null;
  /** the period's last day, 'YYYY-MM-DD': the fiscal quarter the report belongs to */
  periodEnd: string;
  agency?: Unit | null;
  province?: Unit | null;
}

interface Unit {
  code: string;
  nameTh: string;
  nameEn: string;
}

export type ReportOutcome = 'on_time' | 'late' | 'missing' | 'not_due' | 'waived';

interface ComplianceRow extends Unit {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  /** percent, null when nothing is expected */
  reportingRate: number | null;
  onTimeRate: number | null;
  /** 1-based place in the league table; null below the minimum sample */
  rank: number | null;
}

export interface Compliance {
  rows: ComplianceRow[];
  total: Omit<ComplianceRow, 'code' | 'nameTh' | 'nameEn' | 'rank'>;
  minSample: number;
}

/** Fewer expected reports than this and a unit is listed but not ranked (two reports say little). */
const DEFAULT_MIN_SAMPLE = 5;

const UNASSIGNED: Unit = { code: '-', nameTh: 'ไม่ระบุ', nameEn: 'Unassigned' };

/** The Buddhist-era fiscal year and quarter (Q1 = Oct–Dec) of a calendar date. */
export function fiscalQuarterOf(date: string): { fiscalYear: number; quarter: number } {
  const { m } = parseDate(date);
  return { fiscalYear: fiscalYearOf(date), quarter: Math.floor(((m + 2) % 12) / 3) + 1 };
}

/** True when the report's period ends in fiscal year `fiscalYear` (and quarter `quarter`, when given). */
export function inQuarter(periodEnd: string, fiscalYear: number, quarter?: number): boolean {
  const q = fiscalQuarterOf(periodEnd);
  return q.fiscalYear === fiscalYear && (quarter === undefined || q.quarter === quarter);
}

/** How one report counts at `now`. */
export function outcomeOf(r: Pick<ComplianceReport, 'state' | 'dueAt' | 'late'>, now: Date): ReportOutcome {
  if (r.state === 'waived') return 'waived';
  if (SUBMITTED_STATES.includes(r.state as ReportState)) return r.late ? 'late' : 'on_time';
  return new Date(r.dueAt).getTime() < now.getTime() ? 'missing' : 'not_due';
}

const rate = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);

function emptyCounts() {
  return { expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0 };
}

function withRates<T extends ReturnType<typeof emptyCounts>>(c: T) {
  return { ...c, reportingRate: rate(c.submitted, c.expected), onTimeRate: rate(c.onTime, c.expected) };
}

/**
 * The figures per agency or province, as a league table: units with at least `minSample` expected
 * reports ranked by reporting rate, then on-time rate (equal figures share a place); the others after
 * them, unranked, by code.
 */
export function computeCompliance(
  reports: ComplianceReport[],
  options: { now: Date; by: ComplianceGroupBy; minSample?: number },
): Compliance {
  const minSample = options.minSample ?? DEFAULT_MIN_SAMPLE;
  const units = new Map<string, Unit & ReturnType<typeof emptyCounts>>();
  const total = emptyCounts();
  for (const r of reports) {
    const outcome = outcomeOf(r, options.now);
    if (outcome === 'waived' || outcome === 'not_due') continue;
    const unit = (options.by === 'agency' ? r.agency : r.province) ?? UNASSIGNED;
    let row = units.get(unit.code);
    if (!row) units.set(unit.code, (row = { code: unit.code, nameTh: unit.nameTh, nameEn: unit.nameEn, ...emptyCounts() }));
    for (const c of [row, total]) {
      c.expected++;
      if (outcome === 'missing') c.missing++;
      else {
        c.submitted++;
        if (outcome === 'on_time') c.onTime++;
        else c.late++;
      }
    }
  }
  const all = [...units.values()].map(withRates);
  const better = (a: ComplianceRow, b: ComplianceRow) =>
    (b.reportingRate ?? 0) - (a.reportingRate ?? 0) || (b.onTimeRate ?? 0) - (a.onTimeRate ?? 0);
  const ranked = all
    .filter((u) => u.expected >= minSample)
    .map((u) => ({ ...u, rank: 0 }))
    .sort((a, b) => better(a, b) || a.code.localeCompare(b.code));
  ranked.forEach((u, i) => (u.rank = i > 0 && better(ranked[i - 1], u) === 0 ? ranked[i - 1].rank : i + 1));
  const unranked = all
    .filter((u) => u.expected < minSample)
    .map((u) => ({ ...u, rank: null }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { rows: [...ranked, ...unranked], total: withRates(total), minSample };
}

/** The CSV columns of the compliance table (Thai / English headers). */
export const COMPLIANCE_CSV_HEADER = [
  'อันดับ / Rank',
  'รหัส / Code',
  'ชื่อ / Name (TH)',
  'Name (EN)',
  'ที่ต้องส่ง / Expected',
  'ส่งแล้ว / Submitted',
  'ตรงเวลา / On time',
  'ล่าช้า / Late',
  'ไม่ส่ง / Missing',
  'อัตราการส่ง % / Reporting rate %',
  'อัตราส่งตรงเวลา % / On-time rate %',
];

export function complianceCsvRows(c: Compliance): (string | number | null)[][] {
  return c.rows.map((r) => [
    r.rank ?? `ไม่จัดอันดับ (< ${c.minSample}) / not ranked`,
    r.code,
    r.nameTh,
    r.nameEn,
    r.expected,
    r.submitted,
    r.onTime,
    r.late,
    r.missing,
    r.reportingRate,
    r.onTimeRate,
  ]);
}
