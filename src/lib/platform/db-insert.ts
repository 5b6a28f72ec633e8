import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';

/**
 * A document id in Strapi's style (24 lower-case alphanumerics starting with a letter).
 * @public bench/chase.js loads it from the build
 */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  let id = alphabet[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += alphabet[bytes[i] % 36];
  return id;
}

/**
 * INSERT … ON CONFLICT (<unique column>) DO NOTHING for a content type without relations
 * (outbox rows, job-run fire keys): no check-then-insert race between instances, and no error
 * that would abort a caller's PostgreSQL transaction (the insert joins it when there is one).
 * `data` uses attribute names; documentId and timestamps are filled in. True when inserted.
 */
export async function insertIgnoringConflict(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  conflictAttribute: string,
  now: Date = new Date(),
): Promise<boolean> {
  const meta = strapi.db.metadata.get(uid);
  const col = (attr: string) => {
    const a = meta.attributes[attr] as { columnName?: string } | undefined;
    if (!a) throw new Error(`${uid} has no attribute ${attr}`);
    return a.columnName ?? attr;
  };
  const row: Record<string, unknown> = {
    [col('documentId')]: newDocumentId(),
    [col('createdAt')]: now,
    [col('updatedAt')]: now,
    [col('publishedAt')]: now,
  };
  for (const [attr, value] of Object.entries(data)) {
    row[col(attr)] = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
  }
  const inserted = await strapi.db.transaction(async ({ trx }) =>
    strapi.db.connection(meta.tableName).transacting(trx).insert(row).onConflict(col(conflictAttribute)).ignore().returning('id'),
  );
  return Array.isArray(inserted) && inserted.length > 0;
}

/**
 * The same for many rows: one INSERT … ON CONFLICT DO NOTHING per chunk of `chunkSize` rows
 * (SQLite allows 500 terms in one statement). Returns how many rows were inserted.
 */
export async function insertManyIgnoringConflict(
  strapi: Core.Strapi,
  uid: string,
  rows: Array<Record<string, unknown>>,
  conflictAttribute: string,
  now: Date = new Date(),
  chunkSize = 400,
): Promise<number> {
  if (!rows.length) return 0;
  const meta = strapi.db.metadata.get(uid);
  const col = (attr: string) => {
    const a = meta.attributes[attr] as { columnName?: string } | undefined;
    if (!a) throw new Error(`${uid} has no attribute ${attr}`);
    return a.columnName ?? attr;
  };
  const attrs = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const toRow = (data: Record<string, unknown>) => {
    const row: Record<string, unknown> = {
      [col('documentId')]: newDocumentId(),
      [col('createdAt')]: now,
      [col('updatedAt')]: now,
      [col('publishedAt')]: now,
    };
    for (const attr of attrs) {
      const value = data[attr] ?? null;
      row[col(attr)] = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
    }
    return row;
  };
  let inserted = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize).map(toRow);
    const ids = await strapi.db.transaction(async ({ trx }) =>
      strapi.db.connection(meta.tableName).transacting(trx).insert(chunk).onConflict(col(conflictAttribute)).ignore().returning('id'),
    );
    inserted += Array.isArray(ids) ? ids.length : 0;
  }
  return inserted;
}
