'use strict';

const { createIndexes } = require('../create-indexes');

/**
 * Indexes for the training page without a search term (public/training/app.js, src/lib/training/list.ts):
 * the published rows of one locale, newest effective date first, then by title, then id, optionally of one
 * kind. The effective-date index alone ordered the dates but not the titles within one date, so each page
 * read and sorted every row of the locale (~6,000 at bench scale 3, 6-9 ms, growing with the data). These
 * hold the page's whole order, effective date descending, so a page is a walk of the index that stops after
 * it; they also hold the columns the statement tests (published, public), so the walk never reads the table
 * on SQLite. Idempotent on SQLite and PostgreSQL; run again after every schema sync
 * (src/lib/platform/db-indexes.ts), as the other index migrations are.
 */
const PAGE_ORDER = [['effective_date', 'desc'], 'title', 'id', 'published_at', 'is_public'];
const INDEXES = [
  ['training_materials', 'training_materials_locale_page_idx', ['locale', ...PAGE_ORDER]],
  ['training_materials', 'training_materials_kind_locale_page_idx', ['kind', 'locale', ...PAGE_ORDER]],
];

async function up(knex) {
  return createIndexes(knex, INDEXES);
}

module.exports = { up, INDEXES };
