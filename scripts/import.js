#!/usr/bin/env node
'use strict';
/**
 * `npm run import -- factories <file.csv>`  imports the Department of Industrial Works' factory registry
 *                                           (the same import as the admin page's: good rows kept, each bad
 *                                           row reported by line and field, a known registration number
 *                                           updated, never duplicated)
 *
 * Works against the configured database (.env / environment: SQLite or PostgreSQL). Compiles the server
 * code with `tsc -p tsconfig.json` into dist/ first (skipped when IMPORT_SKIP_BUILD=true; IMPORT_DIST_DIR
 * points at another compiled tree). Exit code 0 when every row was imported, 1 when a row was rejected
 * (the others are imported), 2 on a usage error.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const USAGE = 'usage: npm run import -- factories <file.csv>';
const KINDS = { factories: { module: path.join('src', 'lib', 'factories', 'import.js'), run: 'importFactories' } };

async function main() {
  const [kind, file] = process.argv.slice(2);
  if (!KINDS[kind] || !file) {
    console.error(USAGE);
    return 2;
  }
  const csvPath = path.resolve(process.cwd(), file);
  if (!fs.existsSync(csvPath)) {
    console.error(`import: no file ${csvPath}`);
    return 2;
  }
  const text = fs.readFileSync(csvPath, 'utf8');
  process.chdir(root);

  const distDir = process.env.IMPORT_DIST_DIR ? path.resolve(process.env.IMPORT_DIST_DIR) : path.join(root, 'dist');
  if (process.env.IMPORT_SKIP_BUILD !== 'true') {
    const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--outDir', distDir], {
      stdio: 'inherit',
    });
    if (tsc.status !== 0) {
      console.error('import: the TypeScript build failed');
      return 1;
    }
  }

  // this process imports and stops: no jobs, no demo data
  process.env.CRON_ENABLED = 'false';
  process.env.DEMO_DATA = 'false';
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir });
  app.log.level = process.env.IMPORT_LOG_LEVEL || 'warn';
  await app.load();
  app.log.level = process.env.IMPORT_LOG_LEVEL || 'warn';
  try {
    const started = Date.now();
    const report = await require(path.join(distDir, KINDS[kind].module))[KINDS[kind].run](app, text);
    console.log(
      `${kind}: ${report.rows} rows read, ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ` +
        `${report.rejected} rejected (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const p of report.problems) console.log(`  line ${p.line}, ${p.field}: ${p.message}`);
    return report.rejected ? 1 : 0;
  } catch (err) {
    console.error(`import: ${err && err.stack ? err.stack : err}`);
    return 1;
  } finally {
    await app.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
