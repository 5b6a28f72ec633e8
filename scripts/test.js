#!/usr/bin/env node
'use strict';
/**
 * `npm test`: what the browser tests need, the unit tests, tsc, the linter, then the api, security and
 * browser projects.
 *
 * With TEST_DATABASE_URL set (PostgreSQL) only the projects whose outcome depends on the database run:
 * api and security. Static checks, unit tests and the browser project give the same answer on any
 * database and take a third of a full run, so CI (`.ci/run`) runs them once, in the SQLite pass; it
 * keeps both passes inside the time CI allows. `TEST_ALL=1` runs everything on PostgreSQL too.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL) && process.env.TEST_ALL !== '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const jest = [process.execPath, path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')];

const steps = onPostgres
  ? [[...jest, '--selectProjects', 'api', 'security']]
  : [
      [npm, 'run', 'test:prepare'],
      [npm, 'run', 'test:unit'],
      [npm, 'run', 'typecheck'],
      [npm, 'run', 'lint'],
      [...jest, '--selectProjects', 'api', 'security', 'browser'],
    ];

if (onPostgres) {
  process.stdout.write('npm test on PostgreSQL: api and security projects (static checks, unit and browser run in the SQLite pass)\n');
}
// arguments after `npm test --` go to the last step, jest
steps[steps.length - 1].push(...process.argv.slice(2));
for (const [cmd, ...args] of steps) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
