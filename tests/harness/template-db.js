'use strict';
/**
 * The template database every test file's database is copied from: one Strapi boot on an empty
 * database (schema sync, migrations, the bootstrap's seeding), done once per jest run in the global
 * setup, so that each file's own boot finds the schema in place and its seeds present instead of
 * creating ~100 tables and seeding them again.
 *
 * `createTemplate` runs in the global setup; the boot itself runs in a child process (this file run
 * by node), so that Strapi's globals and the environment it needs stay out of jest's own process.
 */
const { execFileSync } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

// What tests/harness/strapi.ts sets for every boot. A file whose environment at boot differs from
// the template's (outside PER_BOOT and RUNTIME_ONLY) gets a fresh database, so drift here costs time,
// never correctness.
const baseEnv = {
  NODE_ENV: 'test',
  TZ: 'Asia/Bangkok',
  SERVE_ADMIN: 'false',
  CRON_ENABLED: 'false',
  DEMO_DATA: 'false',
  ANON_RATE_LIMIT: '100000',
  SMTP_HOST: '127.0.0.1',
  SMTP_SECURE: 'false',
  EMAIL_FROM: 'MIND Desk <no-reply@mind-desk.test>',
};

const secrets = () => ({
  APP_KEYS: [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
  API_TOKEN_SALT: randomBytes(16).toString('base64'),
  ADMIN_JWT_SECRET: randomBytes(16).toString('base64'),
  JWT_SECRET: randomBytes(16).toString('base64'),
  TRANSFER_TOKEN_SALT: randomBytes(16).toString('base64'),
  ENCRYPTION_KEY: randomBytes(16).toString('base64'),
});

/** Differs on every boot and is not written by the bootstrap's seeding. */
const PER_BOOT = [
  /^(APP_KEYS|API_TOKEN_SALT|ADMIN_JWT_SECRET|JWT_SECRET|TRANSFER_TOKEN_SALT|ENCRYPTION_KEY)$/,
  /^SMTP_PORT$/,
  /^DATABASE_/,
  /^JEST_/,
  /^MIND_TEST_/,
];

/**
 * Read at request time or by a job, never by the seeding, so a test may set them and still boot
 * from the template. (DEMO_ADMIN_*: the template has no admin, so the bootstrap creates it as on a
 * fresh database.) Anything else a test sets — DEMO_DATA, NODE_ENV, PDPA_RETENTION_DAYS (the seeded
 * retention period), PUBLIC_URL, CRON_* — gets a fresh database.
 */
const RUNTIME_ONLY = [
  /_RATE_LIMIT$/,
  /^DEMO_ADMIN_(EMAIL|PASSWORD)$/,
  /^SERVE_ADMIN$/,
  /^(CORS_ORIGINS|IS_PROXIED|PROXY_COUNT|CSP_CONNECT_SOURCES)$/,
  /^OPEN311_(API_KEYS|REQUIRE_API_KEY)$/,
  /^(NOTIFY|HTTP_OUTBOX|MULTIPART)_/,
  /_MAX_BYTES$/,
  /^RECEIPTS_PER_ADDRESS_PER_DAY$/,
];

const ignored = (key) => PER_BOOT.some((re) => re.test(key)) || RUNTIME_ONLY.some((re) => re.test(key));

/** The environment that matters to the seeding, to compare a boot's with the template's. */
function seedingEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !ignored(k)) out[k] = v;
  return out;
}

const pgClient = (url) => {
  const { Client } = require('pg');
  return new Client({ connectionString: url });
};

/**
 * Builds the template for this run and returns the path of its manifest (client, where it is, the
 * environment it was seeded with), which strapi.ts reads through MIND_TEST_TEMPLATE.
 */
async function createTemplate(root, distDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-desk-template-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  let db;
  if (adminUrl) {
    const name = `mind_template_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = pgClient(adminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    // as every test database (strapi.ts): commits need not wait for the WAL flush
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = { client: 'postgres', name, env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' } };
  } else {
    const file = path.join(dir, 'template.db');
    db = { client: 'sqlite', file, env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file } };
  }
  const env = { ...process.env, ...baseEnv, ...secrets(), SMTP_PORT: '2525', ...db.env, MIND_TEST_DIST_DIR: distDir };
  // strapi.ts compares each boot's environment with `env`, leaving out the keys `ignore` matches
  const ignore = [...PER_BOOT, ...RUNTIME_ONLY].map((re) => re.source);
  const manifest = { ...db, dir, env: seedingEnv(env), ignore };
  const file = path.join(dir, 'template.json');
  fs.writeFileSync(file, JSON.stringify(manifest));
  try {
    execFileSync(process.execPath, [__filename], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    await dropTemplate(file);
    throw new Error(`global-setup: the template database's boot failed\n${err.stderr ?? err.message}`);
  }
  return file;
}

/** Drops the template database and its folder (global teardown). */
async function dropTemplate(file) {
  if (!file || !fs.existsSync(file)) return;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.client === 'postgres' && process.env.TEST_DATABASE_URL) {
    const c = pgClient(process.env.TEST_DATABASE_URL);
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${manifest.name}" WITH (FORCE)`);
    await c.end();
  }
  fs.rmSync(manifest.dir, { recursive: true, force: true });
}

/** The child: one boot to completion of the bootstrap, then a clean stop (SQLite checkpoints its WAL). */
async function bootOnce() {
  const { testToday, shiftClock } = require('./clock');
  const at = testToday();
  // seeded rows carry the test's date, as on a fresh boot under TEST_TODAY
  if (at !== undefined) shiftClock(globalThis, at);
  const { createStrapi } = require('@strapi/strapi');
  const root = path.resolve(__dirname, '..', '..');
  const strapi = createStrapi({ appDir: root, distDir: process.env.MIND_TEST_DIST_DIR });
  strapi.log.level = 'error';
  await strapi.load();
  await strapi.destroy();
  if (process.env.DATABASE_CLIENT === 'sqlite') {
    // one self-contained file to copy: the WAL folded in and switched off (each boot switches it back on)
    const Database = require('better-sqlite3');
    const conn = new Database(process.env.DATABASE_FILENAME);
    conn.pragma('journal_mode = DELETE');
    conn.close();
  }
}

if (require.main === module) {
  bootOnce().then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`${err.stack ?? err}\n`);
      process.exit(1);
    },
  );
}

module.exports = { createTemplate, dropTemplate };
