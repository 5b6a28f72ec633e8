'use strict';

const { createIndexes } = require('../create-indexes');

/**
 * Indexes for what every signed-in request reads (src/lib/security/authentication-read.ts). Strapi's own
 * tables have none on these columns: the session a token names was found by scanning every session ever
 * opened (one row per sign-in and per refresh, kept until it expires), and the plugin's settings by scanning
 * the core store. Idempotent on SQLite and PostgreSQL; run again after every schema sync
 * (src/lib/platform/db-indexes.ts), as the other index migrations are.
 */
const INDEXES = [
  // the session a token names, and its rotations (the session manager's look-ups and updates by session id)
  ['strapi_sessions', 'strapi_sessions_session_id_idx', ['session_id']],
  // ending a user's sessions (logout everywhere, password change, blocking)
  ['strapi_sessions', 'strapi_sessions_user_origin_idx', ['user_id', 'origin']],
  // the core store's reads by key (the users-permissions settings on every signed-in request)
  ['strapi_core_store_settings', 'strapi_core_store_settings_key_idx', ['key']],
];

async function up(knex) {
  return createIndexes(knex, INDEXES);
}

module.exports = { up, INDEXES };
