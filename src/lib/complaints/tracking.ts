import type { Core } from '@strapi/strapi';
import { compile, parameter, run, type Compiled } from '../platform/compiled-sql';
import { datetime } from '../platform/lean-rows';
import { linkOf, tableOf } from '../platform/db-meta';
import {
  COMPLAINT_UID as UID,
  COMPLAINT_UPDATE_UID as UPDATE_UID,
  CATEGORY_UID,
  INCIDENT_UID,
  type Complaint,
  type ComplaintUpdate,
} from './model';
import type { PROVINCE_UID } from '../platform/model';

/**
 * The public tracking page's read in two statements: the complaint with its category, province and
 * incident (left joins through the link tables, by the indexed tracking code), then its timeline (by
 * the link table's indexed complaint column, oldest first, at most 500 entries). Only the columns the
 * page shows. A miss runs both statements too, so an unknown code costs what a known one costs.
 * Values come back as the query layer gives them (datetimes as ISO text), for views.ts `publicView`.
 * Both statements are compiled once and run with their parameter (`raw`), so a look-up builds no query.
 * On PostgreSQL they are named statements, prepared once per connection (platform/compiled-sql.ts).
 */

const COMPLAINT_FIELDS = ['id', 'ticketNumber', 'title', 'state', 'urgency', 'resolutionSummary', 'rating', 'reopenCount', 'incidentLink'];
const COMPLAINT_DATES = ['receivedAt', 'acknowledgeDueAt', 'resolveDueAt', 'acknowledgedAt', 'resolvedAt', 'closedAt', 'ratedAt'];

/** The tracked complaint with what its follow-up needs (incident id, code, state). */
export type TrackedComplaint = Complaint & { incident?: { id: number; code: string; state: string; updatedAt: string | null } | null };

/** Both statements, built once per Strapi instance: building them was more of a look-up's CPU than running them. */
const statements = new WeakMap<Core.Strapi, { complaint: Compiled; updates: Compiled }>();

function statementsOf(strapi: Core.Strapi) {
  const known = statements.get(strapi);
  if (known) return known;
  const knex = strapi.db.connection;
  const c = tableOf(strapi, UID);
  const select: Record<string, string> = {};
  for (const f of [...COMPLAINT_FIELDS, ...COMPLAINT_DATES]) select[f] = `c.${c.column(f)}`;
  const q = knex({ c: c.table });
  const join = (alias: string, attribute: string, targetUid: string, fields: string[]) => {
    const link = linkOf(strapi, UID, attribute);
    const target = tableOf(strapi, targetUid);
    q.leftJoin({ [`${alias}l`]: link.table }, `${alias}l.${link.ownerColumn}`, 'c.id');
    q.leftJoin({ [alias]: target.table }, `${alias}.id`, `${alias}l.${link.targetColumn}`);
    for (const f of fields) select[`${alias}_${f}`] = `${alias}.${target.column(f)}`;
  };
  join('cat', 'category', CATEGORY_UID, ['code', 'nameTh', 'nameEn']);
  join('prv', 'province', 'api::province.province' satisfies typeof PROVINCE_UID, ['code', 'nameTh', 'nameEn']);
  join('inc', 'incident', INCIDENT_UID, ['id', 'code', 'state', 'updatedAt']);
  q.select(select)
    .where(`c.${c.column('trackingCode')}`, parameter(0))
    .limit(1);

  const u = tableOf(strapi, UPDATE_UID);
  const link = linkOf(strapi, UPDATE_UID, 'complaint');
  const fields = ['kind', 'fromStatus', 'toStatus', 'note', 'visibility', 'occurredAt'];
  const updates = knex({ l: link.table })
    .join({ u: u.table }, 'u.id', `l.${link.ownerColumn}`)
    .select(Object.fromEntries(fields.map((f) => [f, `u.${u.column(f)}`])))
    .where(`l.${link.targetColumn}`, parameter(0))
    .orderBy(`u.${u.column('occurredAt')}`, 'asc')
    .orderBy('u.id', 'asc')
    .limit(500);
  const built = { complaint: compile(strapi, q, 'tracking-complaint', 1), updates: compile(strapi, updates, 'tracking-updates', 1) };
  statements.set(strapi, built);
  return built;
}

export async function trackedComplaint(
  strapi: Core.Strapi,
  trackingCode: string,
): Promise<{ complaint: TrackedComplaint | null; updates: ComplaintUpdate[] }> {
  const sql = statementsOf(strapi);
  const [row] = await run(strapi, sql.complaint, [trackingCode]);
  const updates = await run(strapi, sql.updates, [row ? Number(row.id) : 0]);

  if (!row) return { complaint: null, updates: [] };
  const complaint: Record<string, unknown> = {};
  for (const f of COMPLAINT_FIELDS) complaint[f] = row[f] ?? null;
  for (const f of COMPLAINT_DATES) complaint[f] = datetime(row[f]);
  const relation = (alias: string, names: string[]) =>
    row[`${alias}_${names[0]}`] === null || row[`${alias}_${names[0]}`] === undefined
      ? null
      : Object.fromEntries(names.map((n) => [n, row[`${alias}_${n}`]]));
  complaint.category = relation('cat', ['code', 'nameTh', 'nameEn']);
  complaint.province = relation('prv', ['code', 'nameTh', 'nameEn']);
  const incident = relation('inc', ['id', 'code', 'state', 'updatedAt']);
  complaint.incident = incident ? { ...incident, id: Number(incident.id), updatedAt: datetime(incident.updatedAt) } : null;
  return {
    complaint: complaint as TrackedComplaint,
    updates: updates.map((e) => ({ ...e, occurredAt: datetime(e.occurredAt) }) as unknown as ComplaintUpdate),
  };
}
