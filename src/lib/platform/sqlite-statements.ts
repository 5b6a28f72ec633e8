/**
 * Prepared statements kept per SQLite connection. knex's better-sqlite3 client prepares every statement
 * again on every query (`connection.prepare(sql)`), so SQLite parses and plans the same text each time:
 * 5–10 % of the server's CPU under the bench's load (bench/RESULTS.md, the CPU profiles). A statement
 * object can be reused as long as it is not mid-iteration, and knex only calls `all` or `run`, which
 * finish before they return. SQLite prepares a statement again by itself when the schema changes
 * underneath it (sqlite3_prepare_v3), so a migration does not leave a stale plan behind.
 *
 * Bounded: texts that vary (an `IN` list of a different length is a different text) push out the least
 * recently used ones instead of growing the map.
 */

/** The part of a better-sqlite3 connection used here (the package ships no types). */
export interface PreparingConnection {
  prepare(sql: string): unknown;
}

const STATEMENT_CACHE_SIZE = 500;

/** Makes `conn.prepare` return the statement it prepared before for the same text. */
export function cacheStatements<C extends PreparingConnection>(conn: C, size = STATEMENT_CACHE_SIZE): C {
  const prepare = conn.prepare.bind(conn);
  const statements = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement !== undefined) {
      // most recently used last, so that the first key is the one to drop
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return statement;
  };
  return conn;
}
