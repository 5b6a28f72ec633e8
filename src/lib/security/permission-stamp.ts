import type { Core } from '@strapi/strapi';
import { knexOf, linkOf, tableOf, type QueryBuilder } from '../platform/db-meta';

/**
 * One aggregate over the permission links of some roles — how many, the newest row and link, the latest
 * change — which changes whenever any of their permissions is granted, edited or revoked, on any instance.
 * `uid` is the permission type (the admin panel's or users-permissions'), linked to its role by `role`.
 */
export async function permissionStamp(strapi: Core.Strapi, uid: string, roleIds: Array<number | string>): Promise<string> {
  const row = (await stampQuery(strapi, uid, (q, roleColumn) => q.whereIn(roleColumn, roleIds)).first()) as { stamp?: unknown } | undefined;
  return String(row?.stamp ?? '');
}

/**
 * The aggregate as one text column `stamp`, over the permission links the caller picks with `pick`, a
 * condition on the link's role column (named for it): a statement of its own, or a column of another
 * (authentication-read.ts).
 */
export function stampQuery(strapi: Core.Strapi, uid: string, pick: (q: QueryBuilder, roleColumn: string) => QueryBuilder): QueryBuilder {
  const permission = tableOf(strapi, uid);
  const link = linkOf(strapi, uid, 'role');
  const knex = knexOf(strapi);
  const text = (aggregate: string) => `COALESCE(CAST(${aggregate} AS VARCHAR), '')`;
  const parts = [text('count(*)'), text('max(l.id)'), text('max(p.id)'), text(`max(p.${permission.column('updatedAt')})`)];
  const q = knex(`${link.table} as l`)
    .join(`${permission.table} as p`, 'p.id', `l.${link.ownerColumn}`)
    .select(knex.raw(`${parts.join(` || '|' || `)} as stamp`));
  return pick(q, `l.${link.targetColumn}`);
}
