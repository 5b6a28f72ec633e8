import type { Core } from '@strapi/strapi';
import { knexOf, linkOf, tableOf } from '../platform/db-meta';

/**
 * One aggregate over the permission links of some roles — how many, the newest row and link, the latest
 * change — which changes whenever any of their permissions is granted, edited or revoked, on any instance.
 * `uid` is the permission type (the admin panel's or users-permissions'), linked to its role by `role`.
 */
export async function permissionStamp(strapi: Core.Strapi, uid: string, roleIds: Array<number | string>): Promise<string> {
  const permission = tableOf(strapi, uid);
  const link = linkOf(strapi, uid, 'role');
  const knex = knexOf(strapi);
  const row = await knex(`${link.table} as l`)
    .join(`${permission.table} as p`, 'p.id', `l.${link.ownerColumn}`)
    .whereIn(`l.${link.targetColumn}`, roleIds)
    .first(
      knex.raw('count(*) as n'),
      knex.raw('max(l.id) as link'),
      knex.raw('max(p.id) as perm'),
      knex.raw(`max(p.${permission.column('updatedAt')}) as changed`),
    );
  return stampOf((row ?? {}) as Record<string, unknown>);
}

/** The stamp of the aggregate's row (`n`, `link`, `perm`, `changed`), as each driver hands it back. */
export function stampOf(r: Record<string, unknown>): string {
  const at = r.changed instanceof Date ? r.changed.getTime() : r.changed;
  return `${r.n}|${r.link}|${r.perm}|${at}`;
}
