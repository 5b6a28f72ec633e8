import knexFactory, { type Knex } from 'knex';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { cacheStatements, type PreparingConnection } from '../../src/lib/platform/sqlite-statements';

/** A real better-sqlite3 file behind knex, its connections set up as config/database.ts sets them. */
function sqlite(size?: number): { knex: Knex; prepared: string[]; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmt-cache-'));
  const prepared: string[] = [];
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'db.sqlite') },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: PreparingConnection, done: (err: Error | null, conn: unknown) => void) => {
        // count what reaches SQLite's own prepare, under the cache
        const prepare = conn.prepare.bind(conn);
        conn.prepare = (sql: string) => (prepared.push(sql), prepare(sql));
        done(null, size ? cacheStatements(conn, size) : cacheStatements(conn));
      },
    },
  });
  return { knex, prepared, dir };
}

describe('SQLite connections keep their prepared statements', () => {
  let db: ReturnType<typeof sqlite>;
  afterEach(async () => {
    await db.knex.destroy();
    fs.rmSync(db.dir, { recursive: true, force: true });
  });

  it('answers a repeated query with new bindings each time, preparing its text once', async () => {
    db = sqlite();
    await db.knex.schema.createTable('complaints', (t) => {
      t.increments('id');
      t.string('code');
    });
    await db.knex('complaints').insert([{ code: 'A' }, { code: 'B' }, { code: 'C' }]);
    db.prepared.length = 0;
    const codes = [];
    for (const code of ['B', 'C', 'A', 'B']) codes.push((await db.knex('complaints').where({ code }).first())?.id);
    expect(codes).toEqual([2, 3, 1, 2]);
    expect(db.prepared.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });

  it('still sees the schema as it is after a migration changes a table it prepared a statement on', async () => {
    db = sqlite();
    await db.knex.schema.createTable('materials', (t) => {
      t.increments('id');
      t.string('title');
    });
    await db.knex('materials').insert({ title: 'พ.ร.บ. โรงงาน' });
    const read = () => db.knex('materials').select('*');
    expect(await read()).toEqual([{ id: 1, title: 'พ.ร.บ. โรงงาน' }]);
    await db.knex.schema.alterTable('materials', (t) => t.string('summary').defaultTo('สรุป'));
    expect(await read()).toEqual([{ id: 1, title: 'พ.ร.บ. โรงงาน', summary: 'สรุป' }]);
  });

  it('keeps at most the set number of statements, dropping the least recently used', async () => {
    db = sqlite(2);
    const q = (n: number) => db.knex.raw(`select ${n} as n`);
    await q(1);
    await q(2);
    await q(1); // 1 is now the most recently used
    await q(3); // drops 2
    await q(1);
    await q(2);
    expect(db.prepared).toEqual(['select 1 as n', 'select 2 as n', 'select 3 as n', 'select 2 as n']);
  });

  it('does not keep a statement SQLite refused, and reports the error', async () => {
    db = sqlite();
    // SQLite's error is matched by its message: better-sqlite3's native part keeps the SqliteError class of
    // the first test file that loaded it in this worker, which is no `Error` of this file's realm to toThrow
    await expect(db.knex.raw('select * from missing_table')).rejects.toHaveProperty(
      'message',
      expect.stringMatching(/no such table: missing_table/),
    );
    await db.knex.schema.createTable('missing_table', (t) => t.increments('id'));
    expect(await db.knex.raw('select * from missing_table')).toEqual([]);
  });
});
