import type { TestApp } from './strapi';

/**
 * The SQL statements knex sent while `run` ran, in order. The listener hears the whole pool, so a write still
 * finishing from an earlier request (an audit row, a session touch) can land inside a measurement on a slow
 * machine: a read that may run again is run `tries` times and the shortest list is its cost.
 */
export async function statementsOf(app: TestApp, run: () => Promise<unknown>, tries = 1): Promise<string[]> {
  let fewest: string[] | undefined;
  for (let i = 0; i < tries; i++) {
    const sql = (await queriesOf(app, run)).map((q) => q.sql);
    if (!fewest || sql.length < fewest.length) fewest = sql;
  }
  return fewest!;
}

/** A statement as knex reports it: its text, its values and the driver's options (a PostgreSQL statement's name). */
export interface SentQuery {
  sql: string;
  bindings: unknown[];
  options?: { name?: string };
}

/** The statements knex sent while `run` ran, in order, with their values and options. */
export async function queriesOf(app: TestApp, run: () => Promise<unknown>): Promise<SentQuery[]> {
  const sent: SentQuery[] = [];
  const on = (q: SentQuery) => sent.push(q);
  app.strapi.db.connection.on('query', on);
  try {
    await run();
  } finally {
    app.strapi.db.connection.off('query', on);
  }
  return sent;
}
