'use strict';
const fs = require('fs');

module.exports = async () => {
  if (process.env.MIND_TEST_DIST_DIR) fs.rmSync(process.env.MIND_TEST_DIST_DIR, { recursive: true, force: true });
};
