import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { bootStrapi, root, TestApp } from '../harness/strapi';

type Module = typeof import('../../src/lib/platform/sqlite-checkpoint');
let loaded: Module;
/** The module as the booted instance loaded it (its state is per instance). */
const checkpoints = () => loaded;
beforeAll(async () => {
  loaded = await import(
    path.join(process.env.MIND_TEST_DIST_DIR ?? path.join(root, 'dist'), 'src', 'lib', 'platform', 'sqlite-checkpoint.js')
  );
});

/** Rows of `table` in the database file alone, as if its log were lost: what checkpoints copied back. */
async function rowsInFileAlone(file: string, table: string, where: string): Promise<number> {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ckpt-')), 'copy.db');
  fs.copyFileSync(file, copy);
  try {
    const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: copy }, useNullAsDefault: true });
    try {
      const [{ n }] = (await knex(table).whereRaw(where).count({ n: '*' })) as Array<{ n: number }>;
      return Number(n);
    } finally {
      await knex.destroy();
    }
  } catch {
    return -1; // copied while a checkpoint was writing the file: read again
  } finally {
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

const pragma = async (app: TestApp, name: string) => {
  const [row] = (await app.strapi.db.connection.raw(`PRAGMA ${name}`)) as Array<Record<string, unknown>>;
  return Object.values(row)[0];
};

/** Rows written straight to a table, as a burst of audited reads writes them. */
async function writeRows(app: TestApp, n: number) {
  const now = new Date();
  const rows = Array.from({ length: n }, (_, i) => ({
    document_id: `checkpoint-test-${Date.now()}-${i}`,
    action: 'personal_data.read',
    actor_kind: 'system',
    target_type: 'api::complaint.complaint',
    target_id: `c${i}`,
    occurred_at: now,
    created_at: now,
    updated_at: now,
    published_at: now,
  }));
  for (let i = 0; i < rows.length; i += 100) await app.strapi.db.connection('audit_entries').insert(rows.slice(i, i + 100));
}

async function until<T>(read: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const onSqlite = !process.env.TEST_DATABASE_URL;
const ROWS = 3000;

describe('SQLite checkpoints off the request path', () => {
  if (!onSqlite) {
    it('starts no checkpoint worker on PostgreSQL', async () => {
      const app = await bootStrapi({ env: { DATABASE_SQLITE_CHECKPOINT_MS: '50' } });
      try {
        expect(checkpoints().sqliteCheckpointer(app.strapi)).toMatchObject({ watching: false, running: false });
      } finally {
        await app.close();
      }
    });
    return;
  }

  it("copies the log back from a worker once the log grows; the server's connection checkpoints only past a large log", async () => {
    const app = await bootStrapi({ env: { DATABASE_SQLITE_CHECKPOINT_MS: '50' } });
    let closed = false;
    try {
      expect(await pragma(app, 'journal_mode')).toBe('wal');
      // an instance that has written little has no worker (a second Node environment): SQLite's own threshold
      expect(checkpoints().sqliteCheckpointer(app.strapi)).toMatchObject({ watching: true, running: false });
      expect(await pragma(app, 'wal_autocheckpoint')).toBe(1000);

      const file = String(app.db.env.DATABASE_FILENAME);
      const written = "document_id LIKE 'checkpoint-test-%'";
      // a burst of writes: more than the 256 pages that start the worker, fewer than SQLite's own 1,000
      await writeRows(app, ROWS);
      // in pages of the database's own size, as the watch counts them
      const walPages = fs.statSync(`${file}-wal`).size / Number(await pragma(app, 'page_size'));
      expect(walPages).toBeGreaterThan(256);
      expect(walPages).toBeLessThan(1000);
      await until(() => (checkpoints().sqliteCheckpointer(app.strapi).running ? true : undefined));
      expect(await pragma(app, 'wal_autocheckpoint')).toBe(10000);
      // with no request doing it, the worker copies the log into the database file
      await until(async () => ((await rowsInFileAlone(file, 'audit_entries', written)) === ROWS ? true : undefined));
      const { last } = checkpoints().sqliteCheckpointer(app.strapi);
      expect(last && last.checkpointed).toBe(last && last.log);

      const { strapi } = app;
      await app.close();
      closed = true;
      // stopped with the instance: no worker outlives it
      expect(checkpoints().sqliteCheckpointer(strapi)).toMatchObject({ watching: false, running: false });
    } finally {
      if (!closed) await app.close();
    }
  });

  it('leaves checkpoints to SQLite when DATABASE_SQLITE_CHECKPOINT_MS is 0', async () => {
    const app = await bootStrapi({ env: { DATABASE_SQLITE_CHECKPOINT_MS: '0' } });
    try {
      expect(checkpoints().sqliteCheckpointer(app.strapi)).toMatchObject({ watching: false, running: false });
      expect(await pragma(app, 'wal_autocheckpoint')).toBe(1000);
    } finally {
      await app.close();
    }
  });
});
