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
        path: '/bench/raw/complaints',
        handler: async (ctx) => {
          ctx.body = await rawPage(app.db.connection, ctx.query);
        },
        config: { auth: false },
      },
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
  // The dashboard's counters as the hourly fold job leaves them in production (cron is off here): a seeded
  // history's past days in one row per key, not one per key and day.
  const { foldCounters } = require(path.join(distDir, 'src', 'lib', 'dashboard', 'counters.js'));
  await foldCounters(app, new Date());
  // BENCH_LOG_SQL=true: every statement (its first BENCH_LOG_SQL_CHARS [400] characters); =json: each whole, with its values
  // (to replay through the driver alone); =<ms>: statements slower than that.
  const logSql = process.env.BENCH_LOG_SQL;
  const started = new Map();
  app.db.connection.on('query', (q) => {
    queries++;
    if (logSql === 'true') process.stderr.write(`SQL ${q.sql.slice(0, Number(process.env.BENCH_LOG_SQL_CHARS || 400))}\n`);
    else if (logSql === 'json') process.stderr.write(`SQLJSON ${JSON.stringify({ sql: q.sql, bindings: q.bindings })}\n`);
    else if (logSql && logSql !== 'json') started.set(q.__knexQueryUid, process.hrtime.bigint());
  });
  // BENCH_LOG_SQL=stats: at exit, each statement text's count and total time, costliest first. The time runs from
  // knex's 'query' event to its answer, so under concurrent load it includes other requests' turns on the event
  // loop: time statements with `--connections 1`, compare counts under load.
  const totals = new Map();
  if (logSql && logSql !== 'true' && logSql !== 'json') {
    app.db.connection.on('query-response', (_r, q) => {
      const ms = Number(process.hrtime.bigint() - (started.get(q.__knexQueryUid) ?? process.hrtime.bigint())) / 1e6;
      started.delete(q.__knexQueryUid);
      if (logSql === 'stats') {
        const t = totals.get(q.sql) ?? { n: 0, ms: 0 };
        totals.set(q.sql, { n: t.n + 1, ms: t.ms + ms });
      } else if (ms >= Number(logSql)) process.stderr.write(`SLOW ${ms.toFixed(1)} ms ${q.sql.slice(0, 600)}\n`);
    });
  }
  // a clean exit on the driver's SIGTERM, so that `--cpu-prof` (BENCH_NODE_ARGS) writes its profile
  process.once('SIGTERM', () => {
    for (const [sql, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) {
      process.stderr.write(`STAT ${t.n} × ${(t.ms / t.n).toFixed(3)} ms = ${t.ms.toFixed(0)} ms  ${sql.slice(0, 300)}\n`);
    }
    process.exit(0);
  });
  await app.listen();
  app.log.level = process.env.BENCH_LOG_LEVEL || 'warn';
}

/**
 * The RAW reference: the officer list's page (status, urgency, province codes; sorted by the resolution
 * deadline; 25 rows with category, province, team and attachments; the exact total) written by hand in
 * four SQL statements through knex over the driver, no authentication, no sanitising: what the hardware
 * and database can do for this page, the practical limit of any implementation.
 */
async function rawPage(knex, query) {
  const list = (v) => (v ? String(v).split(',') : null);
  const status = list(query.status);
  const urgency = list(query.urgency);
  const province = list(query.province);
  const where = (qb) => {
    if (status) qb.whereIn('c.state', status);
    if (urgency) qb.whereIn('c.urgency', urgency);
    // the better of the two plans for these filters on both databases (docs/performance.md: row by row)
    if (province)
      qb.whereExists(
        knex({ l: 'complaints_province_lnk' })
          .select(knex.raw('1'))
          .whereRaw('l.complaint_id = c.id')
          .whereIn('l.province_id', knex('provinces').select('id').whereIn('code', province)),
      );
    return qb;
  };
  const rows = await where(
    knex({ c: 'complaints' }).select(
      'c.id',
      'c.document_id',
      'c.ticket_number',
      'c.title',
      'c.state',
      'c.urgency',
      'c.channel',
      'c.received_at',
      'c.acknowledge_due_at',
      'c.resolve_due_at',
      'c.acknowledged_at',
      'c.address',
    ),
  )
    .orderBy('c.resolve_due_at', 'asc')
    .orderBy('c.id', 'asc')
    .limit(25);
  const [{ n }] = await where(knex({ c: 'complaints' }).count({ n: '*' }));
  const ids = rows.map((r) => r.id);
  const rel = ids.length
    ? await knex({ c: 'complaints' })
        .leftJoin({ cl: 'complaints_category_lnk' }, 'cl.complaint_id', 'c.id')
        .leftJoin({ cat: 'complaint_categories' }, 'cat.id', 'cl.complaint_category_id')
        .leftJoin({ pl: 'complaints_province_lnk' }, 'pl.complaint_id', 'c.id')
        .leftJoin({ p: 'provinces' }, 'p.id', 'pl.province_id')
        .leftJoin({ tl: 'complaints_assigned_team_lnk' }, 'tl.complaint_id', 'c.id')
        .leftJoin({ t: 'response_teams' }, 't.id', 'tl.response_team_id')
        .whereIn('c.id', ids)
        .select('c.id', 'cat.code as cat_code', 'cat.name_th as cat_th', 'p.code as p_code', 'p.name_th as p_th', 't.name as t_name')
    : [];
  const files = ids.length
    ? await knex({ r: 'files_related_mph' })
        .join({ f: 'files' }, 'f.id', 'r.file_id')
        .whereIn('r.related_id', ids)
        .where('r.related_type', 'api::complaint.complaint')
        .select('r.related_id', 'f.name', 'f.url', 'f.mime', 'f.size')
    : [];
  const relById = new Map(rel.map((r) => [r.id, r]));
  return {
    data: rows.map((r) => ({ ...r, ...relById.get(r.id), attachments: files.filter((f) => f.related_id === r.id) })),
    meta: { pagination: { page: 1, pageSize: 25, total: Number(n) } },
  };
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
