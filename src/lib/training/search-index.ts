/**
 * The indexed part of training search: which published materials match, in what order, and how many.
 *
 * Thai has no spaces between words, so matching is by substring, and the index is of character
 * trigrams on both databases:
 * - SQLite: an FTS5 table with the `trigram` tokenizer (`training_materials_fts`, one row per material
 *   row, rowid = the row's id) kept in sync by triggers on `training_materials`, so every write —
 *   document service, Content Manager (publish, unpublish, delete, locales), raw bulk inserts — updates it.
 * - PostgreSQL: a pg_trgm GIN index on the three columns' text joined (`pgSearchText`, `setup.ts`), one LIKE a term.
 *
 * A trigram index cannot look up a term of one or two characters. Such a term never uses it: with a
 * longer term in the same query it filters the indexed candidates; alone it is a LIKE scan of the
 * published rows of one locale (correct, not indexed).
 *
 * Ranking: materials whose title holds every term first, then those whose title holds some term, then
 * the rest; within a rank, the requested sort, then title and id.
 *
 * Ranking every match costs as much as there are matches (a common term matches most of the library). A
 * page that lies within the first rank is read from the title hits alone: on PostgreSQL by a plain query
 * (the title's trigram index, or a sort index, as the planner finds cheaper); on SQLite, with the default
 * sort, by walking the effective-date index and testing each row's title, which stops after the page: its
 * cost depends on how dense title hits are, not on how many rows there are. The counts it chooses by are
 * kept like the total.
 */
import type { Core } from '@strapi/strapi';
import { MATERIAL_UID, TOPIC_UID, FUND_UID } from './constants';
import { cachedCount } from '../platform/cached-reads';
import type { SearchParams } from './search';
import { knexOf, linkOf, num, tableOf, type Knex, type QueryBuilder } from '../platform/db-meta';

const FTS_TABLE = 'training_materials_fts';
const TRIGGERS = ['ai', 'ad', 'au'].map((suffix) => `${FTS_TABLE}_${suffix}`);
const COLUMNS = ['title', 'summary', 'body'] as const;

/** The index the walk reads, in sort order (database/migrations/…lean-list-indexes.js). */
const EFFECTIVE_DATE_INDEX = 'training_materials_effective_date_idx';
/**
 * Walk when it should read at most this many rows per match the ranked query would sort. Measured on the
 * bench's scale-3 library: the walk tests a row's title in ~2 µs, the ranked query spends ~12 µs a match.
 */
const WALK_ROWS_PER_MATCH = 5;

/** Shortest term the trigram index can look up (in code points, as the tokenizer counts; Thai marks count). */
const MIN_INDEXED_LENGTH = 3;

export const isIndexable = (term: string): boolean => [...term].length >= MIN_INDEXED_LENGTH;

/**
 * PostgreSQL: a material's searched text as one lower-cased value (title, summary, body joined by spaces), the
 * expression of the `training_materials_text_trgm` index (setup.ts). A term never holds a space (search.ts
 * splits on white space), so it matches this text exactly when it matches one of the three columns; and one
 * trigram index per term lets the planner start from the rarest term, where three indexes OR-ed per term
 * made it read every row of the locale instead (a two-term query: 57 ms at scale 1).
 */
export function pgSearchText(column: (attribute: string) => string): string {
  return `LOWER(${COLUMNS.map((c) => `COALESCE(CAST(${column(c)} AS TEXT), '')`).join(` || ' ' || `)})`;
}

/** An FTS5 query: every term as a quoted string (quotes doubled), all required. */
export function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/** A LIKE pattern matching `term` anywhere, its wildcards taken literally (escape character `\`). */
export function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * On SQLite: creates the FTS5 trigram table and its triggers when missing, and refills the table when
 * a trigger was missing (a fresh database, or Strapi rebuilt `training_materials` while altering a
 * column, which drops its triggers) or the row counts differ. Idempotent; on PostgreSQL does nothing.
 */
export async function ensureSqliteSearchIndex(strapi: Core.Strapi): Promise<{ rebuilt: boolean } | null> {
  if (strapi.db.dialect.client !== 'sqlite') return null;
  const knex = knexOf(strapi);
  const t = tableOf(strapi, MATERIAL_UID);
  const cols = COLUMNS.map((c) => `"${t.column(c)}"`);
  await knex.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(title, summary, body, tokenize = 'trigram')`);
  const present = (await knex('sqlite_master').where({ type: 'trigger' }).whereIn('name', TRIGGERS).select('name')) as { name: string }[];
  const insertNew = `INSERT INTO ${FTS_TABLE}(rowid, title, summary, body) VALUES (new.id, ${cols.map((c) => `new.${c}`).join(', ')});`;
  const deleteOld = `DELETE FROM ${FTS_TABLE} WHERE rowid = old.id;`;
  let rebuilt = false;
  if (present.length < TRIGGERS.length) {
    await knex.transaction(async (trx) => {
      for (const name of TRIGGERS) await trx.raw(`DROP TRIGGER IF EXISTS ${name}`);
      await trx.raw(`CREATE TRIGGER ${TRIGGERS[0]} AFTER INSERT ON "${t.table}" BEGIN ${insertNew} END`);
      await trx.raw(`CREATE TRIGGER ${TRIGGERS[1]} AFTER DELETE ON "${t.table}" BEGIN ${deleteOld} END`);
      await trx.raw(`CREATE TRIGGER ${TRIGGERS[2]} AFTER UPDATE OF ${cols.join(', ')} ON "${t.table}" BEGIN ${deleteOld} ${insertNew} END`);
      await refill(trx, t.table, cols);
    });
    rebuilt = true;
  } else {
    const [{ n: indexed }] = (await knex(FTS_TABLE).count({ n: '*' })) as { n: number }[];
    const [{ n: rows }] = (await knex(t.table).count({ n: '*' })) as { n: number }[];
    if (num(indexed) !== num(rows)) {
      await knex.transaction((trx) => refill(trx, t.table, cols));
      rebuilt = true;
    }
  }
  return { rebuilt };
}

async function refill(trx: Knex, table: string, cols: string[]) {
  await trx.raw(`DELETE FROM ${FTS_TABLE}`);
  await trx.raw(`INSERT INTO ${FTS_TABLE}(rowid, title, summary, body) SELECT id, ${cols.join(', ')} FROM "${table}"`);
}

const SORT_COLUMNS: Record<SearchParams['sort'], [string, 'asc' | 'desc']> = {
  'effectiveDate:desc': ['effectiveDate', 'desc'],
  'effectiveDate:asc': ['effectiveDate', 'asc'],
  'title:asc': ['title', 'asc'],
  'title:desc': ['title', 'desc'],
};

/**
 * One page of matching published material rows (ids in rank order) and the total, for one locale.
 * `publicOnly` for callers without login.
 */
export async function searchPage(
  strapi: Core.Strapi,
  params: SearchParams,
  { locale, publicOnly }: { locale: string; publicOnly: boolean },
): Promise<{ ids: number[]; total: number }> {
  const knex = knexOf(strapi);
  const t = tableOf(strapi, MATERIAL_UID);
  const col = (attribute: string) => `m.${t.column(attribute)}`;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const lower = (attribute: string) => (sqlite ? `LOWER(${col(attribute)})` : `LOWER(CAST(${col(attribute)} AS VARCHAR))`);
  const contains = (attribute: string) => `${lower(attribute)} LIKE ? ESCAPE '\\'`;

  const indexed = sqlite ? params.terms.filter(isIndexable) : [];
  const scanned = sqlite ? params.terms.filter((term) => !isIndexable(term)) : params.terms;

  // what every row must be apart from its terms; the walk tests the terms on the title alone
  const filters = (q: QueryBuilder) => {
    q.whereNotNull(col('publishedAt')).andWhere(col('locale'), locale);
    if (params.kind) q.andWhere(col('kind'), params.kind);
    if (publicOnly) q.andWhere(col('isPublic'), true);
    if (params.topic) q.whereExists(related(strapi, knex, 'topics', TOPIC_UID, params.topic));
    if (params.fund) q.whereExists(related(strapi, knex, 'fund', FUND_UID, params.fund));
    return q;
  };
  const where = (q: QueryBuilder) => {
    filters(q);
    if (indexed.length) {
      q.whereRaw(`m.id IN (SELECT rowid FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?)`, [ftsQuery(indexed)]);
    }
    for (const term of scanned) {
      if (!sqlite) {
        q.whereRaw(`${pgSearchText(col)} LIKE ? ESCAPE '\\'`, [likePattern(term)]);
        continue;
      }
      q.andWhere((or) => {
        for (const attribute of COLUMNS) or.orWhereRaw(contains(attribute), [likePattern(term)]);
      });
    }
    return q;
  };
  const titleHoldsAll = (q: QueryBuilder) => {
    for (const term of params.terms) q.whereRaw(contains('title'), [likePattern(term)]);
    return q;
  };

  // the total of a common term costs as much as its page: kept like the lists' counts (cached-reads.ts)
  const { terms, kind, topic, fund } = params;
  const countKey = { terms, kind, topic, fund, locale, publicOnly };
  const total = await cachedCount(
    strapi,
    MATERIAL_UID,
    ['search', countKey],
    async () => num(((await where(knex(`${t.table} as m`).count({ n: '*' }))) as unknown as { n: number | string }[])[0].n),
    [TOPIC_UID, FUND_UID],
  );
  if (!total) return { ids: [], total };

  const [sortAttribute, direction] = SORT_COLUMNS[params.sort];
  // within a rank (or the one rank walked): the requested sort, then title and id; then the page
  const pageOf = async (q: QueryBuilder) => {
    const rows = (await q
      .orderBy(col(sortAttribute), direction)
      .orderBy(col('title'), 'asc')
      .orderBy('m.id', 'asc')
      .offset((params.page - 1) * params.pageSize)
      .limit(params.pageSize)) as { id: number }[];
    return { ids: rows.map((r) => r.id), total };
  };
  const end = params.page * params.pageSize;
  // A page within the first rank needs only the rows whose title holds every term, in the requested sort:
  // on PostgreSQL a plain query the planner reads from the title's trigram index (or walks a sort index);
  // on SQLite, with the default sort, a walk of the effective-date index when it should read few rows.
  const walkable = sqlite && sortAttribute === 'effectiveDate' && (await hasIndex(knex, EFFECTIVE_DATE_INDEX));
  if (params.terms.length && end <= total && (walkable || !sqlite)) {
    const titled = await cachedCount(
      strapi,
      MATERIAL_UID,
      ['search-titled', countKey],
      async () => num(((await titleHoldsAll(where(knex(`${t.table} as m`).count({ n: '*' })))) as unknown as { n: number }[])[0].n),
      [TOPIC_UID, FUND_UID],
    );
    // A title holding every term is a match (the terms' FTS match and LIKEs look at the title too; SQLite's
    // LOWER folds ASCII only, which the index's folding covers), so the terms' own conditions are not needed.
    if (end <= titled && !sqlite) return pageOf(titleHoldsAll(filters(knex(`${t.table} as m`).select('m.id'))));
    if (end <= titled) {
      const rows = await cachedCount(strapi, MATERIAL_UID, ['rows'], async () =>
        num(((await knex(t.table).count({ n: '*' })) as unknown as { n: number }[])[0].n),
      );
      // rows walked until the page is full ≈ end ÷ (title hits per row)
      if (end * rows <= WALK_ROWS_PER_MATCH * total * titled) {
        return pageOf(titleHoldsAll(filters(knex.from(knex.raw(`?? as m indexed by ??`, [t.table, EFFECTIVE_DATE_INDEX])).select('m.id'))));
      }
    }
  }

  const all = params.terms.map(() => contains('title')).join(' AND ');
  const some = params.terms.map(() => contains('title')).join(' OR ');
  const patterns = params.terms.map(likePattern);
  const q = where(knex(`${t.table} as m`).select('m.id'));
  if (params.terms.length) {
    q.orderByRaw(`CASE WHEN ${all} THEN 0 WHEN ${some} THEN 1 ELSE 2 END`, [...patterns, ...patterns]);
  }
  return pageOf(q);
}

/** Whether SQLite has the index (it is created after the schema sync, and `indexed by` fails without it). */
async function hasIndex(knex: Knex, name: string): Promise<boolean> {
  const known = knownIndexes.get(knex) ?? knownIndexes.set(knex, new Set()).get(knex)!;
  if (known.has(name)) return true;
  const found = await knex('sqlite_master').where({ type: 'index', name }).first('name');
  if (found) known.add(name);
  return Boolean(found);
}
/** Per database (a test process opens several); only a found index is remembered. */
const knownIndexes = new WeakMap<Knex, Set<string>>();

/** EXISTS (a link from material row m to a `targetUid` row with this slug). */
function related(strapi: Core.Strapi, knex: Knex, attribute: string, targetUid: string, slug: string) {
  const link = linkOf(strapi, MATERIAL_UID, attribute);
  const target = tableOf(strapi, targetUid);
  return knex
    .select(1)
    .from(`${link.table} as l`)
    .join(`${target.table} as r`, 'r.id', `l.${link.targetColumn}`)
    .whereRaw(`l.${link.ownerColumn} = m.id`)
    .andWhere(`r.${target.column('slug')}`, slug);
}
