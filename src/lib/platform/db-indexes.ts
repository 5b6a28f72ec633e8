import type { Core } from '@strapi/strapi';
import path from 'path';

/**
 * The indexes of database/migrations/…performance-indexes.js, …lean-list-indexes.js, …sign-in-indexes.js and
 * …training-list-indexes.js, created again after every schema sync. Strapi runs user migrations before it
 * creates the tables, so on a fresh database the migrations find no tables (and are recorded as done); this
 * hook is what creates the indexes there. CREATE INDEX IF NOT EXISTS makes it a no-op on later starts.
 * On SQLite it also refreshes the planner's statistics. PostgreSQL's autovacuum keeps its own.
 */
const INDEX_MIGRATIONS = [
  '2026.11.25T18.00.00.performance-indexes.js',
  '2026.12.02T05.00.00.lean-list-indexes.js',
  '2026.12.05T14.00.00.sign-in-indexes.js',
  '2026.12.05T19.00.00.training-list-indexes.js',
];

export function registerPerformanceIndexes(strapi: Core.Strapi) {
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    for (const name of INDEX_MIGRATIONS) {
      const file = path.join(strapi.dirs.app.root, 'database', 'migrations', name);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a migration file chosen at run time
      const migration = require(file) as { up: (knex: unknown) => Promise<number> };
      await migration.up(strapi.db.connection);
    }
    if (strapi.db.dialect.client === 'sqlite') {
      // SQLite plans from table statistics; without them it reads the complainant component of a
      // page of complaints by scanning the component table (bench/RESULTS.md). SQLite's advice for
      // long-lived connections: PRAGMA optimize at open (with a row limit per index, ~0.3 s at scale 1).
      await strapi.db.connection.raw('PRAGMA analysis_limit=400');
      await strapi.db.connection.raw('PRAGMA optimize=0x10002');
    }
  });
}
