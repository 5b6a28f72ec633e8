import type { Core, Schema, UID } from '@strapi/strapi';

/**
 * Table and column names from Strapi's own metadata (never guessed): Strapi 5 keeps relations in link
 * tables (`<table>_<attribute>_lnk`) and names columns in snake_case. Types with draft & publish
 * keep a draft and a published row per document; `publishedOnly` says whether to count only the latter.
 */
export interface TableInfo {
  table: string;
  column(attribute: string): string;
  /** true when the type has draft & publish: count rows with published_at set only */
  publishedOnly: boolean;
}

export interface LinkInfo {
  table: string;
  /** column holding the id of the row that owns the relation */
  ownerColumn: string;
  /** column holding the id of the related row */
  targetColumn: string;
}

/** Knex as Strapi's connection has it (the app does not depend on knex itself). */
export type Knex = Core.Strapi['db']['connection'];
/** A Knex transaction (what `knex.transaction(async (trx) => …)` hands over). */
export type KnexTransaction = Parameters<Parameters<Knex['transaction']>[0]>[0];
/** A Knex query builder (`knex(table)…`). */
export type QueryBuilder = ReturnType<Knex['queryBuilder']>;

/**
 * What is read here of a model's metadata: its table, and each attribute's column or relation link table.
 * (Strapi types `metadata.get` as always returning, though it is undefined for an unknown uid, and the
 * attributes as a union of scalar and relation kinds with no common shape.)
 */
interface MetaModel {
  tableName: string;
  attributes: Record<
    string,
    { columnName?: string; joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } } | undefined
  >;
}

function meta(strapi: Core.Strapi, uid: string): MetaModel {
  const m = strapi.db.metadata.get(uid) as unknown as MetaModel | undefined;
  if (!m) throw new Error(`no database metadata for ${uid}`);
  return m;
}

export function tableOf(strapi: Core.Strapi, uid: string): TableInfo {
  const m = meta(strapi, uid);
  const contentType = strapi.contentType(uid as UID.ContentType) as Schema.ContentType | undefined;
  return {
    table: m.tableName,
    column(attribute: string) {
      const a = m.attributes[attribute];
      if (!a) throw new Error(`${uid} has no attribute ${attribute}`);
      return a.columnName ?? attribute;
    },
    publishedOnly: !!contentType?.options?.draftAndPublish,
  };
}

export function linkOf(strapi: Core.Strapi, uid: string, attribute: string): LinkInfo {
  const a = meta(strapi, uid).attributes[attribute];
  const jt = a?.joinTable;
  if (!jt) throw new Error(`${uid}.${attribute} is not a relation kept in a link table`);
  return { table: jt.name, ownerColumn: jt.joinColumn.name, targetColumn: jt.inverseJoinColumn.name };
}

/** Knex of Strapi's connection (SQLite or PostgreSQL). */
export const knexOf = (strapi: Core.Strapi) => strapi.db.connection;

/** A count column from the driver (PostgreSQL returns bigint sums as strings) as a number. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
