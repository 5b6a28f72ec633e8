import type { Core } from '@strapi/strapi';
import { Worker } from 'worker_threads';

/**
 * SQLite checkpoints off the request path. In WAL mode a commit appends pages to the log, and SQLite copies
 * the log back into the database file (a checkpoint, with its fsync) on the connection whose commit takes
 * the log past 1,000 pages: with one connection that is whichever request wrote last, which then waits
 * ~10 ms (one audited officer list in twenty under load; bench/RESULTS.md). Here a worker thread with a
 * connection of its own checkpoints every DATABASE_SQLITE_CHECKPOINT_MS, PASSIVE (it neither waits for nor
 * blocks the writer or the readers), and the server's connection checkpoints by itself only past
 * DATABASE_SQLITE_WAL_AUTOCHECKPOINT pages, should the worker fall behind or stop. 0 ms: SQLite's own
 * checkpoints only, as before.
 */

/** Runs in the worker: its own connection, one PASSIVE checkpoint a tick, closed on "stop". */
const WORKER = `
const { workerData, parentPort } = require('worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { fileMustExist: true });
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
export interface CheckpointReport {
  log: number;
  checkpointed: number;
}

interface Checkpointer {
  worker: Worker;
  stopping: boolean;
  /** checkpoints reported so far, and the last one */
  reports: number;
  last?: CheckpointReport;
}
const running = new WeakMap<Core.Strapi, Checkpointer>();

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

function intEnv(name: string, fallback: number): number {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

/** Bootstrap: starts the worker when the database is a SQLite file in WAL mode. */
export async function startSqliteCheckpoints(strapi: Core.Strapi): Promise<void> {
  const everyMs = intEnv('DATABASE_SQLITE_CHECKPOINT_MS', 250);
  const connection = strapi.config.get('database.connection') as { client?: string; connection?: { filename?: string } };
  const filename = connection.connection?.filename;
  if (!everyMs || connection.client !== 'sqlite' || !filename || filename === ':memory:' || running.has(strapi)) return;
  const knex = strapi.db.connection;
  const [mode] = (await knex.raw('PRAGMA journal_mode')) as Array<{ journal_mode: string }>;
  if (mode?.journal_mode?.toLowerCase() !== 'wal') return;

  const worker = new Worker(WORKER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), filename, everyMs } });
  const state: Checkpointer = { worker, stopping: false, reports: 0 };
  running.set(strapi, state);
  worker.unref();
  worker.on('message', (report: CheckpointReport) => {
    state.reports++;
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
  const exited = new Promise((resolve) => state.worker.once('exit', resolve));
  state.worker.postMessage('stop');
  await exited;
}

/** Whether a worker runs, how many checkpoints it has reported, and the last one. */
export function sqliteCheckpointer(strapi: Core.Strapi): { running: boolean; reports: number; last?: CheckpointReport } {
  const state = running.get(strapi);
  return { running: Boolean(state), reports: state?.reports ?? 0, last: state?.last };
}
