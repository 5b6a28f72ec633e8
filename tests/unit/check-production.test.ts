import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * `npm start` (production) first runs scripts/check-production.js: development-only settings stop the
 * start with one line each, and production settings pass.
 */
const SCRIPT = path.resolve(__dirname, '../../scripts/check-production.js');
const long = (c: string) => c.repeat(32);
const PRODUCTION = {
  NODE_ENV: 'production',
  APP_KEYS: `${long('a')},${long('b')}`,
  API_TOKEN_SALT: long('c'),
  ADMIN_JWT_SECRET: long('d'),
  JWT_SECRET: long('e'),
  TRANSFER_TOKEN_SALT: long('f'),
  ENCRYPTION_KEY: long('g'),
  SMTP_HOST: 'smtp.example.go.th',
  PUBLIC_URL: 'https://desk.example.go.th',
};

function start(env: Record<string, string | undefined>, dotEnv = '') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-production-'));
  fs.writeFileSync(path.join(dir, '.env'), dotEnv);
  // only what the test gives: the machine's own environment must not decide the outcome
  const clean = Object.fromEntries(Object.entries({ PATH: process.env.PATH, ...env }).filter(([, v]) => v !== undefined));
  const r = spawnSync(process.execPath, [SCRIPT, dir], { env: clean as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { status: r.status, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

describe('npm start refuses development-only settings', () => {
  it('starts with production settings, from the environment or from .env', () => {
    expect(start(PRODUCTION)).toEqual({ status: 0, lines: [] });
    const dotEnv = Object.entries(PRODUCTION)
      .map(([k, v]) => `${k}="${v}"`)
      .join('\n');
    expect(start({}, dotEnv)).toEqual({ status: 0, lines: [] });
  });

  it.each([
    ['development mode', { NODE_ENV: 'development' }, /NODE_ENV is "development"/],
    ['no NODE_ENV', { NODE_ENV: undefined }, /NODE_ENV is ""/],
    ['a missing secret', { JWT_SECRET: undefined }, /JWT_SECRET is not set/],
    ["Strapi's placeholder secret", { ADMIN_JWT_SECRET: 'toBeModified' }, /ADMIN_JWT_SECRET is a placeholder/],
    ['a short app key', { APP_KEYS: `${long('a')},short` }, /APP_KEYS is a placeholder or shorter/],
    ['the file mail transport', { SMTP_HOST: undefined }, /SMTP_HOST is not set/],
    ['no public URL', { PUBLIC_URL: undefined }, /PUBLIC_URL is not set/],
    ['a plain-http public URL', { PUBLIC_URL: 'http://localhost:1337' }, /not an https:\/\/ address/],
    ['the demo data', { DEMO_DATA: 'true' }, /DEMO_DATA=true/],
    ['a demo super admin', { DEMO_ADMIN_EMAIL: 'admin@example.test' }, /DEMO_ADMIN_EMAIL/],
  ])('refuses %s with one clear line', (_what, change, message) => {
    const r = start({ ...PRODUCTION, ...change });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^npm start refused: /);
    expect(r.lines[0]).toMatch(message);
  });
});
