'use strict';
/**
 * Shared by the seed and scale-out scripts and the benchmark (bench/ may use scripts/, not the other
 * way round; not application code): compile the app, pick a database, secrets for a throw-away
 * server, an SMTP sink, argument parsing.
 */
const { spawnSync } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const distDir = path.join(root, 'bench', 'out', 'dist');

/** `--name value` and `--flag` arguments. */
function parseArgs(argv, defaults = {}) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, inline] = a.slice(2).split('=');
    if (inline !== undefined) out[k] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
    else out[k] = true;
  }
  return out;
}

/** Compiles the server into bench/out/dist (so dist/ of `npm run jobs` and others is left alone). */
function build() {
  // BENCH_DIST_DIR with BENCH_SKIP_BUILD: a tree compiled beforehand (the bench's server and seed boot the same one)
  if (process.env.BENCH_SKIP_BUILD === 'true') return process.env.BENCH_DIST_DIR || distDir;
  const tsc = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', 'tsconfig.json', '--outDir', distDir, '--incremental', 'false'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) throw new Error('the TypeScript build failed');
  return distDir;
}

function secrets() {
  const s = () => randomBytes(16).toString('base64');
  return {
    APP_KEYS: [1, 2, 3, 4].map(s).join(','),
    API_TOKEN_SALT: s(),
    ADMIN_JWT_SECRET: s(),
    JWT_SECRET: s(),
    TRANSFER_TOKEN_SALT: s(),
    ENCRYPTION_KEY: s(),
  };
}

const PG_DEFAULT = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh database: a temporary SQLite file, or a new PostgreSQL database on the server of
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres). Returns the env for Strapi and a drop().
 */
async function freshDatabase(kind, label = 'mind_bench') {
  if (kind === 'postgres') {
    const { Client } = require('pg');
    const server = process.env.BENCH_DATABASE_URL || PG_DEFAULT;
    const name = `${label}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      label: 'PostgreSQL',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      async drop() {
        const c = new Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  return {
    label: 'SQLite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db') },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An SMTP sink that accepts everything and keeps, per message, its Message-ID and the
 * X-Dedupe-Key-like headers it finds (the first 4 kB of each message are kept for that).
 */
async function smtpSink() {
  const { SMTPServer } = require('smtp-server');
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 8192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const headers = head.split(/\r?\n\r?\n/)[0];
        const header = (name) => {
          const m = headers.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'));
          return m ? m[1].trim() : null;
        };
        messages.push({
          messageId: header('Message-ID'),
          dedupeKey: header('X-MIND-Dedupe-Key'),
          subject: header('Subject'),
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        cb();
      });
    },
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.server.address().port,
    messages,
    close: () => new Promise((r) => server.close(r)),
  };
}

module.exports = { root, distDir, parseArgs, build, secrets, freshDatabase, smtpSink, PG_DEFAULT };
