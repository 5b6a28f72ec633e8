#!/usr/bin/env node
'use strict';
/**
 * Benchmark (not a test): 100,000 progress reports across 10,000 projects with 10,000 overdue; one
 * chase-obligations run (the obligation engine, every source), then the dispatch of the digests it
 * queued to a local SMTP sink.
 * Records time, memory growth (peak RSS − RSS before) and the number of SQL queries.
 *
 *   node bench/chase.js                  # SQLite (temporary file)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/chase.js
 *   BENCH_PROJECTS=1000 node bench/chase.js   # smaller
 *
 * Compiles the app into bench/out/dist first. Prints one Markdown table row per phase.
 */
const { spawnSync } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const PROJECTS = Number(process.env.BENCH_PROJECTS || 10000);
const REPORTS_PER_PROJECT = 10;
const DAY = 86_400_000;

async function main() {
  const distDir = path.join(root, 'bench', 'out', 'dist');
  if (process.env.BENCH_SKIP_BUILD !== 'true') {
    const tsc = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.json', '--outDir', distDir, '--incremental', 'false'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (tsc.status !== 0) throw new Error('the TypeScript build failed');
  }

  // database
  let dropDb = async () => undefined;
  let dbLabel;
  const useExisting = process.env.BENCH_USE_DATABASE === 'true';
  if (useExisting) {
    // The database of `npm run bench` (already seeded by `npm run seed`): chase what is there.
    dbLabel = process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite';
  } else if (process.env.BENCH_DATABASE_URL) {
    const { Client } = require('pg');
    const name = `mind_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = `/${name}`;
    Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    dropDb = async () => {
      const c = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
    dbLabel = 'PostgreSQL';
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-bench-'));
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db') });
    dropDb = async () => fs.rmSync(dir, { recursive: true, force: true });
    dbLabel = 'SQLite';
  }

  // SMTP sink: accepts and discards
  const { SMTPServer } = require('smtp-server');
  let received = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        cb();
      });
    },
  });
  await new Promise((r) => sink.listen(0, '127.0.0.1', r));
  const smtpPort = sink.server.address().port;

  const secret = () => randomBytes(16).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    CRON_ENABLED: 'false',
    DEMO_DATA: 'false',
    SERVE_ADMIN: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    APP_KEYS: [1, 2, 3, 4].map(secret).join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    NOTIFY_BATCH_SIZE: process.env.NOTIFY_BATCH_SIZE || '200',
  });

  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: root, distDir });
  strapi.log.level = 'error';
  await strapi.load();
  strapi.log.level = 'error';

  const { findJob } = require(path.join(distDir, 'src', 'jobs', 'index.js'));
  const { dispatchNotifications } = require(path.join(distDir, 'src', 'lib', 'platform', 'jobs', 'dispatch-notifications.js'));
  const { newDocumentId } = require(path.join(distDir, 'src', 'lib', 'platform', 'db-insert.js'));

  const now = new Date();
  if (!useExisting) {
    console.error(`seeding ${PROJECTS} projects, ${PROJECTS * REPORTS_PER_PROJECT} reports on ${dbLabel}…`);
    await seed(strapi, now, newDocumentId);
  }
  const reportCount = await strapi.db.query('api::progress-report.progress-report').count({});

  let queries = 0;
  strapi.db.connection.on('query', () => queries++);
  const rows = [];
  async function measure(label, fn) {
    if (global.gc) global.gc();
    queries = 0;
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const t0 = process.hrtime.bigint();
    const counts = await fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push({ label, ms, growthMb: (peak - before) / 2 ** 20, queries, counts });
  }
  // whatever the hour the bench runs at, inside the reminder-policy's hours
  const policy = strapi.db.query('api::reminder-policy.reminder-policy');
  if (!(await policy.count({}))) await policy.create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
  await measure('chase-obligations', () => findJob('chase-obligations').run({ strapi, now, dryRun: false }));
  await measure('dispatch-notifications', () => dispatchNotifications({ strapi, now, dryRun: false }));

  const line = (r) =>
    `| ${dbLabel} | ${r.label} | ${(r.ms / 1000).toFixed(1)} s | ${r.growthMb.toFixed(0)} MB | ${r.queries} | ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} |`;
  console.log(
    `\n${reportCount} progress reports, Node ${process.version}, ${os.cpus().length} CPUs; emails received by the sink: ${received}`,
  );
  console.log('| database | phase | time | memory growth (peak RSS) | SQL queries | counts |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(line(r));

  await strapi.destroy();
  await new Promise((r) => sink.close(r));
  await dropDb();
}

/** Bulk rows through knex (the benchmark's own fixture, not application code). */
async function seed(strapi, now, newDocumentId) {
  const knex = strapi.db.connection;
  const pMeta = strapi.db.metadata.get('api::project.project');
  const rMeta = strapi.db.metadata.get('api::progress-report.progress-report');
  const agencies = await strapi.db.query('api::agency.agency').findMany({ select: ['id'] });
  const pAgency = pMeta.attributes.agency.joinTable;
  const rProject = rMeta.attributes.project.joinTable;
  const chunk = 400; // SQLite allows 500 terms in one compound insert
  const batchInsert = async (table, rows) => {
    for (let i = 0; i < rows.length; i += chunk) await knex(table).insert(rows.slice(i, i + chunk));
  };
  const projectIds = [];
  for (let start = 0; start < PROJECTS; start += chunk) {
    const rows = [];
    for (let i = start; i < Math.min(PROJECTS, start + chunk); i++) {
      rows.push({
        document_id: newDocumentId(),
        code: `B-${i}`,
        name: `โครงการทดสอบ ${i}`,
        officer_name: `เจ้าหน้าที่ ${i}`,
        officer_email: `officer${i}@bench.test`,
        supervisor_email: `supervisor${i % 50}@bench.test`,
        fiscal_year: 2570,
        state: 'active',
        reporting_frequency: 'monthly',
        due_days_after_period_end: 15,
        email_locale: 'th',
        created_at: now,
        updated_at: now,
        published_at: now,
      });
    }
    const inserted = await knex(pMeta.tableName).insert(rows).returning('id');
    projectIds.push(...inserted.map((x) => (typeof x === 'object' ? x.id : x)));
  }
  await batchInsert(
    pAgency.name,
    projectIds.map((id, i) => ({ [pAgency.joinColumn.name]: id, [pAgency.inverseJoinColumn.name]: agencies[i % agencies.length].id })),
  );
  let n = 0;
  for (let p = 0; p < projectIds.length; p += 40) {
    const rows = [];
    const owners = [];
    for (const projectId of projectIds.slice(p, p + 40)) {
      for (let k = 0; k < REPORTS_PER_PROJECT; k++) {
        n++;
        // k = 0: overdue 1–30 days (10% of all); k = 1..3 submitted/accepted in the past; the rest due later
        let state = 'pending';
        let dueAt;
        if (k === 0) dueAt = new Date(now.getTime() - (1 + (n % 30)) * DAY);
        else if (k <= 3) {
          state = k === 1 ? 'submitted' : 'accepted';
          dueAt = new Date(now.getTime() - k * 30 * DAY);
        } else dueAt = new Date(now.getTime() + (k * 30 + 10) * DAY);
        rows.push({
          document_id: newDocumentId(),
          slot_key: `${projectId}:${k}`,
          period_label: `B${k}`,
          period_start: '2026-10-01',
          period_end: '2026-10-31',
          due_at: dueAt,
          state,
          late: false,
          return_count: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        });
        owners.push(projectId);
      }
    }
    const inserted = await knex(rMeta.tableName).insert(rows).returning('id');
    const ids = inserted.map((x) => (typeof x === 'object' ? x.id : x));
    await batchInsert(
      rProject.name,
      ids.map((id, i) => ({ [rProject.joinColumn.name]: id, [rProject.inverseJoinColumn.name]: owners[i] })),
    );
  }
}

main().catch((err) => {
  console.error(String(err && err.stack ? err.stack : err).slice(0, 2000));
  process.exit(1);
});
