import type { Core } from '@strapi/strapi';
import fs from 'fs';
import { Worker } from 'worker_threads';
import { intEnv } from './env';

/**
 * SQLite checkpoints off the request path. In WAL mode a commit appends pages to the log, and SQLite copies
 * the log back into the database file (a checkpoint, with its fsync) on the connection whose commit takes
 * the log past 1,000 pages: with one connection that is whichever request wrote last, which then waits
 * ~10 ms (one audited officer list in twenty under load; bench/RESULTS.md). Here a worker thread with a
 * connection of its own checkpoints every DATABASE_SQLITE_CHECKPOINT_MS, PASSIVE (it neither waits for nor
 * blocks the writer or the readers), and the server's connection checkpoints by itself only past
 * DATABASE_SQLITE_WAL_AUTOCHECKPOINT pages, should the worker fall behind or stop. 0 ms: SQLite's own
 * checkpoints only, as before.
 *
 * A worker is a second Node environment (~17 MB): it starts when the log first grows past 256 pages (a
 * quarter of SQLite's threshold), looked at once a second, so an instance that takes few writes never
 * pays for it.
 */

/** Runs in the worker: its own connection, one PASSIVE checkpoint a tick, closed on "stop". */
const WORKER = `
const { workerData, parentPort } = require('worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { fileMustExist: true });
// a checkpoint reads the log and writes the file: it needs no page cache of its own
db.pragma('cache_size = 16');
const tick = () => {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ log: result.log, checkpointed: result.checkpointed });
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** The worker's last checkpoint: frames in the log, frames of it copied back (SQLite's own figures). */
interface CheckpointReport {
  log: number;
  checkpointed: number;
}

interface Checkpointer {
  /** none until the log first grows */
  worker?: Worker;
  /** the look at the log's size, until the worker starts */
  watch?: NodeJS.Timeout;
  stopping: boolean;
  last?: CheckpointReport;
}
const running = new WeakMap<Core.Strapi, Checkpointer>();

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
const START_PAGES = 256;
const WATCH_MS = 1000;

/** Bootstrap: when the database is a SQLite file in WAL mode, starts the worker once the log grows. */
export async function startSqliteCheckpoints(strapi: Core.Strapi): Promise<void> {
  const everyMs = intEnv('DATABASE_SQLITE_CHECKPOINT_MS', 250);
  const connection = strapi.config.get('database.connection') as { client?: string; connection?: { filename?: string } };
  const filename = connection.connection?.filename;
  if (!everyMs || connection.client !== 'sqlite' || !filename || filename === ':memory:' || running.has(strapi)) return;
  const knex = strapi.db.connection;
  const [mode] = (await knex.raw('PRAGMA journal_mode')) as Array<{ journal_mode: string }>;
  if (mode?.journal_mode?.toLowerCase() !== 'wal') return;
  const [size] = (await knex.raw('PRAGMA page_size')) as Array<{ page_size: number }>;
  const startBytes = START_PAGES * (size?.page_size || 4096);

  const state: Checkpointer = { stopping: false };
  running.set(strapi, state);
  let looking = false;
  state.watch = setInterval(() => {
    if (looking || state.worker || state.stopping) return;
    looking = true;
    fs.promises
      .stat(`${filename}-wal`)
      .then(async (wal) => {
        if (wal.size < startBytes || state.worker || state.stopping) return;
        clearInterval(state.watch);
        state.watch = undefined;
        await startWorker(strapi, state, filename, everyMs);
      })
      .catch(() => undefined) // no log yet
      .finally(() => {
        looking = false;
      });
  }, WATCH_MS);
  state.watch.unref();
}

async function startWorker(strapi: Core.Strapi, state: Checkpointer, filename: string, everyMs: number) {
  const knex = strapi.db.connection;
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), filename, everyMs },
    // a few objects a tick: a small heap
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, codeRangeSizeMb: 4, stackSizeMb: 1 },
  });
  state.worker = worker;
  worker.unref();
  worker.on('message', (report: CheckpointReport) => {
    state.last = report;
  });
  const fallBack = () => {
    if (state.stopping) return;
    running.delete(strapi);
    // the worker is gone: SQLite's own threshold again, so the log cannot grow past it
    knex.raw(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`).catch(() => undefined);
  };
  worker.on('error', (err) => {
    strapi.log.warn(`SQLite checkpoint worker failed, SQLite checkpoints by itself again: ${err.message}`);
    fallBack();
  });
  worker.on('exit', fallBack);
  await knex.raw(`PRAGMA wal_autocheckpoint = ${intEnv('DATABASE_SQLITE_WAL_AUTOCHECKPOINT', 10000)}`);
}

/** Destroy: closes the worker's connection before the server's, so the last one to close is the server's. */
export async function stopSqliteCheckpoints(strapi: Core.Strapi): Promise<void> {
  const state = running.get(strapi);
  if (!state) return;
  state.stopping = true;
  running.delete(strapi);
  clearInterval(state.watch);
  const { worker } = state;
  if (!worker) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.postMessage('stop');
  await exited;
}

/**
 * Whether the log is watched, whether a worker runs, and its last checkpoint.
 * @public tests/api/sqlite-checkpoint.test.ts loads it from the build
 */
export function sqliteCheckpointer(strapi: Core.Strapi): { watching: boolean; running: boolean; last?: CheckpointReport } {
  const state = running.get(strapi);
  return { watching: Boolean(state), running: Boolean(state?.worker), last: state?.last };
}
