'use strict';
/**
 * A second Strapi instance in its own process (Strapi keeps a process-wide `strapi` global, so two
 * instances cannot share one jest process). Boots from the compiled tree in MIND_TEST_DIST_DIR with
 * the environment it is given (same database, same SMTP server as the test), then answers IPC:
 *   { id, cmd: 'fire', job, slot }  → fireJob(strapi, job, new Date(slot))
 *   { id, cmd: 'scheduler' }         → whether the scheduler is running
 *   { id, cmd: 'stop' }              → strapi.destroy(), then exit
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..', '..');
const distDir = process.env.MIND_TEST_DIST_DIR || path.join(root, 'dist');

(async () => {
  const strapi = createStrapi({ appDir: root, distDir });
  strapi.log.level = process.env.TEST_LOG_LEVEL || 'error';
  await strapi.load();
  strapi.log.level = process.env.TEST_LOG_LEVEL || 'error';
  const scheduler = require(path.join(distDir, 'src', 'lib', 'platform', 'scheduler.js'));
  process.on('message', async (msg) => {
    try {
      if (msg.cmd === 'fire') {
        const result = await scheduler.fireJob(strapi, msg.job, new Date(msg.slot));
        process.send({ id: msg.id, result });
      } else if (msg.cmd === 'scheduler') {
        process.send({ id: msg.id, result: scheduler.isSchedulerRunning(strapi) });
      } else if (msg.cmd === 'stop') {
        await strapi.destroy();
        process.send({ id: msg.id, result: true }, () => process.exit(0));
      }
    } catch (err) {
      process.send({ id: msg.id, error: String(err && err.stack ? err.stack : err) });
    }
  });
  process.send({ ready: true });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
