'use strict';

/**
 * One row per Buddhist year holding the last ticket sequence handed out. Incremented with a single
 * atomic upsert (see src/lib/ticket-sequence.ts), so concurrent intakes on PostgreSQL never share a number.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('complaint_ticket_counters')) return;
    await knex.schema.createTable('complaint_ticket_counters', (t) => {
      t.integer('year').primary();
      t.integer('value').notNullable();
    });
  },
};
