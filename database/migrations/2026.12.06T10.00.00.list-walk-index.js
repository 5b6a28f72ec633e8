'use strict';

/**
 * Drops the complaint list's (state, urgency, resolve_due_at) index, which (state, urgency, resolve_due_at, id)
 * replaces (performance-indexes.js, created after every schema sync): with the id in it, PostgreSQL walks
 * the index alone for a page ordered by deadline and id, without reading the table or sorting equal
 * deadlines. Keeping both would cost every complaint write a second index update for nothing. Idempotent
 * on SQLite and PostgreSQL.
 */
async function up(knex) {
  await knex.raw('DROP INDEX IF EXISTS "complaints_state_urgency_resolve_idx"');
}

module.exports = { up };
