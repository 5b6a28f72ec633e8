#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: first-run setup, then Strapi on SQLite with the demo data.
 *  1. creates .env with random secrets if it is missing;
 *  2. builds the admin panel if it has never been built (or src/admin changed), else compiles the server code;
 *  3. starts Strapi with DEMO_DATA=true (the demo data is loaded once; later starts add nothing).
 */
const { spawnSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureEnv } = require('./ensure-env');

const root = path.resolve(__dirname, '..');
process.chdir(root);
const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');

const { created, file } = ensureEnv(root);
console.log(created ? `Created ${file} with new random secrets.` : `Using ${file}.`);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const adminIndex = path.join(root, 'dist', 'build', 'index.html');
const adminStale = !fs.existsSync(adminIndex) || newestMtime(path.join(root, 'src', 'admin')) > fs.statSync(adminIndex).mtimeMs;

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (adminStale) {
  console.log('Building the admin panel (first run only; takes a minute or two)…');
  run(strapiBin, ['build']);
} else {
  run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json']);
}

/** A setting from the environment, else from .env (which Strapi reads too; the environment wins). */
function setting(name) {
  if (process.env[name]) return process.env[name];
  const line = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .find((l) => l.trim().startsWith(`${name}=`));
  return line
    ? line
        .slice(line.indexOf('=') + 1)
        .trim()
        .replace(/^(['"])(.*)\1$/, '$2')
    : '';
}

/** E-mail links must open from a mail client: without PUBLIC_URL, the demo's own address. */
function demoPublicUrl() {
  const configured = setting('PUBLIC_URL');
  if (configured) return configured;
  const host = setting('HOST') || '0.0.0.0';
  const name = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${setting('PORT') || '1337'}`;
}

const publicUrl = demoPublicUrl();
console.log(`E-mail links point to ${publicUrl} (PUBLIC_URL).`);
const child = spawn(strapiBin, ['start'], {
  stdio: 'inherit',
  env: { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true', PUBLIC_URL: publicUrl },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
