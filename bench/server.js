#!/usr/bin/env node
'use strict';
/**
 * The benchmark's server process: MIND Desk as `strapi start` runs it (compiled tree, same config,
 * same middlewares), plus two routes that exist only here:
 *
 * - GET /api/bench-baseline/complaints — the BASELINE: Strapi's own core controller `find`
 *   (factories.createCoreController, no customisation) on the complaints table, behind the same
 *   users-permissions authentication and the same permission (`api::complaint.complaint.find`) as
 *   the officer list, so both pay for the JWT check and the role look-up.
 * - GET /bench/stats (no auth) — SQL queries sent since start (knex 'query' events) and RSS, so the
 *   driver can report queries per request.
 *
 * Env: BENCH_DIST_DIR (compiled tree), PORT and the usual MIND Desk settings.
 */
const path = require('path');

const root = path.resolve(__dirname, '..');
const distDir = process.env.BENCH_DIST_DIR || path.join(root, 'bench', 'out', 'dist');
const UID = 'api::complaint.complaint';

async function main() {
  const { createStrapi, factories } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir });
  app.log.level = process.env.BENCH_LOG_LEVEL || 'warn';
  await app.register();

  const baseline = factories.createCoreController(UID)({ strapi: app });
  app.api('complaint').routes['bench-baseline'] = {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/bench-baseline/complaints',
        handler: (ctx) => baseline.find(ctx),
        config: { auth: { scope: [`${UID}.find`] } },
      },
    ],
  };
  let queries = 0;
  app.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: '/bench/stats',
        handler: (ctx) => {
          ctx.body = { queries, rss: process.memoryUsage().rss };
        },
        config: { auth: false },
      },
    ],
  });

  await app.bootstrap();
  app.isLoaded = true;
  // BENCH_LOG_SQL=true: every statement; BENCH_LOG_SQL=<ms>: statements slower than that.
  const logSql = process.env.BENCH_LOG_SQL;
  const started = new Map();
  app.db.connection.on('query', (q) => {
    queries++;
    if (logSql === 'true') process.stderr.write(`SQL ${q.sql.slice(0, 400)}\n`);
    else if (logSql) started.set(q.__knexQueryUid, Date.now());
  });
  if (logSql && logSql !== 'true') {
    app.db.connection.on('query-response', (_r, q) => {
      const ms = Date.now() - (started.get(q.__knexQueryUid) ?? Date.now());
      started.delete(q.__knexQueryUid);
      if (ms >= Number(logSql)) process.stderr.write(`SLOW ${ms} ms ${q.sql.slice(0, 600)}\n`);
    });
  }
  await app.listen();
  app.log.level = process.env.BENCH_LOG_LEVEL || 'warn';
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
