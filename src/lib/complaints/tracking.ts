import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
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
 * On PostgreSQL they are named statements: knex sends every statement unnamed, so PostgreSQL parses and
 * plans it on every run, and planning the seven-table join cost far more than running it (0.2–0.3 ms
 * against 0.03 ms on the bench's scale-1 database); a named one is prepared once per connection
 * (node-postgres remembers which names each connection has prepared). The name carries a hash of the
 * text, because node-postgres refuses one name with two texts.
 */

/** A datetime column as Strapi's query layer hands it out (@strapi/database DatetimeField.fromDB). */
function datetime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const cast = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(cast.getTime()) ? null : cast.toISOString();
}

const COMPLAINT_FIELDS = ['id', 'ticketNumber', 'title', 'state', 'urgency', 'resolutionSummary', 'rating', 'reopenCount', 'incidentLink'];
const COMPLAINT_DATES = ['receivedAt', 'acknowledgeDueAt', 'resolveDueAt', 'acknowledgedAt', 'resolvedAt', 'closedAt', 'ratedAt'];

/** The tracked complaint with what its follow-up needs (incident id, code, state). */
export type TrackedComplaint = Complaint & { incident?: { id: number; code: string; state: string; updatedAt: string | null } | null };

/** A compiled statement and where its one parameter goes. */
interface Compiled {
  sql: string;
  bindings: unknown[];
  at: number;
  /** PostgreSQL: the statement's name */
  name?: string;
}

const PARAMETER = '\u0000tracking-parameter';

/** Compiles a query once, with a marker where the per-request value goes. */
function compile(query: { toSQL(): { sql: string; bindings: readonly unknown[] } }, label: string, named: boolean): Compiled {
  const { sql, bindings } = query.toSQL();
  const at = bindings.indexOf(PARAMETER);
  if (at < 0) throw new Error('tracking: a compiled statement lost its parameter');
  const name = named ? `mind-tracking-${label}-${createHash('sha1').update(sql).digest('hex').slice(0, 12)}` : undefined;
  return { sql, bindings: [...bindings], at, name };
}

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
    .where(`c.${c.column('trackingCode')}`, PARAMETER)
    .limit(1);

  const u = tableOf(strapi, UPDATE_UID);
  const link = linkOf(strapi, UPDATE_UID, 'complaint');
  const fields = ['kind', 'fromStatus', 'toStatus', 'note', 'visibility', 'occurredAt'];
  const updates = knex({ l: link.table })
    .join({ u: u.table }, 'u.id', `l.${link.ownerColumn}`)
    .select(Object.fromEntries(fields.map((f) => [f, `u.${u.column(f)}`])))
    .where(`l.${link.targetColumn}`, PARAMETER)
    .orderBy(`u.${u.column('occurredAt')}`, 'asc')
    .orderBy('u.id', 'asc')
    .limit(500);
  const named = strapi.db.dialect.client === 'postgres';
  const built = { complaint: compile(q, 'complaint', named), updates: compile(updates, 'updates', named) };
  statements.set(strapi, built);
  return built;
}

/** Runs a compiled statement with its parameter; the rows, as each driver hands them back from `raw`. */
async function rows(strapi: Core.Strapi, statement: Compiled, value: unknown): Promise<Array<Record<string, unknown>>> {
  const bindings = statement.bindings.slice();
  bindings[statement.at] = value;
  const raw = strapi.db.connection.raw(statement.sql, bindings as Knex.RawBinding[]);
  // knex hands a query's options to node-postgres with its text and values
  if (statement.name) raw.options({ name: statement.name });
  const result = (await raw) as Array<Record<string, unknown>> | { rows: Array<Record<string, unknown>> };
  return Array.isArray(result) ? result : result.rows;
}

export async function trackedComplaint(
  strapi: Core.Strapi,
  trackingCode: string,
): Promise<{ complaint: TrackedComplaint | null; updates: ComplaintUpdate[] }> {
  const sql = statementsOf(strapi);
  const [row] = await rows(strapi, sql.complaint, trackingCode);
  const updates = await rows(strapi, sql.updates, row ? Number(row.id) : 0);

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
