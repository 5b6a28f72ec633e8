'use strict';

/**
 * The chase's reminder keys now name the obligation they remind of (src/lib/platform/chase.ts):
 * `report:<documentId>:due_soon` became `report:<documentId>:<due ISO>[#<cycle>]:due_soon`, and the same
 * for `:overdue:<n>` and for findings. Without this, the first run after the upgrade would find none of
 * the new keys and send every open item's current reminder a second time.
 *
 * Each old-shape key of an item still owed is rewritten to the key of the item's current obligation
 * when it was queued within the window in which that obligation would have produced it: an overdue
 * reminder after the current due date, a due-soon reminder in the (dueSoonDays + 1) days before it.
 * An older key belonged to an earlier deadline (the due date was moved since) and is left as it was,
 * so the new deadline is chased. Keys of items no longer owed stay as they are (nothing chases them).
 *
 * Runs before Strapi's schema sync: on a fresh database the tables are missing and there is nothing to do.
 */
const DAY = 86_400_000;
const OLD_KEY = /^(report|finding):([^:]+):(due_soon|overdue:\d+)$/;
const SOURCES = {
  report: { table: 'progress_reports', owed: ['pending', 'returned'], cycle: 'return_count' },
  finding: { table: 'inspection_findings', owed: ['open', 'reopened'], cycle: 'reopen_count' },
};

/** A datetime as the driver returns it: a Date (PostgreSQL), epoch milliseconds or an ISO string (SQLite). */
function instant(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'number' || /^\d+$/.test(String(v))) return new Date(Number(v));
  const d = new Date(String(v));
  return Number.isNaN(d.getTime()) ? null : d;
}

async function dueSoonDays(knex) {
  if (!(await knex.schema.hasTable('reminder_policies'))) return 3;
  const row = await knex('reminder_policies').first('due_soon_days');
  return row && Number.isInteger(row.due_soon_days) ? row.due_soon_days : 3;
}

async function up(knex) {
  if (!(await knex.schema.hasTable('notifications'))) return;
  const soonDays = await dueSoonDays(knex);
  const cycleColumn = {};
  for (const [name, source] of Object.entries(SOURCES)) {
    cycleColumn[name] = (await knex.schema.hasTable(source.table)) && (await knex.schema.hasColumn(source.table, source.cycle));
  }
  let afterId = 0;
  for (;;) {
    const rows = await knex('notifications')
      .select('id', 'dedupe_key', 'created_at')
      .where('id', '>', afterId)
      .andWhere((q) => q.where('dedupe_key', 'like', 'report:%').orWhere('dedupe_key', 'like', 'finding:%'))
      .orderBy('id', 'asc')
      .limit(500);
    if (!rows.length) break;
    afterId = rows[rows.length - 1].id;
    const old = rows.map((r) => ({ row: r, m: OLD_KEY.exec(r.dedupe_key) })).filter((x) => x.m);
    for (const [name, source] of Object.entries(SOURCES)) {
      const mine = old.filter((x) => x.m[1] === name);
      if (!mine.length || !(await knex.schema.hasTable(source.table))) continue;
      const columns = ['document_id', 'state', 'due_at', ...(cycleColumn[name] ? [source.cycle] : [])];
      const items = await knex(source.table)
        .select(columns)
        .whereIn('document_id', [...new Set(mine.map((x) => x.m[2]))])
        .whereIn('state', source.owed);
      const byDoc = new Map(items.map((i) => [i.document_id, i]));
      for (const { row, m } of mine) {
        const item = byDoc.get(m[2]);
        const due = item && instant(item.due_at);
        const queued = instant(row.created_at);
        if (!due || !queued) continue;
        const step = m[3];
        const inWindow =
          step === 'due_soon'
            ? queued.getTime() <= due.getTime() && queued.getTime() >= due.getTime() - (soonDays + 1) * DAY
            : queued.getTime() > due.getTime();
        if (!inWindow) continue;
        const cycle = Number(item[source.cycle] ?? 0);
        const key = `${name}:${m[2]}:${due.toISOString()}${cycle > 0 ? `#${cycle}` : ''}:${step}`;
        if (await knex('notifications').first('id').where('dedupe_key', key)) continue;
        await knex('notifications').where('id', row.id).update({ dedupe_key: key });
      }
    }
  }
}

module.exports = { up };
