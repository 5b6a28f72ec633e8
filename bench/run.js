#!/usr/bin/env node
'use strict';
/**
 * `npm run bench -- [--db sqlite|postgres] [--scale 1] (or several: --scale 0.1,1,3) [--duration 20] [--connections 10] [--only a,b]`
 *
 * 1. compiles the server (bench/out/dist), creates a fresh database (SQLite file in /tmp, or a new
 *    PostgreSQL database on BENCH_DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432/postgres)
 *    and loads `npm run seed -- --scale <n>` into it (with the complaint officer seed.officer);
 * 2. starts the server (bench/server.js: the compiled app as `strapi start` runs it, NODE_ENV=production,
 *    no cron, rate limits off, SMTP to a local sink) and measures cold start to a healthy /_health and
 *    idle RSS;
 * 3. drives it with autocannon from this (second) process, one scenario after another, each after a
 *    short warm-up, and prints one table per scenario with the BASELINE of the same run next to it:
 *    Strapi's plain core `find` on complaints, page size 25, the same relations populated, same auth;
 * 4. runs the chase job over the seeded reports and dispatches its emails (bench/chase.js on the same
 *    database) for time, peak memory and SQL query count.
 *
 * Latency percentiles are computed from every response's time (autocannon's own table has no p95).
 * Errors = connection errors + timeouts + non-2xx answers. Tests never time anything; this does.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const autocannon = require('autocannon');
const { root, parseArgs, build, secrets, freshDatabase, smtpSink } = require('../scripts/lib');

const args = parseArgs(process.argv.slice(2), { db: process.env.BENCH_DB || 'sqlite', scale: '1', duration: '20', connections: '10' });
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const SCALES = String(args.scale).split(',').map(Number);
let SCALE = SCALES[0];
const ONLY = args.only ? String(args.only).split(',') : null;
const PORT = Number(process.env.BENCH_PORT || 13380);
const BASE = `http://127.0.0.1:${PORT}`;
const OFFICER_PASSWORD = 'Seed-Passw0rd!';
const ADMIN = { email: 'bench.admin@mind-desk.test', password: 'Bench-Admin-Passw0rd1' };
const PAGE = 'pagination[pageSize]=25';
const POPULATE =
  'populate[category][fields][0]=code&populate[category][fields][1]=nameTh&populate[category][fields][2]=nameEn' +
  '&populate[province][fields][0]=code&populate[province][fields][1]=nameTh&populate[province][fields][2]=nameEn' +
  '&populate[assignedTeam][fields][0]=name&populate[assignedTeam][fields][1]=kind' +
  '&populate[attachments][fields][0]=name&populate[attachments][fields][1]=url&populate[attachments][fields][2]=mime&populate[attachments][fields][3]=size';

const log = (line) => process.stderr.write(`bench: ${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function stats() {
  const r = await fetch(`${BASE}/bench/stats`);
  return r.json();
}

/** One autocannon run; latencies from every response. */
async function load(label, opts) {
  const times = [];
  let ok = 0;
  const { fixedAmount, afterWarmup, ...cannon } = opts;
  const run = (duration, record, amount) =>
    new Promise((resolve, reject) => {
      const limit = amount ? { amount } : { duration };
      const inst = autocannon({ url: BASE, connections: CONNECTIONS, timeout: 10, ...cannon, ...limit }, (err, res) =>
        err ? reject(err) : resolve(res),
      );
      if (record) {
        inst.on('response', (_client, statusCode, _bytes, ms) => {
          times.push(ms);
          if (statusCode >= 200 && statusCode < 300) ok++;
        });
      }
    });
  const warm = await run(2, false);
  // A fixed number of requests (about DURATION seconds' worth at the warm-up rate) when every answer
  // must be counted: a duration-bound run abandons the requests in flight when time is up.
  const amount = fixedAmount ? Math.max(100, Math.round(warm.requests.average * DURATION)) : undefined;
  if (afterWarmup) await afterWarmup();
  const before = await stats();
  const t0 = Date.now();
  const res = await run(DURATION, true, amount);
  const seconds = (Date.now() - t0) / 1000;
  const after = await stats();
  times.sort((a, b) => a - b);
  const requests = res.requests.total;
  const row = {
    label,
    reqPerSec: requests / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: res.errors + res.timeouts + res.non2xx,
    non2xx: res.non2xx,
    requests,
    ok,
    queriesPerRequest: requests ? (after.queries - before.queries) / (requests + 0) : 0,
  };
  log(`${label}: ${row.reqPerSec.toFixed(0)} req/s, p95 ${row.p95.toFixed(1)} ms, errors ${row.errors}`);
  return row;
}

function table(title, rows, note) {
  const lines = [
    `\n### ${title}\n`,
    '| run | req/s | p50 ms | p95 ms | p99 ms | errors | requests | SQL statements/request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.reqPerSec.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.requests} | ${r.queriesPerRequest.toFixed(1)} |`,
    );
  }
  if (note) lines.push('', note);
  console.log(lines.join('\n'));
}

function rssOf(pid) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** One full run at one scale (fresh database, seed, server, scenarios); returns its figures. */
async function runScale() {
  if (args.db !== 'sqlite' && args.db !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const want = (name) => !ONLY || ONLY.includes(name);
  // BENCH_DIST_DIR: an already compiled tree (e.g. one built while another engineer's types are unfinished)
  const distDir = process.env.BENCH_DIST_DIR || build();
  process.env.BENCH_SKIP_BUILD = 'true'; // the next scale boots the same build
  const db = await freshDatabase(args.db);
  const sink = await smtpSink();
  const env = {
    ...process.env,
    ...secrets(),
    ...db.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(PORT),
    CRON_ENABLED: 'false',
    DEMO_DATA: 'false',
    SERVE_ADMIN: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    // The bench server takes every intake and look-up from one address (see README "Scaling out").
    PUBLIC_INTAKE_RATE_LIMIT: '0',
    PUBLIC_LOOKUP_RATE_LIMIT: '0',
    ANON_RATE_LIMIT: '0',
    DEMO_ADMIN_EMAIL: ADMIN.email,
    DEMO_ADMIN_PASSWORD: ADMIN.password,
    BENCH_DIST_DIR: distDir,
    BENCH_SKIP_BUILD: 'true',
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '10',
  };
  let server;
  const results = { db: db.label, scale: SCALE, duration: DURATION, connections: CONNECTIONS };
  try {
    log(`seeding scale ${SCALE} on ${db.label}…`);
    const t = Date.now();
    const seeded = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'seed.js'), '--scale', String(SCALE), '--officer-password', OFFICER_PASSWORD],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    );
    if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stderr}\n${seeded.stdout}`);
    results.seedSeconds = (Date.now() - t) / 1000;
    results.seedLog = seeded.stdout.trim();
    log(seeded.stdout.trim());

    // Cold start: process start → first healthy answer.
    const started = Date.now();
    // BENCH_NODE_ARGS: node options for the server alone, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` for a profile
    const nodeArgs = (process.env.BENCH_NODE_ARGS || '').split(' ').filter(Boolean);
    server = spawn(process.execPath, [...nodeArgs, path.join(root, 'bench', 'server.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let serverErr = '';
    // BENCH_SERVER_STDERR=<file>: keep everything the server writes there (BENCH_LOG_SQL's statements)
    const keep = process.env.BENCH_SERVER_STDERR ? fs.createWriteStream(process.env.BENCH_SERVER_STDERR, { flags: 'a' }) : null;
    server.stderr.on('data', (d) => {
      serverErr = (serverErr + d).slice(-4000);
      keep?.write(d);
    });
    server.on('exit', (code) => code && log(`server exited ${code}: ${serverErr}`));
    for (;;) {
      try {
        const r = await fetch(`${BASE}/_health`);
        if (r.status === 204 || r.status === 200) break;
      } catch {
        /* not yet */
      }
      if (Date.now() - started > 300_000) throw new Error(`server did not become healthy: ${serverErr}`);
      await sleep(50);
    }
    results.coldStartSeconds = (Date.now() - started) / 1000;
    await sleep(3000);
    results.idleRssMb = rssOf(server.pid) / 2 ** 20;
    log(`cold start ${results.coldStartSeconds.toFixed(1)} s, idle RSS ${results.idleRssMb.toFixed(0)} MB`);

    const login = await fetch(`${BASE}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'seed.officer', password: OFFICER_PASSWORD }),
    }).then((r) => r.json());
    if (!login.jwt) throw new Error(`officer login failed: ${JSON.stringify(login)}`);
    const officer = { authorization: `Bearer ${login.jwt}` };

    // Reference data for varied requests.
    const codes = await dbSample(db, env);
    const provinces = codes.provinces;
    const filters = [
      `status=received,triaged,assigned,in_progress&urgency=urgent,emergency&province=${provinces.slice(0, 3).join(',')}`,
      `status=assigned,in_progress&urgency=normal&province=${provinces.slice(3, 6).join(',')}`,
      `status=received&urgency=normal,urgent,emergency&province=${provinces.slice(0, 10).join(',')}`,
      `status=in_progress,resolved&urgency=emergency&province=${provinces.slice(6, 9).join(',')}`,
    ];
    const rows = {};
    rows.baseline = await load('BASELINE core find (page 25, same populate)', {
      headers: officer,
      requests: [{ method: 'GET', path: `/api/bench-baseline/complaints?${PAGE}&${POPULATE}` }],
    });
    rows.baselinePlain = await load('BASELINE core find (page 25, no populate)', {
      headers: officer,
      requests: [{ method: 'GET', path: `/api/bench-baseline/complaints?${PAGE}` }],
    });

    if (want('list')) {
      rows.list = await load('officer list (status, urgency, province; sort resolveDueAt; page 25; populated)', {
        headers: officer,
        requests: filters.map((f) => ({ method: 'GET', path: `/api/complaints?${f}&sort=resolveDueAt:asc&${PAGE}` })),
      });
      rows.raw = await load('RAW same page by hand through the driver (no auth, no sanitising; bench/server.js)', {
        requests: filters.map((f) => ({ method: 'GET', path: `/bench/raw/complaints?${f}` })),
      });
      const ratio = rows.list.reqPerSec / rows.baseline.reqPerSec;
      const ofRaw = rows.raw.reqPerSec / rows.list.reqPerSec;
      table(
        '1. Officer complaint list',
        [rows.list, rows.baseline, rows.baselinePlain, rows.raw],
        `Throughput vs baseline (same populate): ${ratio.toFixed(2)}×; target ≥ 2× and p95 < 50 ms. ` +
          `RAW serves ${ofRaw.toFixed(1)}× the list's throughput (target: list within 4×).`,
      );
    }

    if (want('intake')) {
      let before = 0;
      let n = 0;
      rows.intake = await load('public intake POST /api/public/complaints', {
        fixedAmount: true,
        afterWarmup: async () => {
          // The warm-up is time-bound: wait until the server has stored the requests it abandoned.
          for (;;) {
            before = await countComplaints(db, env);
            await sleep(1000);
            if ((await countComplaints(db, env)) === before) break;
          }
        },
        requests: [
          {
            method: 'POST',
            path: '/api/public/complaints',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => {
              n++;
              const named = n % 2 === 0;
              return {
                ...req,
                body: JSON.stringify({
                  title: `กลิ่นเหม็นจากโรงงาน ทดสอบโหลด ${n}`,
                  description: 'มีกลิ่นเหม็นคล้ายสารเคมีทุกคืนหลังสี่ทุ่ม',
                  categoryCode: codes.categories[n % codes.categories.length],
                  provinceCode: provinces[n % provinces.length],
                  ...(named ? { complainant: { name: 'ผู้ทดสอบ', phone: '0812345678' }, consent: true } : { anonymous: true }),
                }),
              };
            },
          },
        ],
      });
      const after = await countComplaints(db, env);
      rows.intake.stored = after - before;
      const lost = rows.intake.ok - rows.intake.stored;
      results.intakeCheck = { answered2xx: rows.intake.ok, stored: rows.intake.stored, lost };
      table(
        '2. Public intake',
        [rows.intake, rows.baseline],
        `2xx answers ${rows.intake.ok}, complaints stored ${rows.intake.stored}: ${lost === 0 ? 'nothing lost' : `MISMATCH ${lost}`}. Target ≥ 200 complaints/s.`,
      );
    }

    if (want('tracking')) {
      let i = 0;
      rows.tracking = await load('public tracking GET /api/public/complaints/:code', {
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: `/api/public/complaints/${codes.tracking[i++ % codes.tracking.length]}` }),
          },
        ],
      });
      table('3. Public tracking look-up', [rows.tracking, rows.baseline], 'Target p95 < 20 ms.');
    }

    if (want('search')) {
      // From common (in most bodies) to rare (one title).
      const terms = ['วัตถุอันตราย', 'กากอุตสาหกรรม', 'เอสเอ็มอี', 'ฉบับที่ 1999'];
      rows.search = await load('training search (Thai substring)', {
        headers: officer,
        requests: terms.map((q) => ({ method: 'GET', path: `/api/training-materials/search?q=${encodeURIComponent(q)}` })),
      });
      table(
        '4. Training search',
        [rows.search, rows.baseline],
        `Terms: ${terms.join(', ')} (staff, both locales' published rows), asked again and again: after its first ` +
          'answer a page is kept by the server (docs/performance.md, "Training search"), so this measures pages answered ' +
          'again (a page read afresh: bench/RESULTS.md, 2026-12-06). Target p95 < 20 ms.',
      );
    }

    if (want('training-list')) {
      // The training page without a search term (public/training/app.js): by effective date, then title.
      const kinds = ['', '&filters[kind][$eq]=law', '&filters[kind][$eq]=regulation'];
      rows.trainingList = await load('training list (no term; sort effectiveDate, title; page 20; card fields)', {
        headers: officer,
        requests: kinds.map((k) => ({
          method: 'GET',
          path: `/api/training-materials?locale=th${k}&sort[0]=effectiveDate:desc&sort[1]=title:asc&pagination[pageSize]=20&fields[0]=title&fields[1]=kind&fields[2]=summary&fields[3]=effectiveDate&fields[4]=isPublic&fields[5]=version`,
        })),
      });
      table('4b. Training list', [rows.trainingList, rows.baseline], 'Staff, Thai, all kinds and two kind filters.');
    }

    if (want('dashboard')) {
      const admin = await fetch(`${BASE}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }).then((r) => r.json());
      const token = admin?.data?.token;
      const probe = token
        ? await fetch(`${BASE}/admin/mind-dashboard/complaints`, { headers: { authorization: `Bearer ${token}` } })
        : null;
      if (!probe || probe.status !== 200) {
        results.dashboard = `not measured: admin login ${token ? 'ok' : 'failed'}, /admin/mind-dashboard/complaints answered ${probe ? probe.status : '-'}`;
        console.log(`\n### 5. Dashboard widget\n\n${results.dashboard}`);
      } else {
        rows.dashboard = await load('dashboard widget GET /admin/mind-dashboard/complaints', {
          headers: { authorization: `Bearer ${token}` },
          requests: [{ method: 'GET', path: '/admin/mind-dashboard/complaints' }],
        });
        rows.dashboardProvinces = await load('dashboard widget GET /admin/mind-dashboard/provinces', {
          headers: { authorization: `Bearer ${token}` },
          requests: [{ method: 'GET', path: '/admin/mind-dashboard/provinces' }],
        });
        table('5. Dashboard widgets (admin JWT)', [rows.dashboard, rows.dashboardProvinces, rows.baseline]);
      }
    }
    results.rows = rows;
    results.rssAfterLoadMb = rssOf(server.pid) / 2 ** 20;
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    await sink.close();
  }

  try {
    if (want('chase')) {
      log('chase job over the seeded reports…');
      const chase = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bench', 'chase.js')], {
        cwd: root,
        env: { ...process.env, ...db.env, BENCH_USE_DATABASE: 'true', BENCH_SKIP_BUILD: 'true' },
        encoding: 'utf8',
      });
      if (chase.status !== 0) throw new Error(`chase failed: ${chase.stderr}`);
      const out = chase.stdout.trim();
      console.log(
        `\n### 6. Chase job and dispatch (scale ${SCALE} data)\n\n${out
          .split('\n')
          .filter((l) => l.startsWith('|') || /^\d/.test(l))
          .join('\n')}`,
      );
      results.chase = out;
    }
  } finally {
    if (!args.keep) await db.drop();
    else log(`database kept: ${JSON.stringify(db.env)}`);
  }
  console.log(
    `\n${db.label}, scale ${SCALE}, ${CONNECTIONS} connections, ${DURATION} s per scenario; seed ${results.seedSeconds.toFixed(0)} s; ` +
      `cold start to healthy ${results.coldStartSeconds.toFixed(1)} s; idle RSS ${results.idleRssMb.toFixed(0)} MB; RSS after load ${results.rssAfterLoadMb?.toFixed(0)} MB; ` +
      `Node ${process.version}; ${os.cpus().length} CPUs (${os.cpus()[0].model}); load average at end ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
  if (results.intakeCheck && results.intakeCheck.lost !== 0) process.exitCode = 1;
  return results;
}

/** Every scale asked for (`--scale 0.1,1,3`), then how each path's cost grows with the data. */
async function main() {
  const all = [];
  for (const scale of SCALES) {
    SCALE = scale;
    console.log(`\n## ${args.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, scale ${scale}\n`);
    all.push(await runScale());
  }
  if (args.json) fs.writeFileSync(String(args.json), JSON.stringify(all, null, 2));
  if (all.length < 2) return;
  const names = [...new Set(all.flatMap((r) => Object.keys(r.rows ?? {})))];
  const lines = [
    '\n### How cost grows with the data\n',
    `| path | ${all.map((r) => `scale ${r.scale} p50 / p95 ms, SQL/req`).join(' | ')} | p95 growth ${all[0].scale} → ${all.at(-1).scale} |`,
    `|---|${all.map(() => '---:').join('|')}|---:|`,
  ];
  for (const name of names) {
    const cells = all.map((r) => r.rows?.[name]);
    const first = cells[0];
    const last = cells.at(-1);
    lines.push(
      `| ${(first ?? last).label} | ${cells.map((c) => (c ? `${c.p50.toFixed(1)} / ${c.p95.toFixed(1)}, ${c.queriesPerRequest.toFixed(1)}` : '-')).join(' | ')} | ${
        first && last ? `${(last.p95 / first.p95).toFixed(2)}×` : '-'
      } |`,
    );
  }
  console.log(lines.join('\n'));
}

/** A few thousand tracking codes, the provinces with the most complaints, active category codes. */
async function dbSample(db, env) {
  return withDb(db, env, async (q) => ({
    tracking: (await q('SELECT tracking_code AS c FROM complaints ORDER BY id LIMIT 5000')).map((r) => r.c).filter((_, i) => i % 3 === 0),
    provinces: (
      await q(
        'SELECT p.code AS c, COUNT(*) AS n FROM complaints_province_lnk l JOIN provinces p ON p.id = l.province_id GROUP BY p.code ORDER BY COUNT(*) DESC, p.code LIMIT 20',
      )
    ).map((r) => r.c),
    categories: (await q('SELECT code AS c FROM complaint_categories WHERE active = ? ORDER BY id', [true])).map((r) => r.c),
  }));
}

async function countComplaints(db, env) {
  return withDb(db, env, async (q) => Number((await q('SELECT COUNT(*) AS n FROM complaints'))[0].n));
}

async function withDb(db, env, fn) {
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg');
    const c = new Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    try {
      return await fn(async (sql, params = []) => {
        let i = 0;
        return (
          await c.query(
            sql.replace(/\?/g, () => `$${++i}`),
            params,
          )
        ).rows;
      });
    } finally {
      await c.end();
    }
  }
  const Database = require('better-sqlite3');
  const d = new Database(env.DATABASE_FILENAME, { readonly: true });
  try {
    return await fn(async (sql, params = []) => d.prepare(sql).all(...params.map((p) => (p === true ? 1 : p === false ? 0 : p))));
  } finally {
    d.close();
  }
}

main().catch((err) => {
  console.error(String(err && err.stack ? err.stack : err).slice(0, 4000));
  process.exit(1);
});
