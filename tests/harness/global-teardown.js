'use strict';
const fs = require('fs');
const { dropTemplate } = require('./template-db');

module.exports = async () => {
  await dropTemplate(process.env.MIND_TEST_TEMPLATE);
  delete process.env.MIND_TEST_TEMPLATE;
  // a shared tree belongs to the caller that compiled it
  if (process.env.MIND_TEST_DIST_SHARED === '1') return;
  if (process.env.MIND_TEST_DIST_DIR) fs.rmSync(process.env.MIND_TEST_DIST_DIR, { recursive: true, force: true });
};
