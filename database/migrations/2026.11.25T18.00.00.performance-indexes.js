'use strict';

const { createIndexes } = require('../create-indexes');

/**
 * Indexes for the filters and sorts that the API and the jobs use (measured in bench/RESULTS.md).
 * Strapi declares indexes on link tables and on what the schemas' `indexes` list; these are the rest.
 *
 * Idempotent (CREATE INDEX IF NOT EXISTS, SQLite and PostgreSQL), and skips a table or column that does
 * not exist. Strapi runs user migrations BEFORE its schema sync (@strapi/database schema.sync():
 * migrations.up() then syncSchema()), so on a fresh database the tables are not there yet when this
 * runs, and the migration is recorded as done all the same. src/lib/db-indexes.ts therefore runs the
 * same `up` again after every schema sync (hook strapi::content-types.afterSync). Schema sync keeps
 * indexes it did not create (it drops only indexes of its own previous schema).
 */
const INDEXES = [
  // Officer list: status/urgency filters, sorted by a deadline or the receipt time; dashboard counts.
  // With the id last the index holds the list walk's whole order and every column it reads: PostgreSQL walks it
  // without the table and without a sort for equal deadlines (SQLite's index entries end with the id already).
  // It replaced (state, urgency, resolve_due_at), dropped by …list-walk-index.js.
  ['complaints', 'complaints_state_urgency_resolve_id_idx', ['state', 'urgency', 'resolve_due_at', 'id']],
  ['complaints', 'complaints_resolve_due_idx', ['resolve_due_at']],
  ['complaints', 'complaints_acknowledge_due_idx', ['acknowledge_due_at']],
  ['complaints', 'complaints_received_at_idx', ['received_at']],
  // Public tracking look-up and ticket numbers (Open311 ids, duplicates).
  ['complaints', 'complaints_tracking_code_idx', ['tracking_code']],
  ['complaints', 'complaints_ticket_number_idx', ['ticket_number']],
  // Reference data looked up by code on every intake and list filter.
  ['provinces', 'provinces_code_idx', ['code']],
  ['complaint_categories', 'complaint_categories_code_idx', ['code']],
  ['projects', 'projects_state_idx', ['state']],
  ['projects', 'projects_code_idx', ['code']],
  // Volunteer reminders: open activities starting soon; participations by state.
  ['volunteer_activities', 'volunteer_activities_state_start_idx', ['state', 'start_at']],
  ['participations', 'participations_state_idx', ['state']],
  // Training: list by kind/date, look-up by slug.
  ['training_materials', 'training_materials_slug_idx', ['slug']],
  ['training_materials', 'training_materials_kind_effective_idx', ['kind', 'effective_date']],
];

async function up(knex) {
  return createIndexes(knex, INDEXES);
}

module.exports = { up, INDEXES };
