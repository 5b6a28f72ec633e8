'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const { createTemplate } = require('./template-db');

/** Compiles the server code and config into `distDir` (what every test boots from). */
function compile(root, distDir) {
  try {
    execFileSync(
      path.join(root, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.json', '--outDir', distDir, '--incremental', 'false', '--noEmitOnError', 'false'],
      { cwd: root, stdio: 'pipe' },
    );
  } catch (err) {
    // tsc exits 2 when it emitted despite type errors; anything else is a real failure.
    if (err.status !== 2) throw err;
    process.stderr.write('global-setup: type errors (see `npm run typecheck`); testing the emitted code anyway\n');
  }
}

// Compile once per run into a private folder, so that a run never boots from a dist/ that another
// command (a build, a second test run) is rewriting. Type errors do not stop the emit here:
// `npm test` type-checks first and fails on them. A caller that runs jest several times on one
// compiled tree (scripts/test-dates.js) passes it in MIND_TEST_DIST_DIR with MIND_TEST_DIST_SHARED=1.
module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  const distDir = path.join(root, '.test-dist', String(process.pid));
  const shared = process.env.MIND_TEST_DIST_SHARED === '1' && process.env.MIND_TEST_DIST_DIR;
  // already compiled by this run (the browser project's setup comes through here too)
  if (!shared && process.env.MIND_TEST_DIST_DIR !== distDir) {
    compile(root, distDir);
    process.env.MIND_TEST_DIST_DIR = distDir;
  }
  // One boot on an empty database, copied by every file's database (tests/harness/template-db.js);
  // TEST_DB_TEMPLATE=0 boots every file on an empty database instead. Per jest run, not per compiled
  // tree: a run's TEST_TODAY dates the seeded rows.
  if (process.env.TEST_DB_TEMPLATE !== '0' && !process.env.MIND_TEST_TEMPLATE) {
    process.env.MIND_TEST_TEMPLATE = await createTemplate(root, process.env.MIND_TEST_DIST_DIR);
  }
};
module.exports.compile = compile;
