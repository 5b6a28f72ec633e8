import type { Core } from '@strapi/strapi';
import { parseDate, periodContaining, type Period } from '../reporting/periods';
import { bangkokDate, bangkokTime } from '../platform/thai-date';
import { AGENCY_UID } from '../platform/model';
import { PROJECT_UID, REPORT_UID, SUBMITTED_STATES } from '../reporting/model';
import { cmListUrl, type Condition } from './cm-url';
import { knexOf, linkOf, num, tableOf } from '../platform/db-meta';

/**
 * Widget "reporting compliance": per agency, the progress reports that fall due in the current fiscal
 * quarter (Bangkok), by outcome:
 *   on time  – submitted (state submitted, accepted, or returned for correction) and not late;
 *   late     – the same, first submitted after the due time (`late`);
 *   missing  – still pending and past due;
 *   not due  – pending, due later this quarter;
 *   waived   – shown apart, not counted against the agency.
 * One grouped query over reports → project → agency (link tables).
 */
const OUTCOME_LABELS = {
  onTime: { th: 'ส่งตรงเวลา', en: 'On time' },
  late: { th: 'ส่งล่าช้า', en: 'Late' },
  missing: { th: 'ยังไม่ส่ง (เลยกำหนด)', en: 'Missing (overdue)' },
  notDue: { th: 'ยังไม่ถึงกำหนด', en: 'Not yet due' },
  waived: { th: 'ได้รับยกเว้น', en: 'Waived' },
} as const;
export type Outcome = keyof typeof OUTCOME_LABELS;

export interface ReportingWindow extends Period {
  /** first instant of the quarter (Bangkok midnight) */
  from: Date;
  /** first instant after it */
  to: Date;
}

/** Pure: the current reporting window, the fiscal quarter (Bangkok) containing `now`. */
export function currentWindow(now: Date): ReportingWindow {
  const period = periodContaining('quarterly', bangkokDate(now));
  const s = parseDate(period.start);
  const e = parseDate(period.end);
  return { ...period, from: bangkokTime(s.y, s.m, s.d), to: bangkokTime(e.y, e.m, e.d + 1) };
}

interface AgencyRow {
  code: string;
  nameTh: string;
  nameEn: string;
  onTime: number | string | null;
  late: number | string | null;
  missing: number | string | null;
  notDue: number | string | null;
  waived: number | string | null;
}

interface AgencyCompliance {
  code: string;
  nameTh: string;
  nameEn: string;
  counts: Record<Outcome, number>;
  /** reports due so far (on time + late + missing) */
  due: number;
  /** on time ÷ due, null when nothing is due yet */
  onTimeRate: number | null;
  urls: Record<Outcome, string> & { all: string };
}

export interface ReportingWidget {
  generatedAt: string;
  period: { label: string; start: string; end: string };
  outcomes: { key: Outcome; th: string; en: string }[];
  agencies: AgencyCompliance[];
  totals: Record<Outcome, number>;
  links: { period: string; missing: string };
}

const SORT = 'dueAt:ASC';

/** Content Manager conditions for one outcome within the window at `now`. */
function outcomeConditions(outcome: Outcome, now: Date): Condition[] {
  switch (outcome) {
    case 'onTime':
      return [{ state: { $in: SUBMITTED_STATES } }, { late: { $ne: true } }];
    case 'late':
      return [{ state: { $in: SUBMITTED_STATES } }, { late: { $eq: true } }];
    case 'missing':
      return [{ state: { $eq: 'pending' } }, { dueAt: { $lt: now } }];
    case 'notDue':
      return [{ state: { $eq: 'pending' } }, { dueAt: { $gte: now } }];
    default:
      return [{ state: { $eq: 'waived' } }];
  }
}

const windowConditions = (w: ReportingWindow): Condition[] => [{ dueAt: { $gte: w.from } }, { dueAt: { $lt: w.to } }];
const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

/** Pure: rows (one per agency) to the widget's answer, agencies with most missing first. */
function shapeReporting(rows: AgencyRow[], now: Date): ReportingWidget {
  const w = currentWindow(now);
  const totals = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const agencies = rows.map((r) => {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, num(r[o])])) as Record<Outcome, number>;
    for (const o of OUTCOMES) totals[o] += counts[o];
    const due = counts.onTime + counts.late + counts.missing;
    const agency: Condition = { project: { agency: { code: { $eq: r.code } } } };
    const urls = Object.fromEntries(
      OUTCOMES.map((o) => [o, cmListUrl(REPORT_UID, [...windowConditions(w), agency, ...outcomeConditions(o, now)], { sort: SORT })]),
    ) as Record<Outcome, string>;
    return {
      code: r.code,
      nameTh: r.nameTh,
      nameEn: r.nameEn,
      counts,
      due,
      onTimeRate: due ? counts.onTime / due : null,
      urls: { ...urls, all: cmListUrl(REPORT_UID, [...windowConditions(w), agency], { sort: SORT }) },
    };
  });
  agencies.sort((a, b) => b.counts.missing - a.counts.missing || b.counts.late - a.counts.late || a.code.localeCompare(b.code));
  return {
    generatedAt: now.toISOString(),
    period: { label: w.label, start: w.start, end: w.end },
    outcomes: OUTCOMES.map((key) => ({ key, ...OUTCOME_LABELS[key] })),
    agencies,
    totals,
    links: {
      period: cmListUrl(REPORT_UID, windowConditions(w), { sort: SORT }),
      missing: cmListUrl(REPORT_UID, [...windowConditions(w), ...outcomeConditions('missing', now)], { sort: SORT }),
    },
  };
}

export async function reportingWidget(strapi: Core.Strapi, now: Date = new Date()): Promise<ReportingWidget> {
  const knex = knexOf(strapi);
  const r = tableOf(strapi, REPORT_UID);
  const a = tableOf(strapi, AGENCY_UID);
  const toProject = linkOf(strapi, REPORT_UID, 'project');
  const toAgency = linkOf(strapi, PROJECT_UID, 'agency');
  const w = currentWindow(now);
  const state = `r.${r.column('state')}`;
  const late = `r.${r.column('late')}`;
  const due = `r.${r.column('dueAt')}`;
  const submitted = `${state} IN (${SUBMITTED_STATES.map(() => '?').join(', ')})`;
  const sum = (alias: string, condition: string, bindings: unknown[] = []) =>
    knex.raw(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) as ??`, [...bindings, alias]);
  const q = knex(`${r.table} as r`)
    .select({ code: `a.${a.column('code')}`, nameTh: `a.${a.column('nameTh')}`, nameEn: `a.${a.column('nameEn')}` })
    .select(
      sum('onTime', `${submitted} AND NOT (${late} IS NOT NULL AND ${late} = ?)`, [...SUBMITTED_STATES, true]),
      sum('late', `${submitted} AND ${late} = ?`, [...SUBMITTED_STATES, true]),
      sum('missing', `${state} = ? AND ${due} < ?`, ['pending', now]),
      sum('notDue', `${state} = ? AND ${due} >= ?`, ['pending', now]),
      sum('waived', `${state} = ?`, ['waived']),
    )
    .join(`${toProject.table} as rp`, `rp.${toProject.ownerColumn}`, 'r.id')
    .join(`${toAgency.table} as pa`, `pa.${toAgency.ownerColumn}`, `rp.${toProject.targetColumn}`)
    .join(`${a.table} as a`, 'a.id', `pa.${toAgency.targetColumn}`)
    .where(due, '>=', w.from)
    .andWhere(due, '<', w.to)
    .modify((q) => (r.publishedOnly ? q.whereNotNull('r.published_at') : q))
    .groupBy('a.id', `a.${a.column('code')}`, `a.${a.column('nameTh')}`, `a.${a.column('nameEn')}`);
  return shapeReporting((await q) as unknown as AgencyRow[], now);
}
