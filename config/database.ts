import type { Core } from '@strapi/strapi';
import path from 'path';
import { cacheStatements, type PreparingConnection } from '../src/lib/platform/sqlite-statements';

/** The part of a better-sqlite3 connection used here (the package ships no types). */
interface SqliteConnection extends PreparingConnection {
  pragma(source: string): unknown;
}

// Strapi's template, trimmed to the two databases we support: SQLite (default) and PostgreSQL.
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const connections: Record<string, unknown> = {
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'mind_desk'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false) && {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      // WAL: readers do not wait for the writer, and a commit is one append instead of a rollback-journal
      // round trip (intake and every audited read write rows; bench/RESULTS.md). synchronous=NORMAL is
      // the documented pairing: durable across application crashes, the last commits may be lost on power loss.
      // Each connection keeps its prepared statements (src/lib/platform/sqlite-statements.ts).
      pool: {
        afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) => {
          try {
            conn.pragma(`journal_mode = ${env('DATABASE_SQLITE_JOURNAL_MODE', 'WAL')}`);
            conn.pragma(`synchronous = ${env('DATABASE_SQLITE_SYNCHRONOUS', 'NORMAL')}`);
            done(null, cacheStatements(conn));
          } catch (err) {
            done(err as Error, conn);
          }
        },
      },
    },
  };

  if (!connections[client]) {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  }

  return {
    connection: {
      client,
      ...(connections[client] as object),
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
