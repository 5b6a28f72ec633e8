import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import toNumber from 'lodash/toNumber';
import toString from 'lodash/toString';
import { bindingsOf, compile, parameter, run, type Compiled } from './compiled-sql';
import { rowsAsArrays } from './sqlite-reads';

/**
 * A list page's rows by primary key, as Strapi's query layer returns them for
 * `findMany({ where: { id: { $in } }, select, populate })` — the same attributes, values and relation
 * shapes — in few statements: the rows with their to-one relations and single components (left joins
 * through the link tables), then one per to-many relation (in its link table's order) and one per media
 * attribute, each for all the rows. Strapi's query layer sends one
 * statement per relation and runs every row and relation through its generic passes; on the officer's
 * list page that cost more than reading the page's ids. The statements are compiled once per page
 * length and run with the ids (compiled-sql.ts). `tests/unit/lean-rows.test.ts` checks the value
 * conversions against Strapi's own fields, and the lean-list API tests compare whole answers with
 * Strapi's find.
 */
export interface RowsSpec {
  /** the row's own (scalar) attributes, in the answer's order */
  fields: readonly string[];
  /** to-one relations kept in link tables: attribute → the target's fields (after its id and documentId) */
  toOne?: Readonly<Record<string, readonly string[]>>;
  /** to-many relations kept in link tables: attribute → the target's fields (after its id and documentId) */
  toMany?: Readonly<Record<string, readonly string[]>>;
  /** media attributes: attribute → the file's fields (after its id and documentId) */
  media?: Readonly<Record<string, readonly string[]>>;
  /** single (not repeatable) components, read whole */
  components?: readonly string[];
  /** fields and components read with the row but handed over beside it (`rowsById`'s `aside`), not on it */
  aside?: readonly string[];
}

type Row = Record<string, unknown> & { id: number };
type Convert = (value: unknown) => unknown;

/** A datetime column as Strapi's query layer hands it out (@strapi/database DatetimeField.fromDB). */
export function datetime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return isoOf(value);
  const cast = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(cast.getTime()) ? null : isoOf(cast.getTime());
}

const MS_PER_DAY = 86_400_000;
/** 1000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years `toISOString` writes in four digits. */
const FIRST_FOUR_DIGIT = -30_610_224_000_000;
const LAST_FOUR_DIGIT = 253_402_300_799_999;
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()`, written out by arithmetic: V8's took ~0.7 µs a value, and a list page of
 * 25 complaints has ~300 datetimes (~3 % of the officer list's CPU). Days to a civil date as in
 * H. Hinnant's `civil_from_days` (proleptic Gregorian, as ECMAScript dates are). Outside four-digit years,
 * and for what is not a date, V8's own.
 */
function isoOf(ms: number): string | null {
  if (!Number.isInteger(ms) || ms < FIRST_FOUR_DIGIT || ms > LAST_FOUR_DIGIT) {
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${three(millis)}Z`;
}

/** Text as lodash's `toString` makes it, without its checks for what is text already. */
const text = (v: unknown): string => (typeof v === 'string' ? v : toString(v));

function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const parsed = JSON.parse(value);
    // values written twice stringified by early Strapi 5 releases, as Strapi's JSONField reads them
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    return value;
  }
}

/** What Strapi's field of each scalar type does to a non-null value read from the database (`fromDB`). */
const FROM_DB: Record<string, Convert> = {
  increments: (v) => v,
  string: text,
  password: text,
  email: text,
  uid: text,
  richtext: text,
  text: text,
  enumeration: text,
  json,
  blocks: json,
  integer: toNumber,
  float: toNumber,
  decimal: toNumber,
  date: (v) => v,
  time: (v) => v,
  datetime,
  timestamp: (v) => {
    const cast = v instanceof Date ? v : new Date(v as string | number);
    return Number.isNaN(cast.getTime()) ? null : String(cast.getTime());
  },
  boolean: (v) => {
    if (typeof v === 'boolean') return v;
    const s = toString(v);
    return s === '1' ? true : s === '0' ? false : null;
  },
};

/** The value as the query layer hands it out (null stays null, as there). */
export function fromDb(type: string, value: unknown): unknown {
  const convert = FROM_DB[type];
  if (!convert) throw new Error(`lean rows: no conversion for ${type}`);
  return value === null ? null : convert(value);
}

/** The database metadata read here (Strapi types `metadata.get` loosely). */
interface MetaAttribute {
  type: string;
  columnName?: string;
  /** a relation's kind (oneToOne, manyToOne, oneToMany, manyToMany, morph…) */
  relation?: string;
  target?: string;
  morphBy?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    on?: Record<string, string>;
    orderBy?: Record<string, 'asc' | 'desc'>;
    morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
  };
}
export interface Meta {
  tableName: string;
  attributes: Record<string, MetaAttribute>;
}
export const metaOf = (strapi: Core.Strapi, uid: string) => {
  const m = strapi.db.metadata.get(uid) as unknown as Meta | undefined;
  if (!m) throw new Error(`no database metadata for ${uid}`);
  return m;
};

/** One column of the rows statement: where its value goes (null: the row itself) and how it is read. */
interface Column {
  alias: string;
  group: string | null;
  attribute: string;
  convert: Convert;
  /** a field of the row kept aside */
  aside: boolean;
}

interface Plan {
  rows: Compiled;
  columns: Column[];
  /** groups whose absence (null id) makes the relation null; `aside`: kept aside */
  groups: Array<{ name: string; aside: boolean }>;
  /** to-many relations and media: one statement each, rows carrying their owner's id */
  owned: Array<{ attribute: string; statement: Compiled; columns: Column[] }>;
}

/** One attribute kept in a column of its row: the column and how its value is handed out (null stays null). */
export interface StoredAttribute {
  attribute: string;
  column: string;
  convert: Convert;
}

function scalar(meta: Meta, uid: string, attribute: string): StoredAttribute {
  const a = meta.attributes[attribute];
  if (!a || !FROM_DB[a.type]) throw new Error(`lean rows: ${uid}.${attribute} is not a readable column`);
  const convert = FROM_DB[a.type];
  return { attribute, column: a.columnName ?? attribute, convert: (v) => (v === null ? null : convert(v)) };
}

/**
 * Every attribute kept in the row's own columns, as the query layer reads a row whole (`select t0.*`):
 * Strapi's metadata names a column for each scalar attribute and none for relations, components or media.
 * A column type with no conversion here fails when the statement is planned, not when a row is read.
 */
export function storedAttributes(meta: Meta, uid: string): StoredAttribute[] {
  return Object.entries(meta.attributes)
    .filter(([, a]) => a.columnName)
    .map(([attribute]) => scalar(meta, uid, attribute));
}

/** The columns of a to-many relation's or media's statement: the owner's id, then the target's id, documentId and fields. */
function ownedColumns(target: Meta, targetUid: string, attribute: string, fields: readonly string[], table: string, owner: string) {
  const cols: Column[] = [];
  const sel: Record<string, string> = { owner };
  ['id', 'documentId', ...fields].forEach((f, k) => {
    const { column, convert } = scalar(target, targetUid, f);
    sel[`m${k}`] = `${table}.${column}`;
    cols.push({ alias: `m${k}`, group: attribute, attribute: f, convert, aside: false });
  });
  return { sel, cols };
}

function planOf(strapi: Core.Strapi, uid: string, spec: RowsSpec, n: number): Plan {
  const knex = strapi.db.connection;
  const meta = metaOf(strapi, uid);
  const ids = Array.from({ length: n }, (_, i) => parameter(i));
  const columns: Column[] = [];
  const select: Record<string, string> = {};
  const add = (alias: string, table: string, group: string | null, { attribute, column, convert }: StoredAttribute) => {
    select[alias] = `${table}.${column}`;
    columns.push({ alias, group, attribute, convert, aside: group === null && !!spec.aside?.includes(attribute) });
  };
  spec.fields.forEach((f, i) => add(`f${i}`, 'r', null, scalar(meta, uid, f)));
  const q = knex({ r: meta.tableName });
  const groups: Plan['groups'] = [];
  Object.entries(spec.toOne ?? {}).forEach(([attribute, fields], j) => {
    const a = meta.attributes[attribute];
    if (a?.type !== 'relation' || !a.joinTable || !a.target) throw new Error(`lean rows: ${uid}.${attribute} is not a linked relation`);
    const target = metaOf(strapi, a.target);
    q.leftJoin({ [`l${j}`]: a.joinTable.name }, `l${j}.${a.joinTable.joinColumn.name}`, 'r.id');
    q.leftJoin({ [`t${j}`]: target.tableName }, `t${j}.id`, `l${j}.${a.joinTable.inverseJoinColumn.name}`);
    ['id', 'documentId', ...fields].forEach((f, k) => add(`t${j}_${k}`, `t${j}`, attribute, scalar(target, a.target!, f)));
    groups.push({ name: attribute, aside: !!spec.aside?.includes(attribute) });
  });
  (spec.components ?? []).forEach((attribute, j) => {
    const a = meta.attributes[attribute];
    if (!a?.joinTable || !a.target) throw new Error(`lean rows: ${uid}.${attribute} is not a component`);
    const jt = a.joinTable;
    const target = metaOf(strapi, a.target);
    q.leftJoin({ [`k${j}`]: jt.name }, (join: Knex.JoinClause) => {
      join.on(`k${j}.${jt.joinColumn.name}`, '=', 'r.id');
      for (const [column, value] of Object.entries(jt.on ?? {})) join.andOnVal(`k${j}.${column}`, '=', value);
    });
    q.leftJoin({ [`c${j}`]: target.tableName }, `c${j}.id`, `k${j}.${jt.inverseJoinColumn.name}`);
    // the whole component: every attribute stored in its row
    storedAttributes(target, a.target).forEach((stored, k) => add(`c${j}_${k}`, `c${j}`, attribute, stored));
    groups.push({ name: attribute, aside: !!spec.aside?.includes(attribute) });
  });
  q.select(select).whereIn('r.id', ids);

  const toMany = Object.entries(spec.toMany ?? {}).map(([attribute, fields], j) => {
    const a = meta.attributes[attribute];
    if (a?.type !== 'relation' || !a.joinTable || !a.target) throw new Error(`lean rows: ${uid}.${attribute} is not a linked relation`);
    const jt = a.joinTable;
    const target = metaOf(strapi, a.target);
    const { sel, cols } = ownedColumns(target, a.target, attribute, fields, 't', `l.${jt.joinColumn.name}`);
    const mq = knex({ t: target.tableName })
      .join({ l: jt.name }, `l.${jt.inverseJoinColumn.name}`, 't.id')
      .select(sel)
      .whereIn(`l.${jt.joinColumn.name}`, ids);
    // the order the relation keeps in its link table, as Strapi's populate reads it
    for (const [column, direction] of Object.entries(jt.orderBy ?? {})) mq.orderBy(`l.${column}`, direction);
    mq.orderBy('l.id', 'asc');
    return { attribute, statement: compile(strapi, mq, `lean-rows-many-${j}-${n}`, n), columns: cols };
  });

  const media = Object.entries(spec.media ?? {}).map(([attribute, fields], j) => {
    const a = meta.attributes[attribute];
    const fileMeta = a?.target ? metaOf(strapi, a.target) : null;
    const morph = a?.morphBy && fileMeta ? fileMeta.attributes[a.morphBy]?.joinTable : undefined;
    if (!fileMeta || !morph?.morphColumn) throw new Error(`lean rows: ${uid}.${attribute} is not a media attribute`);
    const { sel, cols } = ownedColumns(fileMeta, a.target!, attribute, fields, 'f', `m.${morph.morphColumn.idColumn.name}`);
    const mq = knex({ f: fileMeta.tableName })
      .join({ m: morph.name }, `m.${morph.joinColumn.name}`, 'f.id')
      .select(sel)
      .where(`m.${morph.morphColumn.typeColumn.name}`, uid)
      .andWhere('m.field', attribute)
      .whereIn(`m.${morph.morphColumn.idColumn.name}`, ids)
      // the files' order in the field, as the Media Library keeps it (Strapi orders by the same column)
      .orderBy('m.order', 'asc')
      .orderBy('f.id', 'asc');
    return { attribute, statement: compile(strapi, mq, `lean-rows-media-${j}-${n}`, n), columns: cols };
  });
  return { rows: compile(strapi, q, `lean-rows-${n}`, n), columns, groups, owned: [...toMany, ...media] };
}

const plans = new WeakMap<Core.Strapi, Map<string, Plan>>();

/**
 * The rows of `ids` (any order; absent ids are skipped), shaped as the query layer's findMany shapes them.
 * `aside`: receives, by row id, the values of `spec.aside` (which the rows then do not have).
 */
export async function rowsById(
  strapi: Core.Strapi,
  uid: string,
  ids: readonly number[],
  spec: RowsSpec,
  aside?: Map<number, Record<string, unknown>>,
): Promise<Row[]> {
  if (!ids.length) return [];
  let byKey = plans.get(strapi);
  if (!byKey) plans.set(strapi, (byKey = new Map()));
  const key = JSON.stringify([uid, spec, ids.length]);
  let plan = byKey.get(key);
  if (!plan) byKey.set(key, (plan = planOf(strapi, uid, spec, ids.length)));

  const rowsPlan = plan.rows;
  const [raw, ...owned] = await Promise.all([
    // SQLite: the rows as arrays, in the plan's column order (sqlite-reads.ts)
    rowsAsArrays(strapi, rowsPlan.sql, bindingsOf(rowsPlan, ids)).then(
      (arrays): Promise<Array<unknown[] | Record<string, unknown>>> | unknown[][] => arrays ?? run(strapi, rowsPlan, ids),
    ),
    ...plan.owned.map((m) => run(strapi, m.statement, ids)),
  ]);
  const { columns } = plan;
  const seen = new Set<number>();
  const rows: Row[] = [];
  for (const r of raw as Array<unknown[] | Record<string, unknown>>) {
    const row: Record<string, unknown> = {};
    const beside: Record<string, unknown> = {};
    const related: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const value = c.convert(Array.isArray(r) ? r[i] : r[c.alias]);
      if (c.group === null) (c.aside ? beside : row)[c.attribute] = value;
      else (related[c.group] ??= {})[c.attribute] = value;
    }
    const id = Number(row.id);
    // a link table holds one row per owner of a to-one relation; were there two, the first is kept
    if (seen.has(id)) continue;
    seen.add(id);
    for (const g of plan.groups) {
      const value = related[g.name] && related[g.name].id !== null && related[g.name].id !== undefined ? related[g.name] : null;
      (g.aside ? beside : row)[g.name] = value;
    }
    aside?.set(id, beside);
    rows.push(row as Row);
  }
  plan.owned.forEach((m, i) => {
    const byOwner = new Map<number, Array<Record<string, unknown>>>();
    for (const r of owned[i]) {
      const item: Record<string, unknown> = {};
      for (const c of m.columns) item[c.attribute] = c.convert(r[c.alias]);
      const owner = Number(r.owner);
      if (!byOwner.has(owner)) byOwner.set(owner, []);
      byOwner.get(owner)!.push(item);
    }
    for (const row of rows) row[m.attribute] = byOwner.get(Number(row.id)) ?? [];
  });
  return rows;
}
