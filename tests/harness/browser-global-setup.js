'use strict';
const fs = require('fs');
const compile = require('./global-setup');
const { ensureAdminBuild } = require('./admin-build');

const CHROMIUM = '/usr/bin/chromium';

// Without Chromium every browser test would fail to launch, each with its own stack: stop once, with
// the one line that says what to do (`npm test` installs it through scripts/ensure-browser.js).
module.exports = async (globalConfig, projectConfig) => {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
  } catch {
    const err = new Error(
      `browser tests need Chromium at ${CHROMIUM}: run \`npm run test:prepare\` (installs Debian's chromium) or apt-get install chromium`,
    );
    err.stack = err.message;
    throw err;
  }
  await compile(globalConfig, projectConfig);
  // The admin bundle once, before any file runs: two files building it at the same time into the run's
  // folder would each overwrite what the other is serving.
  await ensureAdminBuild(process.env.MIND_TEST_DIST_DIR);
};
