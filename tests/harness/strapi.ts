import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import request from 'supertest';
import type { AddressInfo } from 'net';
import { TestSmtp } from './smtp';

export const root = path.resolve(__dirname, '..', '..');

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

interface Template {
  client: 'sqlite' | 'postgres';
  file?: string;
  name?: string;
  /** the environment the template was seeded under, without the keys `ignore` matches */
  env: Record<string, string>;
  /** sources of the patterns of keys that do not change the seeding (tests/harness/template-db.js) */
  ignore: string[];
}

/** True when a boot under `env` would seed what the template seeded. */
function sameSeeding(t: Template, env: NodeJS.ProcessEnv) {
  const ignored = t.ignore.map((s) => new RegExp(s));
  const keys = new Set([...Object.keys(t.env), ...Object.keys(env)]);
  return [...keys].every((k) => ignored.some((re) => re.test(k)) || t.env[k] === env[k]);
}

/** This run's template database (tests/harness/template-db.js), when the global setup built one. */
function template(): Template | undefined {
  const file = process.env.MIND_TEST_TEMPLATE;
  return file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

export interface DatabaseOptions {
  /** a copy of the run's template database (schema and seeds in place) instead of an empty one */
  fromTemplate?: boolean;
}

/**
 * A database for one test file: a temporary SQLite file, or — when TEST_DATABASE_URL is set — a new
 * PostgreSQL database on that server, dropped afterwards. Empty unless `fromTemplate`.
 */
export async function createTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const from = options.fromTemplate ? template() : undefined;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-desk-test-'));
    const file = path.join(dir, 'test.db');
    // the template was closed cleanly and left out of WAL mode, so its one file is the whole database
    if (from?.client === 'sqlite' && from.file) fs.copyFileSync(from.file, file);
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `mind_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const copy = from?.client === 'postgres' && from.name ? ` TEMPLATE "${from.name}"` : '';
  await admin.query(`CREATE DATABASE "${name}"${copy}`);
  // a test database need not survive a crash of the server: commits stop waiting for the WAL flush
  // (atomicity and visibility unchanged); a write-heavy file ran in 15 s instead of 22 s
  await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' },
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

const testSecrets = () => ({
  APP_KEYS: [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
  API_TOKEN_SALT: randomBytes(16).toString('base64'),
  ADMIN_JWT_SECRET: randomBytes(16).toString('base64'),
  JWT_SECRET: randomBytes(16).toString('base64'),
  TRANSFER_TOKEN_SALT: randomBytes(16).toString('base64'),
  ENCRYPTION_KEY: randomBytes(16).toString('base64'),
});

export interface TestApp {
  strapi: Core.Strapi;
  smtp: TestSmtp;
  db: TestDatabase;
  /** supertest bound to this instance's HTTP server */
  http: () => ReturnType<typeof request>;
  /** where the instance listens, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  close(): Promise<void>;
}

export interface BootOptions {
  /** extra environment for this instance (e.g. DEMO_DATA, rate limits) */
  env?: Record<string, string>;
  /** reuse a database created elsewhere (two instances on one PostgreSQL) */
  db?: TestDatabase;
}

/**
 * Waits (up to 10 s) until the database pool is idle. Strapi finishes some work after a response
 * (event hub listeners), and destroying the pool under it aborts those queries.
 */
async function settle(strapi: Core.Strapi) {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool) return;
  const until = Date.now() + 10000;
  while ((pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Boots one real Strapi instance from the compiled dist/, with its own database and SMTP server. */
export async function bootStrapi(options: BootOptions = {}): Promise<TestApp> {
  const smtp = await new TestSmtp().start();
  const env = {
    NODE_ENV: 'test',
    TZ: 'Asia/Bangkok',
    SERVE_ADMIN: 'false',
    CRON_ENABLED: 'false',
    DEMO_DATA: 'false',
    // suites probe public routes far faster than a person: the anonymous limit is tested on its own
    ANON_RATE_LIMIT: '100000',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'MIND Desk <no-reply@mind-desk.test>',
    ...testSecrets(),
    ...options.env,
  };
  // The template was seeded under the template's environment: a file that boots under another one
  // (demo data, production, a seeded period) gets an empty database and seeds it itself.
  const seeded = template();
  const fromTemplate = seeded !== undefined && sameSeeding(seeded, { ...process.env, ...env });
  const db = options.db ?? (await createTestDatabase({ fromTemplate }));
  Object.assign(process.env, env, db.env, options.env);
  const strapi = createStrapi({ appDir: root, distDir: process.env.MIND_TEST_DIST_DIR ?? path.join(root, 'dist') });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  try {
    await strapi.load();
  } catch (err) {
    await strapi.destroy().catch(() => undefined);
    await smtp.stop();
    if (!options.db) await db.drop();
    throw err;
  }
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  strapi.server.mount();
  // Listen once on a free loopback port: supertest then reuses the address instead of starting and
  // closing the server around each request (which aborts concurrent requests), and browsers can reach it.
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const address = strapi.server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const http = () => request(baseUrl);
  return {
    strapi,
    smtp,
    db,
    http,
    baseUrl,
    async close() {
      await settle(strapi);
      await strapi.destroy();
      await smtp.stop();
      if (!options.db) await db.drop();
    },
  };
}
