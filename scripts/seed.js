#!/usr/bin/env node
'use strict';
/**
 * `npm run seed -- --scale <n> [--db sqlite|postgres] [--seed <int>] [--officer-password <pw>]`
 *
 * Loads the benchmark data set (src/seed/scale.ts) into the configured database: at --scale 1,
 * 100,000 complaints with timelines, 10,000 projects with 100,000 progress reports, 5,000 volunteers
 * with 50,000 participations, 2,000 training materials. Fractions work (--scale 0.01).
 * --db picks DATABASE_CLIENT (else .env / environment decides; PostgreSQL uses DATABASE_URL etc.).
 * With --officer-password (or SEED_OFFICER_PASSWORD) also a complaint officer `seed.officer`.
 * Compiles the server into bench/out/dist first (BENCH_SKIP_BUILD=true skips that).
 */
const path = require('path');
const { parseArgs, build, root } = require('./lib');

async function main() {
  const args = parseArgs(process.argv.slice(2), { scale: '1' });
  const scale = Number(args.scale);
  if (!(scale > 0)) {
    console.error('usage: npm run seed -- --scale <positive number> [--db sqlite|postgres] [--seed <int>]');
    return 2;
  }
  if (args.db) {
    if (args.db !== 'sqlite' && args.db !== 'postgres') {
      console.error('--db must be sqlite or postgres');
      return 2;
    }
    process.env.DATABASE_CLIENT = args.db;
  }
  process.chdir(root);
  const distDir = build();
  Object.assign(process.env, { CRON_ENABLED: 'false', DEMO_DATA: 'false' });
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir });
  app.log.level = 'warn';
  await app.load();
  const { seedScale, ensureSeedOfficer } = require(path.join(distDir, 'src', 'seed', 'scale.js'));
  let code = 0;
  try {
    const counts = await seedScale(app, {
      scale,
      seed: args.seed ? Number(args.seed) : undefined,
      log: (line) => console.log(`seed: ${line}`),
    });
    console.log(
      `seed: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const password = args['officer-password'] || process.env.SEED_OFFICER_PASSWORD;
    if (password) {
      await ensureSeedOfficer(app, password);
      console.log('seed: complaint officer seed.officer ready');
    }
  } catch (err) {
    console.error(`seed: ${err && err.stack ? err.stack : err}`);
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
