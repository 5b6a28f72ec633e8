import type { Core } from '@strapi/strapi';
import { STATUS_LABELS } from '../complaints/status';
import { COMPLAINT_UID, OPEN_STATES, URGENCIES, type ComplaintStatus, type Urgency } from '../complaints/model';
import { cmListUrl, type Condition } from './cm-url';
import { knexOf, num, tableOf } from '../platform/db-meta';

/**
 * Widget "open complaints": counts by urgency × state of the complaints not finished, with how many
 * are past a deadline (SLA breached) — the same rule as the complaints API's `overdue=true`: the
 * resolve deadline has passed, or the acknowledge deadline has passed and nobody acknowledged it.
 * One grouped query.
 */
const URGENCY_LABELS: Record<Urgency, { th: string; en: string }> = {
  emergency: { th: 'ฉุกเฉิน', en: 'Emergency' },
  urgent: { th: 'เร่งด่วน', en: 'Urgent' },
  normal: { th: 'ปกติ', en: 'Normal' },
};

/** Most pressing first. */
const URGENCY_ORDER: Urgency[] = ['emergency', 'urgent', 'normal'];

interface CountRow {
  urgency: string;
  state: string;
  open: number;
  breached: number;
}

export interface ComplaintsWidget {
  generatedAt: string;
  urgencies: { key: Urgency; th: string; en: string }[];
  states: { key: ComplaintStatus; th: string; en: string }[];
  cells: { urgency: Urgency; state: ComplaintStatus; open: number; breached: number; url: string; breachedUrl: string }[];
  totals: { open: number; breached: number; byUrgency: Record<Urgency, { open: number; breached: number }> };
  links: { open: string; breached: string };
}

/** Filter conditions (Content Manager URL form) for "breached at `now`". */
function breachedConditions(now: Date): Condition[] {
  return [{ $or: [{ resolveDueAt: { $lt: now } }, { acknowledgedAt: { $null: true }, acknowledgeDueAt: { $lt: now } }] }];
}

const openCondition = (): Condition => ({ state: { $in: OPEN_STATES } });
const SORT = 'resolveDueAt:ASC';

/** Pure: the widget's answer from the grouped rows. */
function shapeComplaints(rows: CountRow[], now: Date): ComplaintsWidget {
  const byKey = new Map(rows.map((r) => [`${r.urgency}|${r.state}`, r]));
  const byUrgency = Object.fromEntries(URGENCIES.map((u) => [u, { open: 0, breached: 0 }])) as Record<
    Urgency,
    { open: number; breached: number }
  >;
  const cells: ComplaintsWidget['cells'] = [];
  for (const urgency of URGENCY_ORDER) {
    for (const state of OPEN_STATES) {
      const r = byKey.get(`${urgency}|${state}`);
      const open = r ? num(r.open) : 0;
      const breached = r ? num(r.breached) : 0;
      byUrgency[urgency].open += open;
      byUrgency[urgency].breached += breached;
      const base: Condition[] = [{ state: { $eq: state } }, { urgency: { $eq: urgency } }];
      cells.push({
        urgency,
        state,
        open,
        breached,
        url: cmListUrl(COMPLAINT_UID, base, { sort: SORT }),
        breachedUrl: cmListUrl(COMPLAINT_UID, [...base, ...breachedConditions(now)], { sort: SORT }),
      });
    }
  }
  const open = cells.reduce((s, c) => s + c.open, 0);
  const breached = cells.reduce((s, c) => s + c.breached, 0);
  return {
    generatedAt: now.toISOString(),
    urgencies: URGENCY_ORDER.map((key) => ({ key, ...URGENCY_LABELS[key] })),
    states: OPEN_STATES.map((key) => ({ key, ...STATUS_LABELS[key] })),
    cells,
    totals: { open, breached, byUrgency },
    links: {
      open: cmListUrl(COMPLAINT_UID, [openCondition()], { sort: SORT }),
      breached: cmListUrl(COMPLAINT_UID, [openCondition(), ...breachedConditions(now)], { sort: SORT }),
    },
  };
}

/** SQL fragment and bindings: is complaint row `alias` past a deadline at `now`? */
export function breachedSql(strapi: Core.Strapi, alias: string, now: Date): [string, unknown[]] {
  const t = tableOf(strapi, COMPLAINT_UID);
  const col = (a: string) => `${alias}.${t.column(a)}`;
  return [`(${col('resolveDueAt')} < ? OR (${col('acknowledgedAt')} IS NULL AND ${col('acknowledgeDueAt')} < ?))`, [now, now]];
}

export async function complaintsWidget(strapi: Core.Strapi, now: Date = new Date()): Promise<ComplaintsWidget> {
  const t = tableOf(strapi, COMPLAINT_UID);
  const knex = knexOf(strapi);
  const [breached, bindings] = breachedSql(strapi, 'c', now);
  const q = knex(`${t.table} as c`)
    .select({ urgency: `c.${t.column('urgency')}`, state: `c.${t.column('state')}` })
    .count({ open: '*' })
    .select(knex.raw(`SUM(CASE WHEN ${breached} THEN 1 ELSE 0 END) as breached`, bindings))
    .whereIn(`c.${t.column('state')}`, OPEN_STATES)
    .groupBy(`c.${t.column('urgency')}`, `c.${t.column('state')}`);
  if (t.publishedOnly) q.whereNotNull(`c.published_at`);
  const rows = (await q) as unknown as CountRow[];
  return shapeComplaints(rows, now);
}
