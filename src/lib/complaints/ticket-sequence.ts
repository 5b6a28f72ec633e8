import type { Core } from '@strapi/strapi';
import { formatTicketNumber } from './ids';
import { buddhistYear } from '../platform/thai-date';

const TABLE = 'complaint_ticket_counters';

/** The driver's answer to the upsert: SQLite's rows, or PostgreSQL's result holding them. */
type RawResult = Array<{ value: number | string }> | { rows: Array<{ value: number | string }> };

/**
 * The next ticket number of the Buddhist year of `now`. One atomic upsert (PostgreSQL and SQLite ≥ 3.35
 * both support ON CONFLICT … RETURNING): the row lock serialises concurrent callers, so no two complaints
 * share a number. A number taken by an intake that then fails is simply skipped (gaps are tolerated).
 *
 * Inside a transaction (the Content Manager's publish-and-create, SQLite's intake) the upsert joins it: a
 * second connection would wait for it forever on SQLite's single connection, and on PostgreSQL for the row
 * lock the same transaction may already hold. Outside one it is a single statement in autocommit, atomic by
 * itself: no BEGIN and COMMIT around it, and the row lock is released the moment it returns.
 */
export async function nextTicketNumber(strapi: Core.Strapi, now = new Date()): Promise<string> {
  const year = buddhistYear(now);
  const sql = `INSERT INTO ${TABLE} (year, value) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET value = ${TABLE}.value + 1
     RETURNING value`;
  const result: RawResult = strapi.db.inTransaction()
    ? await strapi.db.transaction(({ trx }) => trx.raw(sql, [year]))
    : await strapi.db.connection.raw(sql, [year]);
  const rows = Array.isArray(result) ? result : result.rows;
  return formatTicketNumber(year, Number(rows[0].value));
}
