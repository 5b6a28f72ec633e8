'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

// Compile the server code and config once per run into a private folder, so that a run never
// boots from a dist/ that another command (a build, a second test run) is rewriting.
module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  const distDir = path.join(root, '.test-dist', String(process.pid));
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', 'tsconfig.json', '--outDir', distDir, '--incremental', 'false'],
    { cwd: root, stdio: 'inherit' },
  );
  process.env.MIND_TEST_DIST_DIR = distDir;
};
