#!/usr/bin/env node
'use strict';
/**
 * What the browser tests need, found or installed the same way on a developer's machine and in CI
 * (`npm test` and `.ci/run` both come through here): Debian's Chromium at /usr/bin/chromium (never a
 * browser Playwright downloads) and, optionally, a Thai font for readable screenshots.
 *
 * Installs with apt-get when it can (root, or password-less sudo). When it cannot, it stops at once
 * with one line saying what to install, rather than letting four browser tests fail to launch.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');

const CHROMIUM = '/usr/bin/chromium';
const tag = 'ensure-browser:';

const executable = (p) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** How to run apt-get here: directly as root, through password-less sudo, or not at all. */
function aptPrefix() {
  if (!onPath('apt-get')) return null;
  if (process.getuid && process.getuid() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return null;
}

// apt-get's own progress goes to stderr so that it shows, but only on the (rare) install path.
function apt(prefix, args) {
  const [cmd, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
  return spawnSync(cmd, rest, { stdio: ['ignore', 2, 2] }).status === 0;
}

function hasThaiFont() {
  const r = spawnSync('fc-list', [':lang=th'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

function fail(message) {
  process.stderr.write(`${tag} ${message}\n`);
  process.exit(1);
}

const prefix = aptPrefix();
let updated = false;
const install = (pkg) => {
  if (!updated) updated = apt(prefix, ['update', '-qq']);
  return updated && apt(prefix, ['install', '-y', '-qq', '--no-install-recommends', pkg]);
};

if (!executable(CHROMIUM)) {
  const how = `install Debian's chromium package (as root: apt-get install chromium) so that ${CHROMIUM} exists, then run npm test again`;
  if (!prefix) fail(`the browser tests need Chromium at ${CHROMIUM} and this user cannot install it: ${how}`);
  process.stderr.write(`${tag} installing Chromium from Debian's packages…\n`);
  if (!install('chromium') || !executable(CHROMIUM)) fail(`installing Chromium failed (see apt-get above): ${how}`);
}

// The screenshots kept as artefacts show boxes for Thai text without a Thai font; the tests do not
// depend on it, so a missing font only warns.
if (!hasThaiFont()) {
  if (!prefix || !install('fonts-thai-tlwg')) {
    process.stderr.write(`${tag} warning: no Thai font (apt-get install fonts-thai-tlwg); screenshots will show boxes for Thai text\n`);
  }
}
