'use strict';
/**
 * The admin panel bundle for browser tests. `strapi build` would recompile the server into dist/ and
 * write dist/build, which other commands in the same tree use; instead this builds only the admin
 * bundle (Strapi's own build context and Vite build, the same code `strapi build` runs) into
 * `<distDir>/build` of the test run's compiled app, where Strapi serves it from.
 *
 * The bundle depends only on src/admin, the installed packages and a few config files, so it is
 * cached under .cache/mind-admin-build/<hash of those> and reused while they are unchanged (a cold
 * build takes one to three minutes on a 2-core machine; a cached one, a symlink).
 *
 *   ensureAdminBuild(distDir)          – from a test (runs the build in a child process)
 *   node tests/harness/admin-build.js <distDir>   – the child process itself
 */
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const cacheRoot = path.join(root, '.cache', 'mind-admin-build');

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/** Hash of everything the admin bundle is made from. */
function buildKey() {
  const hash = crypto.createHash('sha256');
  const files = [
    ...listFiles(path.join(root, 'src', 'admin')),
    // the admin forms (labels, enumerations) the admin bundle imports from src/lib, and the models they read
    ...listFiles(path.join(root, 'src', 'lib')).filter((f) => /(admin-forms?|platform-admin-form|model)\.ts$/.test(f)),
    path.join(root, 'package-lock.json'),
    path.join(root, 'config', 'admin.ts'),
    path.join(root, 'config', 'server.ts'),
    path.join(root, 'config', 'plugins.ts'),
    __filename,
  ].sort();
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    hash.update(path.relative(root, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Keeps the newest few bundles (each is some tens of MB). */
function prune(keep, max = 3) {
  const entries = fs
    .readdirSync(cacheRoot)
    .filter((name) => !name.includes('.tmp-'))
    .map((name) => ({ name, mtime: fs.statSync(path.join(cacheRoot, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const e of entries.slice(max)) if (e.name !== keep) fs.rmSync(path.join(cacheRoot, e.name), { recursive: true, force: true });
}

/** Makes `<distDir>/build` hold the admin bundle; returns {cached, ms}. */
async function ensureAdminBuild(distDir) {
  const started = Date.now();
  const target = path.join(distDir, 'build');
  const cached = path.join(cacheRoot, buildKey());
  if (!fs.existsSync(path.join(cached, 'index.html'))) {
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [__filename, distDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`admin build failed (${code}):\n${output.slice(-4000)}`))));
    });
    // publish to the cache atomically (another run may be building the same key)
    fs.mkdirSync(cacheRoot, { recursive: true });
    const tmp = `${cached}.tmp-${process.pid}`;
    fs.cpSync(target, tmp, { recursive: true });
    try {
      fs.renameSync(tmp, cached);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    prune(path.basename(cached));
    return { cached: false, ms: Date.now() - started };
  }
  // Already in place for this run (its folder is per run, so it holds this bundle): another browser test
  // file may be serving pages from it right now, and removing it would break their lazy-loaded chunks.
  if (fs.existsSync(path.join(target, 'index.html'))) return { cached: true, ms: Date.now() - started };
  // a link under another name, then renamed over the target: never a moment without a bundle
  const link = `${target}.link-${process.pid}`;
  fs.rmSync(link, { force: true });
  fs.symlinkSync(cached, link, 'dir');
  fs.renameSync(link, target);
  return { cached: true, ms: Date.now() - started };
}

async function buildInto(distDir) {
  const strapiDir = path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [root] }));
  // Internal modules of @strapi/strapi (pinned 5.54.0): what `strapi build` calls after compiling TS.
  const { createBuildContext } = require(path.join(strapiDir, 'dist/src/node/create-build-context.js'));
  const { writeStaticClientFiles } = require(path.join(strapiDir, 'dist/src/node/staticFiles.js'));
  const { build } = require(path.join(strapiDir, 'dist/src/node/vite/build.js'));
  const { createStrapi } = require('@strapi/strapi');
  const quiet = () => undefined;
  const logger = {
    debug: quiet,
    info: quiet,
    log: quiet,
    success: quiet,
    warn: (...a) => console.warn(...a),
    error: (...a) => console.error(...a),
    spinner: () => ({
      start() {
        return this;
      },
      succeed: quiet,
      fail: quiet,
      text: '',
    }),
    warnings: 0,
    errors: 0,
  };
  const strapi = createStrapi({ appDir: root, distDir, autoReload: false, serveAdminPanel: false });
  const ctx = await createBuildContext({ cwd: root, logger, strapi, options: { minify: true, sourcemap: false } });
  await writeStaticClientFiles(ctx);
  await build(ctx);
}

if (require.main === module) {
  buildInto(path.resolve(process.argv[2])).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

module.exports = { ensureAdminBuild, buildKey };
