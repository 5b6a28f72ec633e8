'use strict';

const { createIndexes } = require('../create-indexes');

/**
 * Indexes for the sorts and filters of the lists read by the lean list path (src/lib/platform/lean-list.ts):
 * agency progress reports, volunteer activities and the training list. Composite indexes whose first
 * column is the filter already exist (performance-indexes.js, the schemas' `indexes`); these serve a sort
 * without that filter. Idempotent on SQLite and PostgreSQL, and skips a table or column that does not
 * exist; run again after every schema sync (src/lib/platform/db-indexes.ts), as performance-indexes.js is.
 */
const INDEXES = [
  // Agency report list: sorted by due date (any state), or by submission time.
  ['progress_reports', 'progress_reports_due_at_idx', ['due_at']],
  ['progress_reports', 'progress_reports_submitted_at_idx', ['submitted_at']],
  // Volunteer activity list: upcoming activities by start time (the state-first index serves a state filter).
  ['volunteer_activities', 'volunteer_activities_start_at_idx', ['start_at']],
  // Training list: the published rows of one locale, by effective date (the kind-first index serves a kind filter).
  ['training_materials', 'training_materials_locale_published_idx', ['locale', 'published_at']],
  ['training_materials', 'training_materials_effective_date_idx', ['effective_date']],
];

async function up(knex) {
  return createIndexes(knex, INDEXES);
}

module.exports = { up, INDEXES };
