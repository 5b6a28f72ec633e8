import type { Core } from '@strapi/strapi';
import { pagination as paging } from '@strapi/utils';
import type { Scope } from '../platform/actor';
import { cachedCount, cachedRead } from '../platform/cached-reads';
import { compile, parameter, run, type Compiled } from '../platform/compiled-sql';
import { linkOf, tableOf, type LinkInfo, type QueryBuilder } from '../platform/db-meta';
import { shownAttributes } from '../platform/lean-list';
import { rowsById } from '../platform/lean-rows';
import { firstMerged } from '../platform/sqlite-reads';
import { COMPLAINT_UID as UID, CATEGORY_UID, TEAM_UID } from './model';
import type { PROVINCE_UID } from '../platform/model';

/**
 * The complaint list people use all day (officers' and response teams'), served from the query layer:
 * the page's ids by one hand-written statement over indexed columns (relation filters as sub-queries on
 * the link tables, no join-and-DISTINCT: see `probeRelations`), the count of the same filter cached, then
 * those rows with the shown columns and relations by primary key (lean-rows.ts: two statements).
 * Only the common shape of the query takes this path; anything else (free text, overdue, custom
 * populate, fields or filters, other sorts) goes through Strapi's find as before. The controller
 * validates and sanitises the query and the output the same way on both paths.
 */

/** The list's own parameters (src/api/complaint/validation.ts `listParams`), already validated. */
interface ListFilter {
  status?: string[];
  urgency?: string[];
  province?: string[];
  category?: string[];
  team?: string[];
  overdue?: boolean;
  q?: string;
}

/** Sorts served here: each has an index (database/migrations/…performance-indexes.js). */
const LEAN_SORTS = ['resolveDueAt', 'acknowledgeDueAt', 'receivedAt', 'ticketNumber', 'id'] as const;
type LeanSort = (typeof LEAN_SORTS)[number];

interface LeanPlan {
  sort: Array<[LeanSort, 'asc' | 'desc']>;
  /** Strapi's pagination query parameter as sent (page/pageSize or start/limit) */
  pagination: Record<string, unknown>;
}

/** The query parameters the lean path understands; any other makes it Strapi's. */
const QUERY_KEYS = new Set(['sort', 'pagination', 'populate']);
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit']);

function parseSort(sort: unknown): LeanPlan['sort'] | null {
  if (sort === undefined) return [];
  const parts = (Array.isArray(sort) ? sort : [sort]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [null]));
  const out: LeanPlan['sort'] = [];
  for (const part of parts) {
    if (part === null) return null;
    const [field, dir = 'asc', ...rest] = part.trim().split(':');
    const d = dir.toLowerCase();
    if (rest.length || !(LEAN_SORTS as readonly string[]).includes(field) || (d !== 'asc' && d !== 'desc')) return null;
    out.push([field as LeanSort, d]);
  }
  return out;
}

/**
 * Whether a list request can take the lean path, and how: `query` is the caller's query without the
 * list's own parameters (before any default populate). Pure; null means "Strapi's find".
 */
export function leanPlan(query: Record<string, unknown>, filter: ListFilter): LeanPlan | null {
  if (filter.q !== undefined || filter.overdue !== undefined) return null;
  if (Object.keys(query).some((k) => !QUERY_KEYS.has(k))) return null;
  if (query.populate !== undefined && JSON.stringify(query.populate) !== JSON.stringify(COMPLAINT_POPULATE)) return null;
  const p = query.pagination ?? {};
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return null;
  if (Object.keys(p).some((k) => !PAGINATION_KEYS.has(k))) return null;
  const sort = parseSort(query.sort);
  return sort ? { sort, pagination: p as Record<string, unknown> } : null;
}

/** Team ids of a response team member's scope, [] for everything; null for a scope not understood here. */
export function scopeTeams(scope: Scope): number[] | 'all' | null {
  if (scope === null) return null;
  const keys = Object.keys(scope);
  if (!keys.length) return 'all';
  const ids = (scope as { assignedTeam?: { id?: { $in?: unknown } } }).assignedTeam?.id?.$in;
  if (keys.length === 1 && Array.isArray(ids) && ids.every((i) => Number.isInteger(i))) return ids as number[];
  return null;
}

/** The relations a complaint list or page shows unless the caller asks for others (the routes' default populate). */
export const COMPLAINT_POPULATE = {
  category: { fields: ['code', 'nameTh', 'nameEn'] },
  province: { fields: ['code', 'nameTh', 'nameEn'] },
  assignedTeam: { fields: ['name', 'kind'] },
  attachments: { fields: ['name', 'url', 'mime', 'size'] },
};

/** The same as lean-rows.ts reads them. */
const LIST_TO_ONE = {
  category: COMPLAINT_POPULATE.category.fields,
  province: COMPLAINT_POPULATE.province.fields,
  assignedTeam: COMPLAINT_POPULATE.assignedTeam.fields,
};
const LIST_MEDIA = { attachments: COMPLAINT_POPULATE.attachments.fields };

/** What an officer sees beyond the list's columns (read in the same query, handed out after sanitising). */
export interface PersonalData {
  trackingCode: unknown;
  consent: unknown;
  consentAt: unknown;
  complainant: Record<string, unknown> | null;
}
/** The complaint's own fields among them (the complainant is a component). */
const PERSONAL_FIELDS = ['trackingCode', 'consent', 'consentAt'] as const satisfies ReadonlyArray<keyof PersonalData>;

/** A row as the query layer returns it (what Strapi's find would have, before sanitising). */
type Row = Record<string, unknown> & { id: number; documentId: string };

interface LeanPage {
  results: Row[];
  pagination: unknown;
  /** by documentId, only when asked for */
  personal: Map<string, PersonalData>;
}

/**
 * One page of complaints for a lean plan, or null when the scope is not one this path understands.
 * `personal`: also read the complainant and consent (officers).
 */
export async function leanComplaintPage(
  strapi: Core.Strapi,
  args: { scope: Scope; filter: ListFilter; plan: LeanPlan; personal: boolean },
): Promise<LeanPage | null> {
  const teams = scopeTeams(args.scope);
  if (teams === null) return null;
  const knex = strapi.db.connection;
  const t = tableOf(strapi, UID);
  const c = (attribute: string) => `c.${t.column(attribute)}`;
  const { filter } = args;

  /** the relation filters of this request: [attribute, target type, target column, values] */
  const wanted: Array<[string, string, string, Array<string | number>]> = [];
  if (filter.province) wanted.push(['province', 'api::province.province' satisfies typeof PROVINCE_UID, 'code', filter.province]);
  if (filter.category) wanted.push(['category', CATEGORY_UID, 'code', filter.category]);
  if (filter.team) wanted.push(['assignedTeam', TEAM_UID, 'documentId', filter.team]);
  if (teams !== 'all') wanted.push(['assignedTeam', TEAM_UID, 'id', teams.length ? teams : [-1]]);
  const relations: RelationFilter[] = await Promise.all(
    wanted.map(async ([attribute, targetUid, column, values]) => {
      const target = tableOf(strapi, targetUid);
      const byColumn = () => knex(target.table).select('id').whereIn(target.column(column), values);
      return {
        key: [attribute, column, values],
        link: linkOf(strapi, UID, attribute),
        // Province and category codes are reference data: their ids are kept like the intake's reference rows,
        // so that a link row tested row by row is compared with a list of ids, not with a sub-query per row
        // (PostgreSQL scanned the provinces once for every complaint it tested).
        targets:
          column === 'id'
            ? values
            : column === 'code'
              ? await cachedRead(strapi, [targetUid], ['ids-by-code', values], async () =>
                  ((await byColumn()) as Array<{ id: number }>).map((r) => Number(r.id)),
                )
              : byColumn(),
      };
    }),
  );
  const columnFilters: ColumnFilter[] = [];
  if (filter.status) columnFilters.push([c('state'), filter.status]);
  if (filter.urgency) columnFilters.push([c('urgency'), filter.urgency]);
  const columns = (qb: QueryBuilder) => {
    for (const [column, values] of columnFilters) qb.whereIn(column, values);
    return qb;
  };
  const probe = await probeRelations(strapi, t.table, columnFilters, relations);
  /** `targets`: each relation filter's target ids (parameter markers when compiling, see `unionStatement`) */
  const related = (qb: QueryBuilder, targetsOf: Array<RelationFilter['targets']> = relations.map((r) => r.targets)) => {
    for (const [i, { link }] of relations.entries()) {
      const targets = targetsOf[i];
      if (probe) {
        const exists = knex({ l: link.table })
          .select(knex.raw('1'))
          .whereRaw('?? = ??', [`l.${link.ownerColumn}`, 'c.id'])
          .whereIn(`l.${link.targetColumn}`, targets);
        // PostgreSQL flattens an EXISTS into the same semi-join as the IN form; OFFSET 0 keeps it a test per
        // row (knex leaves out a numeric offset of 0, and types `offset` as a number)
        if (strapi.db.dialect.client !== 'sqlite') exists.offset(knex.raw('0') as unknown as number);
        qb.whereExists(exists);
      } else {
        qb.whereIn('c.id', knex(link.table).select(link.ownerColumn).whereIn(link.targetColumn, targets));
      }
    }
    return qb;
  };

  const where = (qb: QueryBuilder) => related(columns(qb));

  const { start, limit } = paging.withDefaultPagination(args.plan.pagination, {
    defaults: { offset: { limit: defaultLimit(strapi) }, page: { pageSize: defaultLimit(strapi) } },
    maxLimit: maxLimit(strapi) || -1,
  }) as { start: number; limit: number };

  const pairs = indexRanges(filter, args.plan.sort, start, limit, strapi.db.dialect.client !== 'sqlite' || !relations.length || probe);
  // walks are taken only for a page sorted by the deadline alone (`indexRanges`)
  const dir = args.plan.sort[0]?.[1] ?? 'asc';
  /** One (state, urgency) pair's walk of the deadline index, in the page's order (ties by id). */
  const walkOf = (state: string, urgency: string, targetsOf?: Array<RelationFilter['targets']>) =>
    related(knex({ c: t.table }).select('c.id', { k: c('resolveDueAt') }), targetsOf)
      .where(c('state'), state)
      .andWhere(c('urgency'), urgency)
      .orderBy(c('resolveDueAt'), dir)
      .orderBy('c.id', 'asc');
  /** SQLite: the walks through cursors, each read only as far as the page takes from it (null: not here) */
  let walked = async (): Promise<number[] | null> => null;
  if (pairs && strapi.db.dialect.client === 'sqlite' && relations.every((r) => Array.isArray(r.targets))) {
    const walk = compile(strapi, walkOf(parameter(0), parameter(1)), 'complaint-walk', 2);
    const runs = pairs.map(([state, urgency]) => {
      const values = walk.bindings.slice();
      [values[walk.at[0]], values[walk.at[1]]] = [state, urgency];
      return values;
    });
    walked = async () => {
      const rows = await firstMerged(strapi, walk.sql, runs, walkOrder(dir, true), start + limit);
      return rows && rows.slice(start).map((r) => Number(r.id));
    };
  }

  /** The page's ids by one statement: the walks' union, or one ordered read. */
  const inOneStatement = async (): Promise<number[]> => {
    let page: QueryBuilder;
    let cut = (rows: Array<{ id: number; k?: unknown }>) => rows;
    if (pairs) {
      // one ordered walk of the (state, urgency, resolve_due_at, id) index per pair, each stopping at the page's
      // end, then the page cut from their union: no sort of every matching row (see `indexRanges`)
      // SQLite ran the union under an outer ORDER BY as a merge of co-routines, several times slower than
      // the walks one after another (the bench's first filter: 6 ms against 1.2 ms), so the page is cut here
      const inProcess = pairs.length * (start + limit) <= MAX_CUT_IN_PROCESS;
      const unionOf = (walkPairs: Array<[string, string]>, targetsOf?: (walk: number) => Array<RelationFilter['targets']>) => {
        const walks = walkPairs.map(([state, urgency], i) =>
          knex.select('*').from(
            walkOf(state, urgency, targetsOf?.(i))
              .limit(start + limit)
              .as(`w${i}`),
          ),
        );
        const union = walks[0].unionAll(walks.slice(1), false);
        return inProcess ? union : union.orderBy('k', dir).orderBy('id', 'asc').limit(limit).offset(start);
      };
      if (inProcess) {
        const sqlite = strapi.db.dialect.client === 'sqlite';
        cut = (rows) => cutPage(rows, dir, sqlite, start, limit);
      }
      const named = unionStatement(strapi, pairs, relations, [dir, start, limit, probe], unionOf);
      if (named)
        return run(strapi, named.statement, named.values).then((rows) =>
          cut(rows as Array<{ id: number; k?: unknown }>).map((r) => Number(r.id)),
        );
      page = unionOf(pairs);
    } else {
      page = where(knex({ c: t.table }).select('c.id'));
      for (const [field, dir] of args.plan.sort) page.orderBy(c(field), dir);
      // the same order for equal sort values on every request (pages neither overlap nor skip)
      if (!args.plan.sort.some(([f]) => f === 'id')) page.orderBy('c.id', 'asc');
      if (limit >= 0) page.limit(limit);
      page.offset(start);
    }
    return page.then((rows: Array<{ id: number; k?: unknown }>) => cut(rows).map((r) => Number(r.id)));
  };

  const [ids, total] = await Promise.all([
    walked().then((fromCursors) => fromCursors ?? inOneStatement()),
    cachedCount(strapi, UID, [filter, teams], () =>
      where(knex({ c: t.table }).count({ n: '*' })).then((rows: Array<{ n: unknown }>) => Number(rows[0].n)),
    ),
  ]);

  const shown = shownAttributes(strapi, UID);
  // the complainant's data read with the row but kept beside it, never on what is sanitised and handed out
  const beside = new Map<number, Record<string, unknown>>();
  const rows = (await rowsById(
    strapi,
    UID,
    ids,
    {
      fields: args.personal ? [...shown, ...PERSONAL_FIELDS] : shown,
      toOne: LIST_TO_ONE,
      media: LIST_MEDIA,
      components: args.personal ? ['complainant'] : [],
      aside: args.personal ? [...PERSONAL_FIELDS, 'complainant'] : [],
    },
    beside,
  )) as Row[];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const personal = new Map<string, PersonalData>();
  const results: Row[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const p = beside.get(id);
    if (args.personal && p) {
      personal.set(String(row.documentId), {
        trackingCode: p.trackingCode,
        consent: p.consent,
        consentAt: p.consentAt,
        complainant: (p.complainant as Record<string, unknown> | null) ?? null,
      });
    }
    results.push(row);
  }
  // the meta Strapi's find answers: page/pageCount unless the caller paged by start/limit
  const p = args.plan.pagination;
  const paged = 'page' in p || 'pageSize' in p || !('start' in p || 'limit' in p);
  const meta = paged
    ? paging.transformPagedPaginationInfo({ start, limit }, total)
    : paging.transformOffsetPaginationInfo({ start, limit }, total);
  return { results, pagination: meta, personal };
}

/** The union statements compiled so far, by shape (per instance; at most `MAX_UNION_SHAPES`). */
const unionStatements = new WeakMap<Core.Strapi, Map<string, Compiled>>();
const MAX_UNION_SHAPES = 256;

/**
 * PostgreSQL: the walks' union as a named statement (compiled-sql.ts), with its values, or null (SQLite, a
 * relation filter given as a sub-query, or too many shapes kept already). PostgreSQL planned the union
 * afresh on every request (0.2–0.8 ms for two to eight walks, more than some walks took); named, it is
 * planned once per connection and shape. A shape is the number of walks, the relation filters' tables and
 * list lengths and how they are tested, the order and the page; every value a walk tests is a parameter of its own.
 */
function unionStatement(
  strapi: Core.Strapi,
  pairs: Array<[string, string]>,
  relations: RelationFilter[],
  page: [dir: string, start: number, limit: number, probe: boolean],
  unionOf: (pairs: Array<[string, string]>, targetsOf: (walk: number) => Array<RelationFilter['targets']>) => QueryBuilder,
): { statement: Compiled; values: unknown[] } | null {
  if (strapi.db.dialect.client !== 'postgres' || !relations.every((r) => Array.isArray(r.targets))) return null;
  const lists = relations.map((r) => r.targets as Array<string | number>);
  // per walk: its state, its urgency, then each relation filter's ids
  const perWalk = 2 + lists.reduce((n, l) => n + l.length, 0);
  const values = pairs.flatMap((pair) => [...pair, ...lists.flat()]);
  let kept = unionStatements.get(strapi);
  if (!kept) unionStatements.set(strapi, (kept = new Map()));
  const key = JSON.stringify([pairs.length, relations.map((r) => [r.link.table, r.link.targetColumn]), lists.map((l) => l.length), page]);
  let statement = kept.get(key);
  if (!statement) {
    if (kept.size >= MAX_UNION_SHAPES) return null;
    const marked = pairs.map((_, w): [string, string] => [parameter(w * perWalk), parameter(w * perWalk + 1)]);
    const targetsOf = (w: number) => {
      let next = w * perWalk + 2;
      return lists.map((l) => l.map(() => parameter(next++)));
    };
    statement = compile(strapi, unionOf(marked, targetsOf), `complaint-walks-${pairs.length}`, values.length);
    kept.set(key, statement);
  }
  return { statement, values };
}

/** A status or urgency filter: the complaint column (aliased `c.`) and the values it accepts. */
type ColumnFilter = [string, string[]];

/** A relation filter resolved once: its link table and the target ids it accepts (a list or a sub-query). */
interface RelationFilter {
  /** what the filter asks for, as the cached counts' key */
  key: unknown[];
  link: LinkInfo;
  targets: Array<string | number> | QueryBuilder;
}

const defaultLimit = (strapi: Core.Strapi) => Number(strapi.config.get('api.rest.defaultLimit', 25));
const maxLimit = (strapi: Core.Strapi) => Number(strapi.config.get('api.rest.maxLimit')) || null;

/** Walks returning at most this many rows in all are ordered and cut here rather than by the database. */
const MAX_CUT_IN_PROCESS = 2000;

/** A deadline as each database orders it: SQLite puts NULL below numbers and numbers below text, PostgreSQL NULL last. */
function deadlineRank(value: unknown, sqlite: boolean): [number, number | string] {
  if (value === null || value === undefined) return [sqlite ? 0 : 3, 0];
  if (value instanceof Date) return [1, value.getTime()];
  if (typeof value === 'number' || typeof value === 'bigint') return [1, Number(value)];
  // PostgreSQL hands a timestamp back as a Date; text is only SQLite's (stored as written)
  return sqlite ? [2, String(value)] : [1, new Date(String(value)).getTime()];
}

/**
 * The page cut from the walks' union as `ORDER BY k <dir>, id ASC LIMIT limit OFFSET start` would cut it on
 * the same database. Pure.
 */
export function cutPage<T extends { id: number; k?: unknown }>(
  rows: T[],
  dir: 'asc' | 'desc',
  sqlite: boolean,
  start: number,
  limit: number,
): T[] {
  const order = rankedOrder(dir);
  const keyed = rows.map((row) => ({ row, rank: deadlineRank(row.k, sqlite), id: Number(row.id) }));
  return keyed
    .sort(order)
    .slice(start, limit < 0 ? undefined : start + limit)
    .map((k) => k.row);
}

interface Ranked {
  rank: [number, number | string];
  id: number;
}

/** `ORDER BY k <dir>, id ASC` over rows whose deadlines are ranked already. */
function rankedOrder(dir: 'asc' | 'desc'): (a: Ranked, b: Ranked) => number {
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => {
    if (a.rank[0] !== b.rank[0]) return sign * (a.rank[0] - b.rank[0]);
    if (a.rank[1] !== b.rank[1]) return sign * (a.rank[1] < b.rank[1] ? -1 : 1);
    return a.id - b.id;
  };
}

/** `ORDER BY k <dir>, id ASC` on the database at hand, as a comparison of two walked rows. Pure. */
function walkOrder(dir: 'asc' | 'desc', sqlite: boolean): (a: { id: unknown; k?: unknown }, b: { id: unknown; k?: unknown }) => number {
  const order = rankedOrder(dir);
  return (a, b) => order({ rank: deadlineRank(a.k, sqlite), id: Number(a.id) }, { rank: deadlineRank(b.k, sqlite), id: Number(b.id) });
}

/** At most this many (state, urgency) walks, and pages ending no further than this, take `indexRanges`. */
const MAX_WALKS = 24;
const MAX_REACH = 1000;

/**
 * The (state, urgency) pairs whose ordered index walks answer a page sorted by the resolution deadline, or
 * null for one statement. With several states and urgencies, neither database reads the
 * (state, urgency, resolve_due_at) index in deadline order across them: each read every matching row and
 * sorted them all for 25 (SQLite at 100,000 complaints: 0.6–4.5 ms a page, growing with the data). Walking
 * each pair in order and stopping at the page's end reads about a page per pair (0.2–1.4 ms). The pairs
 * partition the rows and each walk keeps the page's order (ties by id), so their union's first rows are
 * the page. `walkable`: the relation filters are tested row by row (on SQLite, when they list more
 * complaints than the columns match; a short list is read first instead, once, by the single statement).
 */
export function indexRanges(
  filter: Pick<ListFilter, 'status' | 'urgency'>,
  sort: LeanPlan['sort'],
  start: number,
  limit: number,
  walkable: boolean,
): Array<[string, string]> | null {
  const { status, urgency } = filter;
  if (!walkable || !status?.length || !urgency?.length) return null;
  if (sort.length !== 1 || sort[0][0] !== 'resolveDueAt') return null;
  if (status.length * urgency.length > MAX_WALKS || limit < 0 || start + limit > MAX_REACH) return null;
  const pairs = [...new Set(status)].flatMap((s) => [...new Set(urgency)].map((u): [string, string] => [s, u]));
  // one pair is one walk already
  return pairs.length > 1 ? pairs : null;
}

/**
 * Whether the relation filters are better tested row by row (`EXISTS` on the link's (owner, target)
 * index, with the status/urgency index choosing the rows) than taken first (`c.id IN (link rows)`).
 * SQLite takes the `IN` list first whatever its size and reads every listed complaint row (wide: the
 * description) to test status and sort: at 300,000 complaints, three large provinces with open statuses
 * cost 0.15 s a page that way and 0.03 s row by row, while one small province costs 0.01 s taken first
 * and 0.1 s row by row. So: row by row only with a status or urgency filter, and only when each relation
 * lists more complaints than the status/urgency filter matches, both counted by the indexes (cached with
 * the list's counts). PostgreSQL plans both forms as one hash semi-join, hashing every link row of the
 * listed provinces (~20,000 for the three largest at scale 1, ~10 ms a walk; its estimate, through the
 * province codes, was a fifth of that): row by row, a walk stops after its page (~1 ms).
 */
async function probeRelations(strapi: Core.Strapi, table: string, columns: ColumnFilter[], relations: RelationFilter[]): Promise<boolean> {
  if (!columns.length || !relations.length) return false;
  const knex = strapi.db.connection;
  const n = (rows: Array<{ n?: unknown }>) => Number(rows[0].n);
  const byColumns = await cachedCount(strapi, UID, ['list:columns', columns], () => {
    const qb = knex({ c: table }).count({ n: '*' });
    for (const [column, values] of columns) qb.whereIn(column, values);
    return qb.then(n);
  });
  for (const { key, link, targets } of relations) {
    const listed = await cachedCount(strapi, UID, ['list:linked', key], () =>
      knex(link.table).whereIn(link.targetColumn, targets).count({ n: '*' }).then(n),
    );
    if (listed <= byColumns) return false;
  }
  return true;
}
