#!/usr/bin/env node
'use strict';
/**
 * `npm run jobs -- list`                    every job: schedule, next run, last run
 * `npm run jobs -- run <name> [--dry-run]`  runs one job now through the same coordinator (a job-run
 *                                           row is recorded) and prints what it did
 *
 * Works against the configured database (.env / environment: SQLite or PostgreSQL). Compiles the
 * server code with `tsc -p tsconfig.json` into dist/ first (skipped when JOBS_SKIP_BUILD=true;
 * JOBS_DIST_DIR points at another compiled tree). This process never schedules anything itself.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
process.chdir(root);

const USAGE = 'usage: npm run jobs -- list | run <job-name> [--dry-run]';
const COUNT_NAMES = [
  ['examined', 'examined'],
  ['remindersQueued', 'reminders queued'],
  ['escalations', 'escalations'],
  ['emailsSent', 'emails sent'],
  ['failures', 'failures'],
];

function fmt(date) {
  if (!date) return '-';
  const d = new Date(date);
  const s = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
  return `${s} +07`;
}

function countsLine(counts) {
  const c = counts || {};
  const main = COUNT_NAMES.map(([k, label]) => `${label} ${c[k] ?? 0}`);
  const extra = Object.keys(c)
    .filter((k) => !COUNT_NAMES.some(([n]) => n === k))
    .map((k) => `${k} ${c[k]}`);
  return [...main, ...extra].join(', ');
}

async function main() {
  const args = process.argv.slice(2);
  const command = args[0];
  const dryRun = args.includes('--dry-run');
  const positional = args.filter((a) => !a.startsWith('--'));
  if (command !== 'list' && command !== 'run') {
    console.error(USAGE);
    return 2;
  }
  if (command === 'run' && !positional[1]) {
    console.error(USAGE);
    return 2;
  }

  const distDir = process.env.JOBS_DIST_DIR ? path.resolve(process.env.JOBS_DIST_DIR) : path.join(root, 'dist');
  if (process.env.JOBS_SKIP_BUILD !== 'true') {
    const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--outDir', distDir], {
      stdio: 'inherit',
    });
    if (tsc.status !== 0) {
      console.error('jobs: the TypeScript build failed');
      return 1;
    }
  }

  // This process only runs what it is asked to; the servers' schedulers do the rest.
  process.env.CRON_ENABLED = 'false';
  process.env.DEMO_DATA = 'false';
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir });
  app.log.level = process.env.JOBS_LOG_LEVEL || 'warn';
  await app.load();
  app.log.level = process.env.JOBS_LOG_LEVEL || 'warn';
  const scheduler = require(path.join(distDir, 'src', 'lib', 'platform', 'scheduler.js'));
  const { jobs } = require(path.join(distDir, 'src', 'jobs', 'index.js'));
  let code = 0;
  try {
    if (command === 'list') {
      const rows = await scheduler.listJobs(app);
      for (const r of rows) {
        console.log(`${r.name}`);
        console.log(`  ${r.description}`);
        console.log(`  schedule  ${r.schedule} (Asia/Bangkok)`);
        console.log(`  next run  ${fmt(r.nextRun)}`);
        if (r.lastRun) {
          console.log(
            `  last run  ${fmt(r.lastRun.startedAt)} ${r.lastRun.state}${r.lastRun.counts ? ': ' + countsLine(r.lastRun.counts) : ''}`,
          );
        } else {
          console.log('  last run  never');
        }
      }
    } else {
      const name = positional[1];
      if (!jobs.some((j) => j.name === name)) {
        console.error(`jobs: unknown job "${name}"; jobs: ${jobs.map((j) => j.name).join(', ')}`);
        code = 2;
      } else {
        const started = Date.now();
        const result = await scheduler.runJobNow(app, name, { dryRun });
        if (!result.ran) {
          console.log(`${name}: not run (another run holds ${result.fireKey})`);
        } else {
          console.log(`${name}${dryRun ? ' (dry run, nothing changed)' : ''}: ${countsLine(result.counts)}`);
          console.log(`  job-run ${result.fireKey}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      }
    }
  } catch (err) {
    console.error(`jobs: ${err && err.stack ? err.stack : err}`);
    code = 1;
  } finally {
    await app.destroy();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
