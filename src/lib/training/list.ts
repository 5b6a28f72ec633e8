import type { Core } from '@strapi/strapi';
import type { Scope } from '../platform/actor';
import { tableOf } from '../platform/db-meta';
import { leanListPage, leanListPlan, type LeanListSpec } from '../platform/lean-list';
import { MATERIAL_UID } from './constants';

/**
 * Browsing the training list without a search term (public/training/app.js: the published materials
 * of one locale, by effective date then title, a kind filter, the card's fields) read by the lean list
 * path (src/lib/platform/lean-list.ts). A title sort first goes to Thai dictionary order (thai-order.ts)
 * and a topic or fund filter to Strapi's find, as before.
 */
export const MATERIAL_LIST: LeanListSpec = {
  uid: MATERIAL_UID,
  sorts: ['effectiveDate', 'title', 'id'],
  filters: { kind: 'text' },
  populate: {},
  fields: ['title', 'kind', 'summary', 'effectiveDate', 'isPublic', 'version', 'slug', 'requiredDueDate'],
};

/** The training scope (public only without login) as this path reads it; null for one not understood here. */
export function publicOnlyOf(scope: Scope): boolean | null {
  if (scope === null) return null;
  if (!Object.keys(scope).length) return false;
  return JSON.stringify(scope) === JSON.stringify({ isPublic: { $eq: true } }) ? true : null;
}

/**
 * A page of the list in `locale` (already resolved), or null for Strapi's find. `status` is dropped
 * from the query: the list is always of the published version (the controller's fixed parameter).
 */
export async function leanMaterialPage(strapi: Core.Strapi, query: Record<string, unknown>, scope: Scope, locale: string) {
  const { locale: _locale, status: _status, ...rest } = query;
  const plan = leanListPlan(rest, MATERIAL_LIST);
  const publicOnly = publicOnlyOf(scope);
  if (!plan || publicOnly === null) return null;
  const t = tableOf(strapi, MATERIAL_UID);
  return leanListPage(strapi, MATERIAL_LIST, {
    plan,
    scopeKey: [locale, publicOnly],
    restrict(qb) {
      qb.where(`r.${t.column('locale')}`, locale);
      if (publicOnly) qb.where(`r.${t.column('isPublic')}`, true);
    },
  });
}
