'use strict';
const fs = require('fs');

module.exports = async () => {
  // a shared tree belongs to the caller that compiled it
  if (process.env.MIND_TEST_DIST_SHARED === '1') return;
  if (process.env.MIND_TEST_DIST_DIR) fs.rmSync(process.env.MIND_TEST_DIST_DIR, { recursive: true, force: true });
};
