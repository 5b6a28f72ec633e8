#!/usr/bin/env node
'use strict';
/**
 * What time-ordered document ids save on the officer list's audit insert (25 entries a page;
 * src/lib/security/audit.ts, newDocumentId in src/lib/platform/db-insert.ts), measured in one process
 * without HTTP: the same 25-row INSERT into a copy of a kept database, with random ids (Strapi's shape,
 * as before) and with the ids the app makes now, each mode on a fresh copy, twice, alternating.
 * Once with SQLite's own checkpoints (every 1,000 log pages, in the inserting connection) and once
 * without any (the log's growth is the pages each mode changed).
 *
 *   npm run bench -- --db sqlite --scale 1 --only list --duration 5 --keep   # prints the kept file
 *   npm run bench:audit-insert -- /tmp/mind_bench-XXXX/bench.db [inserts per run, 2000]
 *
 * Needs `npm run bench` to have compiled the app once (bench/out).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const Database = require('better-sqlite3');

const file = process.argv[2];
const inserts = Number(process.argv[3] || 2000);
if (!file) {
  process.stderr.write('usage: npm run bench:audit-insert -- <bench.db kept by npm run bench --keep> [inserts]\n');
  process.exit(2);
}
const { newDocumentId } = require(path.join(__dirname, 'out', 'dist', 'src', 'lib', 'platform', 'db-insert.js'));

/** The ids made before: 24 random characters, a letter first. */
function randomDocumentId() {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  let id = alphabet[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += alphabet[bytes[i] % 36];
  return id;
}

const COLUMNS = ['action', 'actor_id', 'actor_kind', 'actor_label', 'actor_role', 'channel', 'created_at', 'details'];
const ALL = [...COLUMNS, 'document_id', 'ip', 'occurred_at', 'published_at', 'target_id', 'target_label', 'target_type', 'updated_at'];

function run(mode, checkpoints) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-insert-'));
  const copy = path.join(dir, 'bench.db');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    if (!checkpoints) db.pragma('wal_autocheckpoint = 0');
    const targets = db
      .prepare('SELECT document_id FROM complaints LIMIT 2000')
      .all()
      .map((r) => r.document_id);
    const one = `SELECT ${ALL.map((c) => `? AS ${c}`).join(', ')}`;
    const statement = db.prepare(`INSERT INTO audit_entries (${ALL.join(', ')}) ${Array(25).fill(one).join(' UNION ALL ')}`);
    const idOf = mode === 'ordered' ? newDocumentId : randomDocumentId;
    const started = process.hrtime.bigint();
    for (let i = 0; i < inserts; i++) {
      const now = Date.now();
      const params = [];
      for (let j = 0; j < 25; j++) {
        const target = targets[(i * 25 + j) % targets.length];
        params.push('personal_data.read', 1, 'user', 'bench', 'complaint-officer', 'api', now, '{"via":"GET /api/complaints"}');
        params.push(idOf(), '127.0.0.1', now, now, target, 'CMP', 'api::complaint.complaint', now);
      }
      statement.run(...params);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const log = checkpoints ? '' : `, log ${(fs.statSync(`${copy}-wal`).size / 2 ** 20).toFixed(0)} MB`;
    console.log(
      `${mode.padEnd(7)} ids, ${checkpoints ? "SQLite's checkpoints" : 'no checkpoints'}: ${(ms / inserts).toFixed(3)} ms an insert${log}`,
    );
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const checkpoints of [true, false])
  for (let round = 0; round < 2; round++) for (const mode of ['random', 'ordered']) run(mode, checkpoints);
