'use strict';

/**
 * Creates the indexes an index migration lists, as [table, index name, columns]: CREATE INDEX IF NOT EXISTS
 * (SQLite and PostgreSQL), skipping a table or column that does not exist yet. A column is its name, or
 * [name, 'desc'] for one kept in descending order (an index walked for a sort mixing directions). Returns how
 * many it created or found. Kept out of database/migrations, where every file is taken for a migration.
 */
async function createIndexes(knex, indexes) {
  let created = 0;
  for (const [table, name, columns] of indexes) {
    if (!(await knex.schema.hasTable(table))) continue;
    const parts = columns.map((c) => (Array.isArray(c) ? c : [c, 'asc']));
    let ok = true;
    for (const [c] of parts) if (!(await knex.schema.hasColumn(table, c))) ok = false;
    if (!ok) continue;
    const cols = parts.map(([c, dir]) => `"${c}"${dir === 'desc' ? ' DESC' : ''}`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${cols})`);
    created++;
  }
  return created;
}

module.exports = { createIndexes };
