'use strict';

/**
 * The escalation ladder's ledger (src/lib/platform/ladder.ts): one row per step sent to one recipient
 * for one deadline (`<source>:<documentId>:<due ISO>:<deadline>:<step>:<recipient hash>`), written in
 * the transaction that queues the day's digest carrying it. Its primary key makes a step go out once,
 * however often and on however many instances the job runs.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('escalation_sends')) return;
    await knex.schema.createTable('escalation_sends', (t) => {
      t.string('key', 255).primary();
      t.string('digest_key', 255).notNullable();
      t.timestamp('sent_at').notNullable();
    });
  },
};
