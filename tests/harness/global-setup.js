'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

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
  if (process.env.MIND_TEST_DIST_SHARED === '1' && process.env.MIND_TEST_DIST_DIR) return;
  const distDir = path.join(root, '.test-dist', String(process.pid));
  // already compiled by this run (the browser project's setup comes through here too)
  if (process.env.MIND_TEST_DIST_DIR === distDir) return;
  compile(root, distDir);
  process.env.MIND_TEST_DIST_DIR = distDir;
};
module.exports.compile = compile;
