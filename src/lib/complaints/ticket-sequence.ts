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
 */
export async function nextTicketNumber(strapi: Core.Strapi, now = new Date()): Promise<string> {
  const year = buddhistYear(now);
  // joins the caller's transaction when there is one (the Content Manager's publish-and-create opens one):
  // a second connection would wait for it forever on SQLite's single connection
  const result: RawResult = await strapi.db.transaction(({ trx }) =>
    trx.raw(
      `INSERT INTO ${TABLE} (year, value) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET value = ${TABLE}.value + 1
     RETURNING value`,
      [year],
    ),
  );
  const rows = Array.isArray(result) ? result : result.rows;
  return formatTicketNumber(year, Number(rows[0].value));
}
