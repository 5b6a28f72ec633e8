import type { Core } from '@strapi/strapi';
import { MATERIAL_UID, TRAINING_LOCALES } from './constants';
import { ensureSqliteSearchIndex, pgSearchText } from './search-index';
import { tableOf } from '../platform/db-meta';

/**
 * Creates the training locales that are missing. The first time Thai is created it becomes the
 * default locale; afterwards the default is whatever an administrator chose.
 */
async function ensureTrainingLocales(strapi: Core.Strapi): Promise<string[]> {
  const locales = strapi.plugin('i18n').service('locales');
  const created: string[] = [];
  for (const locale of TRAINING_LOCALES) {
    if (await locales.findByCode(locale.code)) continue;
    try {
      await locales.create({ code: locale.code, name: locale.name });
    } catch (err) {
      // another instance starting on the same database created it first
      if (await locales.findByCode(locale.code)) continue;
      throw err;
    }
    created.push(locale.code);
    if (locale.code === 'th') await locales.setDefaultLocale({ code: 'th' });
  }
  return created;
}

/** Trigram indexes on the searched columns, matching Strapi's `$containsi` SQL on PostgreSQL (filters elsewhere). */
const SEARCH_INDEXES = ['title', 'summary', 'body'].map((column) => ({
  name: `training_materials_${column}_trgm`,
  column,
}));

/**
 * On PostgreSQL: enables pg_trgm and creates GIN trigram indexes on LOWER(CAST(col AS VARCHAR)),
 * the exact expression Strapi generates for `$containsi`, so substring search (Thai included) is an
 * index scan. Idempotent. Where the extension cannot be created (no privilege), it logs a warning
 * and search still works with sequential scans. On SQLite it does nothing.
 */
async function ensureSearchIndexes(strapi: Core.Strapi): Promise<boolean> {
  if (strapi.db.dialect.client !== 'postgres') return false;
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(MATERIAL_UID).tableName;
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const index of SEARCH_INDEXES) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin ((LOWER(CAST(?? AS VARCHAR))) gin_trgm_ops)`, [
        index.name,
        table,
        index.column,
      ]);
    }
    // the search's own (search-index.ts): one index of the three columns' text, one LIKE a term
    const column = (attribute: string) => knex.raw('??', [tableOf(strapi, MATERIAL_UID).column(attribute)]).toQuery();
    await knex.raw(`CREATE INDEX IF NOT EXISTS training_materials_text_trgm ON ?? USING gin ((${pgSearchText(column)}) gin_trgm_ops)`, [
      table,
    ]);
    return true;
  } catch (err) {
    strapi.log.warn(`training search: trigram indexes not created (${(err as Error).message}); search still works, unindexed`);
    return false;
  }
}

/** What the training part needs at start besides its manifest's declarations; idempotent. */
export async function setupTraining(strapi: Core.Strapi) {
  const locales = await ensureTrainingLocales(strapi);
  const indexed = (await ensureSearchIndexes(strapi)) || !!(await ensureSqliteSearchIndex(strapi));
  return { locales, indexed };
}
