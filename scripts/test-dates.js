#!/usr/bin/env node
'use strict';
/**
 * The date-edge pass (`npm run test:dates`, run by .ci/run after the full suite): the unit project and
 * the date-sensitive API suites once more at each of the instants that break date code (fiscal year
 * and quarter edges, the Buddhist year change, a leap day; tests/harness/clock.js), each on a clock
 * set by TEST_TODAY. SQLite only: what differs between the edges is the date, not the database.
 *
 *   npm run test:dates                                   every edge
 *   npm run test:dates -- 2027-01-01T00:05:00+07:00      one instant
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { DATE_EDGES } = require('../tests/harness/clock');
const { compile } = require('../tests/harness/global-setup');

// The API suites whose outcome depends on the date: demo data built relative to today, reporting
// periods and fiscal quarters, SLA deadlines, the dashboard's current quarter, the ticket's BE year.
const DATE_SENSITIVE_API = ['reporting-demo', 'demo', 'reporting', 'complaint-lifecycle', 'dashboard'];

const root = path.resolve(__dirname, '..');
const edges = process.argv.slice(2).length ? process.argv.slice(2).map((at) => ({ at, api: true })) : DATE_EDGES;
const distDir = path.join(root, '.test-dist', `dates-${process.pid}`);
const env = { ...process.env, MIND_TEST_DIST_DIR: distDir, MIND_TEST_DIST_SHARED: '1' };
delete env.TEST_DATABASE_URL;

const failed = [];
try {
  compile(root, distDir);
  for (const { at: today, api } of edges) {
    process.stdout.write(`\n== jest on ${today}${api ? '' : ' (unit)'} ==\n`);
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
        ...(api
          ? ['--selectProjects', 'unit', 'api', '--', 'tests/unit/', ...DATE_SENSITIVE_API.map((name) => `tests/api/${name}\\.test\\.ts$`)]
          : ['--selectProjects', 'unit']),
      ],
      { cwd: root, stdio: 'inherit', env: { ...env, TEST_TODAY: today } },
    );
    if (r.status !== 0) failed.push(today);
  }
} finally {
  fs.rmSync(distDir, { recursive: true, force: true });
}

if (failed.length) {
  process.stderr.write(`\ntest:dates: failed on ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`\ntest:dates: green on ${edges.length} date(s)\n`);
