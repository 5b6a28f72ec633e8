import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

/**
 * A document id in Strapi's shape (24 lower-case alphanumerics starting with a letter) that sorts by the
 * time it was made: "t", the milliseconds since 1970 in base 36 (9 characters, enough until the year
 * 5188), then 14 random characters (~72 bits). Rows written together sit together in the `document_id`
 * index, so an insert appends to one leaf of it instead of changing one random page a row: an audited
 * list page writes 25 entries, and on a scale-1 database random ids doubled that insert's time
 * (bench/RESULTS.md).
 * @public bench/chase.js loads it from the build
 */
export function newDocumentId(): string {
  // random bytes drawn 256 ids at a time: one call per id was ~3 µs, 1.5 % of the officer list's CPU (25 a page)
  if (randomOffset + 14 > randomPool.length) {
    randomPool = randomBytes(14 * 256);
    randomOffset = 0;
  }
  let id = `t${Date.now().toString(36).padStart(9, '0')}`;
  for (let i = 0; i < 14; i++) id += ID_ALPHABET[randomPool[randomOffset + i] % 36];
  randomOffset += 14;
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

/** What `insertDocument` wrote: the row's ids, for links and for what the caller returns. */
export interface InsertedDocument {
  id: number;
  documentId: string;
}

/**
 * One new entry of a content type without drafts or locales, written through Strapi's query layer in
 * one INSERT plus one per relation given (`relations`: attribute → id, ids, or a component's
 * `{ id, __pivot }`), read back never. The query layer still fills defaults and timestamps and runs the
 * database lifecycles (list counts); the document service's middlewares do not run, so a caller does
 * itself what they would have done. Row and links are one transaction (the caller's, when there is one).
 * `newTargets`: relations to an entry created in the same transaction, which has no other links yet, so
 * this one is its first (order 1) without the query layer asking for the highest order first.
 */
export async function insertDocument(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  relations: Record<string, unknown> = {},
  now: Date = new Date(),
  opts: { newTargets?: readonly string[] } = {},
): Promise<InsertedDocument> {
  const documentId = newDocumentId();
  const links = Object.fromEntries(
    Object.entries(relations).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)),
  );
  const firstLinks = (opts.newTargets ?? []).filter((attr) => attr in links);
  for (const attr of firstLinks) delete links[attr];
  return strapi.db.transaction(async ({ trx }) => {
    const { ids } = await strapi.db.query(uid as never).createMany({ data: [{ ...data, documentId, publishedAt: now }] });
    const id = Number(ids[0]);
    if (Object.keys(links).length) await strapi.db.entityManager.attachRelations(uid, id, links, { transaction: trx });
    for (const attr of firstLinks) {
      const target = relations[attr];
      const joinTable = (strapi.db.metadata.get(uid).attributes[attr] as { joinTable?: JoinTable }).joinTable;
      if (!joinTable || typeof target !== 'number') throw new Error(`${uid}.${attr}: a first link needs a join table and one id`);
      await strapi.db
        .connection(joinTable.name)
        .transacting(trx)
        .insert({
          [joinTable.joinColumn.name]: id,
          [joinTable.inverseJoinColumn.name]: target,
          ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: 1 } : {}),
          ...(joinTable.inverseOrderColumnName ? { [joinTable.inverseOrderColumnName]: 1 } : {}),
        });
    }
    return { id, documentId };
  });
}

/** The part of the query layer's join-table metadata a first link needs. */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/** A component's row, inserted alone, as the link its owner's `insertDocument` relations take. */
export async function insertComponent(strapi: Core.Strapi, componentUid: string, field: string, data: Record<string, unknown>) {
  const { ids } = await strapi.db.query(componentUid as never).createMany({ data: [data] });
  return { id: Number(ids[0]), __pivot: { field, component_type: componentUid } };
}
