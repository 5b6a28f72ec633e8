'use strict';

/**
 * Creates the indexes an index migration lists, as [table, index name, columns]: CREATE INDEX IF NOT EXISTS
 * (SQLite and PostgreSQL), skipping a table or column that does not exist yet. Returns how many it created
 * or found. Kept out of database/migrations, where every file is taken for a migration.
 */
async function createIndexes(knex, indexes) {
  let created = 0;
  for (const [table, name, columns] of indexes) {
    if (!(await knex.schema.hasTable(table))) continue;
    let ok = true;
    for (const c of columns) if (!(await knex.schema.hasColumn(table, c))) ok = false;
    if (!ok) continue;
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${cols})`);
    created++;
  }
  return created;
}

module.exports = { createIndexes };
