/**
 * Dashboard figures that cost nothing to read: open complaints counted by urgency × state and by
 * province, kept up to date by database triggers in the same transaction as every write to a
 * complaint or its province link — document service, Content Manager, `db.query`, raw bulk inserts,
 * purge, incidents, escalation alike — on SQLite and PostgreSQL.
 *
 * Two tables:
 * - `dashboard_complaint_facts`: one row per open complaint (urgency, state, province, and the moment
 *   it breaches: the earlier of its resolve deadline and, while not acknowledged, its acknowledge
 *   deadline), with that moment's day number (UTC days since 1970; a far-future day for "never").
 * - `dashboard_counters`: how many facts per (dimension, key, breach day), and per (dimension, key) over
 *   all days (day -1); the facts' own triggers add and subtract. "Open" is then the all-days rows, and
 *   "past a deadline at `now`" the counters of the days before today plus today's facts whose moment has
 *   passed (an index range over one day). The rows of days still to come (one per key and day: thousands
 *   when deadlines run over months) are never read, so a widget reads a few hundred rows whatever the
 *   number of complaints or how far ahead their deadlines lie.
 *
 * Days before today can be folded into day 0 (the fold job) so the counter rows stay few; sums are
 * unchanged by folding, so figures never depend on whether the job ran.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID, OPEN_STATES } from '../complaints/model';
import { knexOf, linkOf, num, tableOf, type Knex, type QueryBuilder } from '../platform/db-meta';

const FACTS = 'dashboard_complaint_facts';
const COUNTERS = 'dashboard_counters';
const META = 'dashboard_counters_meta';
/** the day of a complaint with no deadline */
const NEVER = 2147483647;
/** the `day` of a key's count over all days */
const ALL_DAYS = -1;
const DAY_MS = 86_400_000;

type Dialect = 'sqlite' | 'postgres';

interface Names {
  complaints: string;
  link: { table: string; owner: string; target: string };
  c: { state: string; urgency: string; resolveDue: string; ackDue: string; ackAt: string };
}

function namesOf(strapi: Core.Strapi): Names {
  const t = tableOf(strapi, COMPLAINT_UID);
  const l = linkOf(strapi, COMPLAINT_UID, 'province');
  return {
    complaints: t.table,
    link: { table: l.table, owner: l.ownerColumn, target: l.targetColumn },
    c: {
      state: t.column('state'),
      urgency: t.column('urgency'),
      resolveDue: t.column('resolveDueAt'),
      ackDue: t.column('acknowledgeDueAt'),
      ackAt: t.column('acknowledgedAt'),
    },
  };
}

const openList = () => OPEN_STATES.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ');

/** SQL: the moment row `r` breaches (null: never). */
function breachOf(n: Names, r: string): string {
  const { resolveDue, ackDue, ackAt } = n.c;
  return `(CASE WHEN ${r}.${ackAt} IS NULL AND ${r}.${ackDue} IS NOT NULL AND (${r}.${resolveDue} IS NULL OR ${r}.${ackDue} < ${r}.${resolveDue}) THEN ${r}.${ackDue} ELSE ${r}.${resolveDue} END)`;
}

/** SQL: the day number of a moment (Strapi keeps datetimes as epoch milliseconds on SQLite). */
function dayOf(dialect: Dialect, moment: string): string {
  return dialect === 'sqlite'
    ? `(CASE WHEN ${moment} IS NULL THEN ${NEVER} WHEN typeof(${moment}) IN ('integer', 'real') THEN CAST(${moment} / ${DAY_MS} AS INTEGER) ELSE CAST(julianday(${moment}) - 2440587.5 AS INTEGER) END)`
    : `(CASE WHEN ${moment} IS NULL THEN ${NEVER} ELSE CAST(floor(extract(epoch FROM ${moment}) / 86400) AS INTEGER) END)`;
}

/** SQL: the fact of complaint row `r` (nothing when it is finished). */
function insertFact(dialect: Dialect, n: Names, r: string): string {
  const breach = breachOf(n, r);
  return `INSERT INTO ${FACTS} (complaint_id, urgency, state, province_id, breach_at, day)
    SELECT ${r}.id, ${r}.${n.c.urgency}, ${r}.${n.c.state},
      (SELECT l.${n.link.target} FROM ${n.link.table} l WHERE l.${n.link.owner} = ${r}.id LIMIT 1),
      ${breach}, ${dayOf(dialect, breach)}
    WHERE ${r}.${n.c.state} IN (${openList()});`;
}

/** SQL: add `sign` to the counters of fact row `f`. */
function count(f: string, sign: 1 | -1): string {
  const us = `${f}.urgency || '|' || ${f}.state`;
  const p = `COALESCE(CAST(${f}.province_id AS VARCHAR(20)), '-')`;
  return `INSERT INTO ${COUNTERS} (dim, ${'"key"'}, day, n) VALUES
      ('us', ${us}, ${f}.day, ${sign}), ('p', ${p}, ${f}.day, ${sign}),
      ('us', ${us}, ${ALL_DAYS}, ${sign}), ('p', ${p}, ${ALL_DAYS}, ${sign})
    ON CONFLICT (dim, ${'"key"'}, day) DO UPDATE SET n = ${COUNTERS}.n + excluded.n;`;
}

/** Every trigger as [name, SQL statements to create it], per dialect. */
function triggerSql(dialect: Dialect, n: Names): { names: string[]; create: string[] } {
  const watched = Object.values(n.c).join(', ');
  const deleteFact = (r: string) => `DELETE FROM ${FACTS} WHERE complaint_id = ${r}.id;`;
  const unlink = (r: string) =>
    `UPDATE ${FACTS} SET province_id = NULL WHERE complaint_id = ${r}.${n.link.owner} AND province_id = ${r}.${n.link.target};`;
  const link = (r: string) => `UPDATE ${FACTS} SET province_id = ${r}.${n.link.target} WHERE complaint_id = ${r}.${n.link.owner};`;
  if (dialect === 'sqlite') {
    const t = (name: string, when: string, body: string) => [
      `dashboard_${name}`,
      `CREATE TRIGGER dashboard_${name} ${when} BEGIN ${body} END`,
    ];
    const all = [
      t('c_ai', `AFTER INSERT ON "${n.complaints}"`, insertFact(dialect, n, 'new')),
      t('c_au', `AFTER UPDATE OF ${watched} ON "${n.complaints}"`, deleteFact('old') + insertFact(dialect, n, 'new')),
      t('c_ad', `AFTER DELETE ON "${n.complaints}"`, deleteFact('old')),
      t('l_ai', `AFTER INSERT ON "${n.link.table}"`, link('new')),
      t('l_au', `AFTER UPDATE OF ${n.link.owner}, ${n.link.target} ON "${n.link.table}"`, unlink('old') + link('new')),
      t('l_ad', `AFTER DELETE ON "${n.link.table}"`, unlink('old')),
      t('f_ai', `AFTER INSERT ON ${FACTS}`, count('new', 1)),
      t('f_au', `AFTER UPDATE ON ${FACTS}`, count('old', -1) + count('new', 1)),
      t('f_ad', `AFTER DELETE ON ${FACTS}`, count('old', -1)),
    ];
    return { names: all.map(([name]) => name), create: all.map(([, sql]) => sql) };
  }
  const fn = (name: string, body: string) =>
    `CREATE OR REPLACE FUNCTION dashboard_${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN ${body} RETURN NULL; END $fn$`;
  const trigger = (name: string, when: string) =>
    `CREATE OR REPLACE TRIGGER dashboard_${name} ${when} FOR EACH ROW EXECUTE FUNCTION dashboard_${name}()`;
  const both = (before: string, after: string) => `IF TG_OP <> 'INSERT' THEN ${before} END IF; IF TG_OP <> 'DELETE' THEN ${after} END IF;`;
  return {
    names: ['dashboard_c', 'dashboard_l', 'dashboard_f'],
    create: [
      fn('c', both(deleteFact('OLD'), insertFact(dialect, n, 'NEW'))),
      trigger('c', `AFTER INSERT OR DELETE OR UPDATE OF ${watched} ON "${n.complaints}"`),
      fn('l', both(unlink('OLD'), link('NEW'))),
      trigger('l', `AFTER INSERT OR DELETE OR UPDATE OF ${n.link.owner}, ${n.link.target} ON "${n.link.table}"`),
      fn('f', both(count('OLD', -1), count('NEW', 1))),
      // At commit, not at each fact's write: a counter row is shared by every complaint of its key, and its row
      // lock, taken by the upsert, is held to the end of the transaction. Taken at the intake's insert, it made
      // concurrent intakes of one urgency wait for each other's remaining statements (~70 % of their time at
      // 10 connections); taken at commit, only for the commit. (OR REPLACE does not apply to constraint triggers.)
      `DROP TRIGGER IF EXISTS dashboard_f ON ${FACTS}`,
      `CREATE CONSTRAINT TRIGGER dashboard_f AFTER INSERT OR DELETE OR UPDATE ON ${FACTS} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_f()`,
    ],
  };
}

async function ensureTables(knex: Knex) {
  if (!(await knex.schema.hasTable(FACTS))) {
    await knex.schema.createTable(FACTS, (t) => {
      t.integer('complaint_id').primary();
      t.string('urgency', 32);
      t.string('state', 32);
      t.integer('province_id').nullable();
      t.datetime('breach_at', { useTz: false, precision: 6 }).nullable();
      t.integer('day').notNullable();
      t.index(['day', 'breach_at'], `${FACTS}_day_breach`);
    });
  }
  if (!(await knex.schema.hasTable(COUNTERS))) {
    await knex.schema.createTable(COUNTERS, (t) => {
      t.string('dim', 4).notNullable();
      t.string('key', 80).notNullable();
      t.integer('day').notNullable();
      t.integer('n').notNullable();
      t.primary(['dim', 'key', 'day']);
    });
  }
  // the widgets read the all-days rows and the past days' rows: a range below today
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${COUNTERS}_day ON ${COUNTERS} (day)`);
  if (!(await knex.schema.hasTable(META))) {
    await knex.schema.createTable(META, (t) => {
      t.string('name', 40).primary();
      t.string('value', 200);
    });
  }
}

async function presentTriggers(knex: Knex, dialect: Dialect, names: string[]): Promise<number> {
  const rows = (
    dialect === 'sqlite'
      ? await knex('sqlite_master').where({ type: 'trigger' }).whereIn('name', names).select('name')
      : await knex('pg_trigger').whereIn('tgname', names).select({ name: 'tgname' })
  ) as { name: string }[];
  return new Set(rows.map((r) => r.name)).size;
}

/** Open complaints in the complaints table, and facts held: equal when the counters are whole. */
async function inStep(knex: Knex, n: Names): Promise<boolean> {
  const [{ c }] = (await knex(n.complaints).whereIn(n.c.state, OPEN_STATES).count({ c: '*' })) as { c: number | string }[];
  const [{ f }] = (await knex(FACTS).count({ f: '*' })) as { f: number | string }[];
  return num(c) === num(f);
}

/** Refills facts (and through their triggers, counters) from the complaints. */
async function rebuild(trx: Knex, dialect: Dialect, n: Names) {
  // the facts' deletions must reach the counters before the counters are emptied, not at commit after them
  if (dialect === 'postgres') await trx.raw('SET CONSTRAINTS dashboard_f IMMEDIATE');
  await trx(FACTS).delete();
  await trx(COUNTERS).delete();
  const breach = breachOf(n, 'c');
  await trx.raw(
    `INSERT INTO ${FACTS} (complaint_id, urgency, state, province_id, breach_at, day)
     SELECT c.id, c.${n.c.urgency}, c.${n.c.state},
       (SELECT l.${n.link.target} FROM ${n.link.table} l WHERE l.${n.link.owner} = c.id LIMIT 1),
       ${breach}, ${dayOf(dialect, breach)}
     FROM "${n.complaints}" c WHERE c.${n.c.state} IN (${openList()})`,
  );
}

/**
 * Start-up (idempotent, after Strapi's schema sync): creates the tables, (re)creates the triggers when
 * one is missing (a fresh database, or SQLite rebuilt the complaints table while altering a column,
 * which drops its triggers) or their definition changed, and refills the facts when they are not in
 * step with the complaints. On PostgreSQL under an advisory lock, so instances starting together do it once.
 */
export async function ensureDashboardCounters(strapi: Core.Strapi): Promise<{ rebuilt: boolean }> {
  const dialect: Dialect = strapi.db.dialect.client === 'sqlite' ? 'sqlite' : 'postgres';
  const knex = knexOf(strapi);
  const n = namesOf(strapi);
  const sql = triggerSql(dialect, n);
  const signature = createHash('sha256').update(sql.create.join('\n')).digest('hex').slice(0, 16);
  await ensureTables(knex);
  return knex.transaction(async (trx) => {
    if (dialect === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [COUNTERS]);
    const stored = (await trx(META).where({ name: 'signature' }).first()) as { value: string } | undefined;
    const current = stored?.value === signature && (await presentTriggers(trx, dialect, sql.names)) === sql.names.length;
    if (!current) {
      if (dialect === 'sqlite') for (const name of sql.names) await trx.raw(`DROP TRIGGER IF EXISTS ${name}`);
      for (const statement of sql.create) await trx.raw(statement);
      await trx(META).insert({ name: 'signature', value: signature }).onConflict('name').merge();
    }
    const rebuilt = !current || !(await inStep(trx, n));
    if (rebuilt) await rebuild(trx, dialect, n);
    return { rebuilt };
  });
}

/** The day number of `now` as the database computes it (the same expression as the facts' days). */
async function today(knex: Knex, dialect: Dialect, now: Date): Promise<number> {
  const moment = dialect === 'sqlite' ? '?' : 'CAST(? AS TIMESTAMP)';
  const result = await knex.raw(`SELECT ${dayOf(dialect, 'm.v')} AS d FROM (SELECT ${moment} AS v) m`, [now]);
  const row = (dialect === 'sqlite' ? result[0] : result.rows[0]) as { d: number | string };
  return num(row.d);
}

interface Figure {
  open: number;
  breached: number;
}

/** Open and breached complaints at `now`, by "urgency|state" and by province id ('-' for none). */
interface OpenComplaintFigures {
  byUrgencyState: Map<string, Figure>;
  byProvince: Map<string, Figure>;
}

export async function openComplaintFigures(strapi: Core.Strapi, now: Date): Promise<OpenComplaintFigures> {
  const dialect: Dialect = strapi.db.dialect.client === 'sqlite' ? 'sqlite' : 'postgres';
  const knex = knexOf(strapi);
  const day = await today(knex, dialect, now);
  const counted = (await knex(COUNTERS)
    .select('dim', 'key')
    .select(knex.raw('SUM(CASE WHEN day = ? THEN n ELSE 0 END) AS open', [ALL_DAYS]))
    .select(knex.raw('SUM(CASE WHEN day >= 0 THEN n ELSE 0 END) AS past'))
    .where('day', '<', day)
    .groupBy('dim', 'key')) as unknown as { dim: string; key: string; open: unknown; past: unknown }[];
  const dueToday = (await knex(FACTS)
    .select('urgency', 'state', 'province_id')
    .count({ c: '*' })
    .where('day', day)
    .andWhere('breach_at', '<', now)
    .groupBy('urgency', 'state', 'province_id')) as unknown as { urgency: string; state: string; province_id: number | null; c: unknown }[];

  const figures: OpenComplaintFigures = { byUrgencyState: new Map(), byProvince: new Map() };
  const add = (map: Map<string, Figure>, key: string, open: number, breached: number) => {
    const f = map.get(key) ?? { open: 0, breached: 0 };
    f.open += open;
    f.breached += breached;
    map.set(key, f);
  };
  for (const r of counted) add(r.dim === 'us' ? figures.byUrgencyState : figures.byProvince, r.key, num(r.open), num(r.past));
  for (const r of dueToday) {
    add(figures.byUrgencyState, `${r.urgency}|${r.state}`, 0, num(r.c));
    add(figures.byProvince, r.province_id === null ? '-' : String(r.province_id), 0, num(r.c));
  }
  return figures;
}

/**
 * The fold (an effect; "what is due" is every counter row of a day before today): moves those rows'
 * sums into day 0 and drops rows at zero. Sums per key are unchanged. On PostgreSQL the counters are
 * locked against the triggers' writes for the few milliseconds this takes, so no increment is lost.
 */
export async function foldCounters(strapi: Core.Strapi, now: Date): Promise<{ folded: number }> {
  const dialect: Dialect = strapi.db.dialect.client === 'sqlite' ? 'sqlite' : 'postgres';
  const knex = knexOf(strapi);
  const day = await today(knex, dialect, now);
  return knex.transaction(async (trx) => {
    if (dialect === 'postgres') await trx.raw(`LOCK TABLE ${COUNTERS} IN SHARE ROW EXCLUSIVE MODE`);
    const past = (q: QueryBuilder) => q.where('day', '>', 0).andWhere('day', '<', day);
    const [{ c }] = (await past(trx(COUNTERS)).count({ c: '*' })) as { c: number | string }[];
    await trx.raw(
      `INSERT INTO ${COUNTERS} (dim, "key", day, n)
       SELECT dim, "key", 0, SUM(n) FROM ${COUNTERS} WHERE day > 0 AND day < ? GROUP BY dim, "key"
       ON CONFLICT (dim, "key", day) DO UPDATE SET n = ${COUNTERS}.n + excluded.n`,
      [day],
    );
    await trx(COUNTERS)
      .where((q) => past(q))
      .orWhere('n', 0)
      .delete();
    return { folded: num(c) };
  });
}
