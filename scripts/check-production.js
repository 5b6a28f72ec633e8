#!/usr/bin/env node
'use strict';
/**
 * `npm start` runs this first: production starts only with production settings. Each problem is one
 * line; any problem stops the start (exit 1). The demo (`npm run demo`) and `npm run develop` do not
 * run it. Demo accounts in the database are refused by the server itself at start
 * (src/lib/security/production-start.ts), since that needs the database.
 * Reads `.env` as Strapi does (variables already in the environment win).
 * Usage: node scripts/check-production.js [dir]
 */
const fs = require('fs');
const path = require('path');

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'];
/** Values from Strapi's .env.example and tutorials. */
const PLACEHOLDER = /^(tobemodified\d*|changeme|change-me|secret|default|example|test)$/i;

/** `.env` as KEY=VALUE lines (quotes stripped), like dotenv. */
function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m) continue;
    out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** @returns {string[]} one line per problem */
function productionProblems(env) {
  const problems = [];
  if (env.NODE_ENV !== 'production') {
    problems.push(
      `NODE_ENV is "${env.NODE_ENV ?? ''}", not "production": npm start is for production (npm run demo or npm run develop otherwise).`,
    );
  }
  for (const name of SECRETS) {
    const values = String(env[name] ?? '')
      .split(',')
      .map((s) => s.trim());
    if (values.every((v) => !v)) problems.push(`${name} is not set: generate it (see README, "Running in production").`);
    else if (values.some((v) => !v || PLACEHOLDER.test(v) || v.length < 16))
      problems.push(`${name} is a placeholder or shorter than 16 characters: use a long random value.`);
  }
  if (!env.SMTP_HOST) problems.push('SMTP_HOST is not set: production sends mail through SMTP, not into .tmp/mail.');
  if (!env.PUBLIC_URL) problems.push('PUBLIC_URL is not set: e-mail links and the Open311 feed need the public https:// address.');
  else if (!/^https:\/\/[^/\s]+/.test(env.PUBLIC_URL)) problems.push(`PUBLIC_URL "${env.PUBLIC_URL}" is not an https:// address.`);
  if (env.DEMO_DATA === 'true') problems.push('DEMO_DATA=true loads demo accounts with known passwords: unset it.');
  if (env.DEMO_ADMIN_EMAIL || env.DEMO_ADMIN_PASSWORD)
    problems.push('DEMO_ADMIN_EMAIL/DEMO_ADMIN_PASSWORD create a demo super admin: unset them.');
  return problems;
}

module.exports = { productionProblems, readEnvFile };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || process.cwd());
  const env = { ...readEnvFile(path.join(dir, '.env')), ...process.env };
  const problems = productionProblems(env);
  if (problems.length) {
    for (const p of problems) console.error(`npm start refused: ${p}`);
    process.exit(1);
  }
}
