import type { TestApp } from './strapi';

/**
 * The SQL statements knex sent while `run` ran, in order. The listener hears the whole pool, so a write still
 * finishing from an earlier request (an audit row, a session touch) can land inside a measurement on a slow
 * machine: a read that may run again is run `tries` times and the shortest list is its cost.
 */
export async function statementsOf(app: TestApp, run: () => Promise<unknown>, tries = 1): Promise<string[]> {
  let fewest: string[] | undefined;
  for (let i = 0; i < tries; i++) {
    const sql: string[] = [];
    const on = (q: { sql: string }) => sql.push(q.sql);
    app.strapi.db.connection.on('query', on);
    try {
      await run();
    } finally {
      app.strapi.db.connection.off('query', on);
    }
    if (!fewest || sql.length < fewest.length) fewest = sql;
  }
  return fewest!;
}
