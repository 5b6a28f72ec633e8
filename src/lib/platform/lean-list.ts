import type { Core, UID } from '@strapi/strapi';
import { pagination as paging } from '@strapi/utils';
import { cachedCount } from './cached-reads';
import { tableOf, type QueryBuilder } from './db-meta';
import { metaOf, rowsById } from './lean-rows';

/**
 * A list read from the query layer for the common shape of a list query (the pattern of the complaint
 * list, src/lib/complaints/list.ts, for lists without list parameters of their own): the page's ids by
 * one statement over indexed columns, the count of the same filter cached, then those rows with the
 * shown columns and each asked-for relation by primary key (lean-rows.ts: to-one relations joined to the
 * rows, each to-many relation in one statement). A domain says which sorts, filters and populates its page
 * uses (each backed by an index), and narrows the statement to the caller's row scope; any other query
 * shape is null here and goes through Strapi's find.
 */

/** How a filtered attribute's values are compared: as text (strings, enumerations) or as a time. */
type FilterKind = 'text' | 'datetime';

export interface LeanListSpec {
  uid: string;
  /** Attributes the page sorts by, each with an index (database/migrations/…lean-list-indexes.js). */
  sorts: readonly string[];
  /** Attributes the page filters on, each with an index, and how their values compare. */
  filters: Readonly<Record<string, FilterKind>>;
  /** Relations the page may populate, with the fields it may ask of each. */
  populate: Readonly<Record<string, readonly string[]>>;
  /** Fields the page may ask for with `fields` (without it, every shown column). */
  fields?: readonly string[];
  /** Types the row scope reads through: a write of one drops the cached counts (src/lib/platform/cached-reads.ts). */
  scopeReads?: readonly string[];
}

type Op = '$eq' | '$in' | '$gt' | '$gte' | '$lt' | '$lte';
const SQL_OPS: Record<Op, string> = { $eq: '=', $in: 'in', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };
const TEXT_OPS: readonly Op[] = ['$eq', '$in'];
const TIME_OPS: readonly Op[] = ['$eq', '$gt', '$gte', '$lt', '$lte'];

export interface LeanListPlan {
  sort: Array<[string, 'asc' | 'desc']>;
  /** [attribute, operator, value(s)] — all must hold */
  filters: Array<[string, Op, string | string[]]>;
  /** relation → fields asked for */
  populate: Record<string, string[]>;
  /** the `fields` asked for, or null for every shown column */
  fields: string[] | null;
  /** Strapi's pagination query parameter as sent (page/pageSize or start/limit) */
  pagination: Record<string, unknown>;
}

const QUERY_KEYS = new Set(['sort', 'pagination', 'populate', 'filters', 'fields']);
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit']);
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function parseSort(sort: unknown, allowed: readonly string[]): LeanListPlan['sort'] | null {
  if (sort === undefined) return [];
  const parts = (Array.isArray(sort) ? sort : [sort]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [null]));
  const out: LeanListPlan['sort'] = [];
  for (const part of parts) {
    if (part === null) return null;
    const [field, dir = 'asc', ...rest] = part.trim().split(':');
    const d = dir.toLowerCase();
    if (rest.length || !allowed.includes(field) || (d !== 'asc' && d !== 'desc')) return null;
    out.push([field, d]);
  }
  return out;
}

function parseFilters(filters: unknown, spec: LeanListSpec): LeanListPlan['filters'] | null {
  if (filters === undefined) return [];
  if (!isObj(filters)) return null;
  const out: LeanListPlan['filters'] = [];
  for (const [attribute, condition] of Object.entries(filters)) {
    const kind = spec.filters[attribute];
    if (!kind || !isObj(condition)) return null;
    for (const [op, value] of Object.entries(condition)) {
      if (!(kind === 'text' ? TEXT_OPS : TIME_OPS).includes(op as Op)) return null;
      if (op === '$in') {
        if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === 'string')) return null;
      } else if (typeof value !== 'string') return null;
      // a time Strapi would read differently from Date (e.g. a bare number) is left to Strapi
      if (kind === 'datetime' && (!/^\d{4}-\d{2}-\d{2}/.test(value as string) || Number.isNaN(Date.parse(value as string)))) return null;
      out.push([attribute, op as Op, value as string | string[]]);
    }
  }
  return out;
}

function parsePopulate(populate: unknown, spec: LeanListSpec): LeanListPlan['populate'] | null {
  if (populate === undefined) return {};
  if (!isObj(populate)) return null;
  const out: LeanListPlan['populate'] = {};
  for (const [relation, what] of Object.entries(populate)) {
    const allowed = spec.populate[relation];
    if (!allowed || !isObj(what) || Object.keys(what).some((k) => k !== 'fields')) return null;
    const fields = what.fields;
    if (!Array.isArray(fields) || !fields.length || !fields.every((f) => typeof f === 'string' && allowed.includes(f))) return null;
    out[relation] = fields as string[];
  }
  return out;
}

/** The `fields` asked for, null when none, undefined for a list not taken here. */
function parseFields(fields: unknown, spec: LeanListSpec): string[] | null | undefined {
  if (fields === undefined) return null;
  const list = typeof fields === 'string' ? fields.split(',') : fields;
  if (!Array.isArray(list) || !list.length || !list.every((f) => typeof f === 'string' && spec.fields?.includes(f))) return undefined;
  return list as string[];
}

/** Whether a list request can take the lean path, and how: `query` is the caller's query. Pure; null means "Strapi's find". */
export function leanListPlan(query: Record<string, unknown>, spec: LeanListSpec): LeanListPlan | null {
  if (Object.keys(query).some((k) => !QUERY_KEYS.has(k))) return null;
  const p = query.pagination ?? {};
  if (!isObj(p) || Object.keys(p).some((k) => !PAGINATION_KEYS.has(k))) return null;
  const sort = parseSort(query.sort, spec.sorts);
  const filters = parseFilters(query.filters, spec);
  const populate = parsePopulate(query.populate, spec);
  const fields = parseFields(query.fields, spec);
  if (!sort || !filters || !populate || fields === undefined) return null;
  return { sort, filters, populate, fields, pagination: p };
}

/** By the content type's attributes object (one per schema as loaded): asked on every list page. */
const shownOf = new WeakMap<object, readonly string[]>();

/** The shown columns: every attribute stored in the row itself that is not private (Strapi's find without `fields`). */
export function shownAttributes(strapi: Core.Strapi, uid: string): readonly string[] {
  const attributes = (strapi.contentType(uid as UID.ContentType) as { attributes: unknown }).attributes as Record<
    string,
    { type: string; private?: boolean }
  >;
  let shown = shownOf.get(attributes);
  if (!shown) {
    const scalar = Object.entries(attributes)
      .filter(([, a]) => !['relation', 'media', 'component', 'dynamiczone'].includes(a.type) && !a.private)
      .map(([name]) => name);
    shown = Object.freeze(['id', 'documentId', ...scalar.filter((n) => n !== 'id' && n !== 'documentId')]);
    shownOf.set(attributes, shown);
  }
  return shown;
}

type Row = Record<string, unknown> & { id: number; documentId: string };

/**
 * The page's rows as the query layer's `findMany({ where: { id: { $in } }, select, populate })` would read
 * them, through lean-rows.ts. The statements read every field the list allows (of the row and of each
 * asked-for relation) and the answer keeps the asked ones: lean-rows compiles one plan per shape, and a
 * caller choosing fields must not make a new one per choice.
 */
async function pageRows(strapi: Core.Strapi, spec: LeanListSpec, plan: LeanListPlan, ids: number[]): Promise<Row[]> {
  if (!ids.length) return [];
  const meta = metaOf(strapi, spec.uid);
  const toOne: Record<string, readonly string[]> = {};
  const toMany: Record<string, readonly string[]> = {};
  for (const name of Object.keys(plan.populate).sort()) {
    const relation = meta.attributes[name]?.relation;
    (relation === 'oneToOne' || relation === 'manyToOne' ? toOne : toMany)[name] = spec.populate[name];
  }
  const readFields = plan.fields ? ['id', 'documentId', ...(spec.fields ?? [])] : shownAttributes(strapi, spec.uid);
  const rows = await rowsById(strapi, spec.uid, ids, { fields: readFields, toOne, toMany });
  const fields = plan.fields ? ['id', 'documentId', ...plan.fields] : null;
  const relationFields = (related: Record<string, unknown>, asked: string[]) =>
    Object.fromEntries(['id', 'documentId', ...asked].map((f) => [f, related[f]]));
  return rows.map((row) => {
    const out: Record<string, unknown> = fields ? Object.fromEntries(fields.map((f) => [f, row[f]])) : { ...row };
    for (const [name, asked] of Object.entries(plan.populate)) {
      const value = row[name];
      out[name] = Array.isArray(value)
        ? value.map((r: Record<string, unknown>) => relationFields(r, asked))
        : value && typeof value === 'object'
          ? relationFields(value as Record<string, unknown>, asked)
          : null;
    }
    return out as Row;
  });
}

/**
 * One page for a lean plan. `restrict` narrows the statement (table alias `r`) to the caller's scope;
 * `scopeKey` identifies that scope for the cached count.
 */
export async function leanListPage(
  strapi: Core.Strapi,
  spec: LeanListSpec,
  args: { plan: LeanListPlan; scopeKey: unknown; restrict: (qb: QueryBuilder) => void },
): Promise<{ results: Row[]; pagination: unknown }> {
  const { uid } = spec;
  const { plan } = args;
  const knex = strapi.db.connection;
  const t = tableOf(strapi, uid);
  const c = (attribute: string) => `r.${t.column(attribute)}`;
  const where = (qb: QueryBuilder) => {
    for (const [attribute, op, value] of plan.filters) {
      if (op === '$in') qb.whereIn(c(attribute), value as string[]);
      else qb.where(c(attribute), SQL_OPS[op], spec.filters[attribute] === 'datetime' ? new Date(value as string) : value);
    }
    // the published version only (Strapi's find answers it by default)
    if (t.publishedOnly) qb.whereNotNull(c('publishedAt'));
    args.restrict(qb);
    return qb;
  };

  const { start, limit } = paging.withDefaultPagination(plan.pagination, {
    defaults: { offset: { limit: defaultLimit(strapi) }, page: { pageSize: defaultLimit(strapi) } },
    maxLimit: maxLimit(strapi) || -1,
  }) as { start: number; limit: number };

  const page = where(knex({ r: t.table }).select('r.id'));
  for (const [field, dir] of plan.sort) page.orderBy(c(field), dir);
  // the same order for equal sort values on every request (pages neither overlap nor skip)
  if (!plan.sort.some(([f]) => f === 'id')) page.orderBy('r.id', 'asc');
  if (limit >= 0) page.limit(limit);
  page.offset(start);

  const [ids, total] = await Promise.all([
    page.then((rows: Array<{ id: number }>) => rows.map((r) => Number(r.id))),
    cachedCount(
      strapi,
      uid,
      [plan.filters, args.scopeKey],
      () => where(knex({ r: t.table }).count({ n: '*' })).then((rows: Array<{ n: unknown }>) => Number(rows[0].n)),
      spec.scopeReads,
    ),
  ]);

  const rows = await pageRows(strapi, spec, plan, ids);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const results = ids.flatMap((id) => byId.get(id) ?? []);
  // the meta Strapi's find answers: page/pageCount unless the caller paged by start/limit
  const p = plan.pagination;
  const paged = 'page' in p || 'pageSize' in p || !('start' in p || 'limit' in p);
  const meta = paged
    ? paging.transformPagedPaginationInfo({ start, limit }, total)
    : paging.transformOffsetPaginationInfo({ start, limit }, total);
  return { results, pagination: meta };
}

const defaultLimit = (strapi: Core.Strapi) => Number(strapi.config.get('api.rest.defaultLimit', 25));
const maxLimit = (strapi: Core.Strapi) => Number(strapi.config.get('api.rest.maxLimit')) || null;
