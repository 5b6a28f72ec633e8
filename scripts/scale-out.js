#!/usr/bin/env node
'use strict';
/**
 * `npm run scale-out [-- --duration 75 --connections 4 --intakes 300 --scale 0.01]`
 *
 * Two MIND Desk instances on ONE PostgreSQL database, as behind a load balancer:
 * 1. creates a fresh database on SCALE_OUT_DATABASE_URL's server (default
 *    postgres://postgres@127.0.0.1:5432/postgres), seeds it (npm run seed, small scale) and starts an
 *    SMTP sink (smtp-server) in this process;
 * 2. starts two servers (child processes, ports 13391 and 13392) with the scheduler on and EVERY job
 *    scheduled every minute (CRON_* = "* * * * *"), so each job fires on both in the same minute;
 * 3. sends a mixed load to both at once (public intake with an email address, so each intake queues a
 *    "received" email; officer lists; tracking look-ups) across at least two minute boundaries;
 * 4. waits for the outbox to drain, then checks:
 *    - no job ran twice: one job-run per fire key (job + scheduled minute), every job fired, both
 *      instances took part;
 *    - no email was sent twice: the sink's messages grouped by their X-MIND-Dedupe-Key header; and
 *      every sent outbox row reached the sink;
 *    - no intake lost: complaints stored = 2xx answers.
 * Exits 1 on any violation (and prints it), 0 otherwise. The database is dropped at the end
 * (--keep keeps it).
 */
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const autocannon = require('autocannon');
const { root, parseArgs, build, secrets, freshDatabase, smtpSink } = require('./lib');

const args = parseArgs(process.argv.slice(2), { duration: '75', connections: '4', scale: '0.01' });
const PORTS = [13391, 13392];
const OFFICER_PASSWORD = 'Seed-Passw0rd!';
const log = (line) => console.log(`scale-out: ${line}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitHealthy(port, proc, errs) {
  const t0 = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`instance on ${port} exited: ${errs()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/_health`);
      if (r.status < 300) return (Date.now() - t0) / 1000;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > 180_000) throw new Error(`instance on ${port} not healthy: ${errs()}`);
    await sleep(100);
  }
}

function drive(port, opts) {
  return new Promise((resolve, reject) => {
    let ok = 0;
    const inst = autocannon(
      { url: `http://127.0.0.1:${port}`, connections: Number(args.connections), duration: Number(args.duration), timeout: 20, ...opts },
      (err, res) => (err ? reject(err) : resolve({ ok, total: res.requests.total, non2xx: res.non2xx, errors: res.errors + res.timeouts })),
    );
    inst.on('response', (_c, status) => {
      if (status >= 200 && status < 300) ok++;
    });
  });
}

async function main() {
  process.env.BENCH_DATABASE_URL =
    process.env.SCALE_OUT_DATABASE_URL || process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const distDir = build();
  const db = await freshDatabase('postgres', 'mind_scaleout');
  const sink = await smtpSink();
  const { Client } = require('pg');
  const pg = new Client({ connectionString: db.env.DATABASE_URL });
  const procs = [];
  const violations = [];
  try {
    const shared = {
      ...process.env,
      ...secrets(), // both instances share the secrets, as behind a load balancer
      ...db.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      SERVE_ADMIN: 'false',
      DEMO_DATA: 'false',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      PUBLIC_INTAKE_RATE_LIMIT: '0',
      PUBLIC_LOOKUP_RATE_LIMIT: '0',
      DATABASE_POOL_MAX: '10',
      BENCH_DIST_DIR: distDir,
      BENCH_SKIP_BUILD: 'true',
      NOTIFY_BATCH_SIZE: '100',
    };
    const seeded = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'seed.js'), '--scale', String(args.scale), '--officer-password', OFFICER_PASSWORD],
      {
        cwd: root,
        env: { ...shared, CRON_ENABLED: 'false' },
        encoding: 'utf8',
      },
    );
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}${seeded.stdout}`);
    log(seeded.stdout.trim().split('\n').pop());
    await pg.connect();

    // every job of the build, each scheduled every minute through its CRON_<JOB_NAME> variable
    const { jobs } = require(path.join(distDir, 'src', 'jobs', 'index.js'));
    const { cronEnvOf } = require(path.join(distDir, 'src', 'lib', 'platform', 'job.js'));
    const cronEnv = Object.fromEntries(jobs.map((j) => [cronEnvOf(j.name), '* * * * *']));
    for (const port of PORTS) {
      const p = spawn(process.execPath, [path.join(root, 'bench', 'server.js')], {
        cwd: root,
        env: { ...shared, ...cronEnv, CRON_ENABLED: 'true', PORT: String(port) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      p.stderr.on('data', (d) => {
        err = (err + d).slice(-3000);
      });
      procs.push({ port, p, errs: () => err });
    }
    for (const { port, p, errs } of procs) log(`instance :${port} healthy after ${(await waitHealthy(port, p, errs)).toFixed(1)} s`);
    const startedAt = new Date();

    const login = await fetch(`http://127.0.0.1:${PORTS[0]}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'seed.officer', password: OFFICER_PASSWORD }),
    }).then((r) => r.json());
    if (!login.jwt) throw new Error('officer login failed');
    const officer = { authorization: `Bearer ${login.jwt}` };
    // Open complaints: the propose-purge job (also firing every minute here) clears the tracking codes of long-finished ones once a batch is approved.
    const { rows: codes } = await pg.query(
      "SELECT tracking_code FROM complaints WHERE state IN ('received','triaged','assigned','in_progress') AND tracking_code IS NOT NULL ORDER BY id LIMIT 200",
    );
    const { rows: cats } = await pg.query('SELECT code FROM complaint_categories WHERE active ORDER BY id');
    const { rows: provs } = await pg.query('SELECT code FROM provinces ORDER BY id LIMIT 10');
    const before = Number((await pg.query('SELECT COUNT(*) AS n FROM complaints')).rows[0].n);

    log(`mixed load on both instances for ${args.duration} s (intake, officer lists, tracking)…`);
    let n = 0;
    let i = 0;
    const loads = await Promise.all(
      PORTS.flatMap((port) => [
        drive(port, {
          // A fixed number of intakes: a duration-bound run would abandon requests in flight at the end.
          amount: Number(args.intakes || 300),
          requests: [
            {
              method: 'POST',
              path: '/api/public/complaints',
              headers: { 'content-type': 'application/json' },
              setupRequest: (req) => {
                n++;
                return {
                  ...req,
                  body: JSON.stringify({
                    title: `น้ำเสียจากโรงงาน ${port}-${n}`,
                    description: 'ทดสอบหลายเครื่อง / scale-out test',
                    categoryCode: cats[n % cats.length].code,
                    provinceCode: provs[n % provs.length].code,
                    complainant: { name: 'ผู้ทดสอบ', email: `citizen-${port}-${n}@example.test` },
                    consent: true,
                  }),
                };
              },
            },
          ],
        }).then((r) => ({ port, kind: 'intake', ...r })),
        drive(port, {
          headers: officer,
          requests: [
            { method: 'GET', path: '/api/complaints?status=received,triaged&sort=resolveDueAt:asc&pagination[pageSize]=25' },
            {
              method: 'GET',
              setupRequest: (req) => ({ ...req, path: `/api/public/complaints/${codes[i++ % codes.length].tracking_code}` }),
            },
          ],
        }).then((r) => ({ port, kind: 'reads', ...r })),
      ]),
    );
    for (const l of loads) log(`  :${l.port} ${l.kind}: ${l.total} requests, ${l.ok} 2xx, ${l.non2xx} non-2xx, ${l.errors} errors`);

    // Let at least two minute boundaries pass with both instances up, then let the outbox drain.
    const minuteAfter = (d) => Math.floor(d.getTime() / 60000) * 60000 + 60000;
    const secondBoundary = minuteAfter(startedAt) + 60000;
    const waitUntil = async (pred, timeoutMs, label) => {
      const t0 = Date.now();
      while (!(await pred())) {
        if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${label}`);
        await sleep(2000);
      }
    };
    await waitUntil(async () => Date.now() > secondBoundary + 5000, 200_000, 'two minute boundaries');
    await waitUntil(
      async () => Number((await pg.query("SELECT COUNT(*) AS n FROM notifications WHERE state IN ('pending','sending')")).rows[0].n) === 0,
      240_000,
      'the outbox to drain',
    );
    await waitUntil(
      async () => Number((await pg.query("SELECT COUNT(*) AS n FROM job_runs WHERE state = 'running'")).rows[0].n) === 0,
      240_000,
      'running jobs',
    );
    await sleep(1000);

    // --- checks ---
    const intakeOk = loads.filter((l) => l.kind === 'intake').reduce((s, l) => s + l.ok, 0);
    const after = Number((await pg.query('SELECT COUNT(*) AS n FROM complaints')).rows[0].n);
    log(`intake: ${intakeOk} answered 2xx, ${after - before} complaints stored`);
    if (after - before !== intakeOk)
      violations.push(`intake lost or duplicated: ${intakeOk} 2xx answers but ${after - before} complaints stored`);

    const { rows: runs } = await pg.query(
      "SELECT job, fire_key, instance, state, trigger FROM job_runs WHERE trigger = 'schedule' ORDER BY fire_key",
    );
    const perKey = new Map();
    for (const r of runs) perKey.set(r.fire_key, (perKey.get(r.fire_key) ?? 0) + 1);
    const dupKeys = [...perKey].filter(([, c]) => c > 1);
    if (dupKeys.length) violations.push(`job fire keys run more than once: ${dupKeys.map(([k, c]) => `${k}×${c}`).join(', ')}`);
    // One run per job and scheduled minute, whatever the key says.
    const perMinute = new Map();
    for (const r of runs) {
      const minute = r.fire_key.slice(r.job.length + 1);
      const k = `${r.job}@${minute}`;
      perMinute.set(k, (perMinute.get(k) ?? 0) + 1);
    }
    const dupMinutes = [...perMinute].filter(([, c]) => c > 1);
    if (dupMinutes.length) violations.push(`jobs run twice in one minute: ${dupMinutes.map(([k]) => k).join(', ')}`);
    const jobsRun = new Set(runs.map((r) => r.job));
    const notFired = jobs.map((j) => j.name).filter((name) => !jobsRun.has(name));
    if (notFired.length) violations.push(`jobs that never fired: ${notFired.join(', ')}`);
    const failed = runs.filter((r) => r.state !== 'succeeded');
    if (failed.length) violations.push(`job runs not succeeded: ${failed.map((r) => `${r.fire_key} ${r.state}`).join(', ')}`);
    const instances = new Set(runs.map((r) => r.instance));
    log(
      `jobs: ${runs.length} scheduled runs of ${jobsRun.size} jobs over ${new Set(runs.map((r) => r.fire_key.slice(r.job.length + 1))).size} minutes, by ${instances.size} instance(s); duplicates: ${dupKeys.length + dupMinutes.length}`,
    );
    if (instances.size < 2) log('  note: one instance won every fire this time (allowed; the other found each key taken)');

    const byKey = new Map();
    for (const m of sink.messages) byKey.set(m.dedupeKey, (byKey.get(m.dedupeKey) ?? 0) + 1);
    const dupMail = [...byKey].filter(([, c]) => c > 1);
    const noKey = sink.messages.filter((m) => !m.dedupeKey).length;
    const sent = Number((await pg.query("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'")).rows[0].n);
    const { rows: states } = await pg.query(
      'SELECT state, COUNT(*) AS n, MAX(last_error) AS error FROM notifications GROUP BY state ORDER BY state',
    );
    log(`outbox: ${states.map((r) => `${r.state} ${r.n}${r.error ? ` (${String(r.error).slice(0, 120)})` : ''}`).join(', ')}`);
    const unsent = states.filter((r) => r.state !== 'sent');
    if (unsent.length) violations.push(`outbox rows not sent: ${unsent.map((r) => `${r.state} ${r.n}`).join(', ')}`);
    log(
      `emails: ${sink.messages.length} received by the sink, ${byKey.size} distinct keys, ${sent} outbox rows sent; duplicates: ${dupMail.length}`,
    );
    if (dupMail.length)
      violations.push(
        `emails sent more than once: ${dupMail
          .slice(0, 10)
          .map(([k, c]) => `${k}×${c}`)
          .join(', ')}`,
      );
    if (noKey) violations.push(`${noKey} emails without an X-MIND-Dedupe-Key header`);
    if (sent !== sink.messages.length)
      violations.push(`${sent} outbox rows marked sent but ${sink.messages.length} messages reached the sink`);
    if (!sink.messages.length) violations.push('no email reached the sink (the check proved nothing)');
  } finally {
    for (const { p } of procs) {
      if (p.exitCode === null) {
        p.kill('SIGTERM');
        await new Promise((r) => p.once('exit', r));
      }
    }
    await pg.end().catch(() => undefined);
    await sink.close();
    if (!args.keep) await db.drop();
    else log(`database kept: ${db.env.DATABASE_URL}`);
  }
  if (violations.length) {
    for (const v of violations) console.error(`scale-out: VIOLATION ${v}`);
    return 1;
  }
  log('OK: no job ran twice, no email was sent twice, no intake was lost');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`scale-out: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
