import type { Core } from '@strapi/strapi';
import type { Scope } from '../platform/actor';
import { linkOf } from '../platform/db-meta';
import { leanListPage, leanListPlan, type LeanListSpec } from '../platform/lean-list';
import { PROJECT_UID, REPORT_UID } from './model';

/**
 * The progress-report list an agency reporting officer opens (public/staff/js/reports.js: the
 * project's code and names, sorted by due date) read by the lean list path (src/lib/platform/lean-list.ts).
 * The officer's scope (the reports of their agencies' projects) is two `IN` sub-queries on the link
 * tables; a report's project is in that scope by definition, so the populated project needs no narrowing.
 */
export const REPORT_LIST: LeanListSpec = {
  uid: REPORT_UID,
  sorts: ['dueAt', 'periodStart', 'submittedAt', 'id'],
  filters: { state: 'text', dueAt: 'datetime' },
  populate: { project: ['code', 'name', 'nameEn'] },
  // a project moved to another agency moves its reports in or out of an officer's scope
  scopeReads: [PROJECT_UID],
};

/** The agency ids a report scope is limited to, 'all', or null for a scope not understood here. */
export function scopeAgencies(scope: Scope): number[] | 'all' | null {
  if (scope === null) return null;
  const keys = Object.keys(scope);
  if (!keys.length) return 'all';
  const ids = (scope as { project?: { agency?: { id?: { $in?: unknown } } } }).project?.agency?.id?.$in;
  const projectKeys = Object.keys((scope as { project?: object }).project ?? {});
  if (keys.length === 1 && projectKeys.length === 1 && Array.isArray(ids) && ids.every((i) => Number.isInteger(i))) return ids as number[];
  return null;
}

/** A page of the report list, or null for Strapi's find (another query shape or scope). */
export async function leanReportPage(strapi: Core.Strapi, query: Record<string, unknown>, scope: Scope) {
  const plan = leanListPlan(query, REPORT_LIST);
  const agencies = scopeAgencies(scope);
  if (!plan || agencies === null) return null;
  return leanListPage(strapi, REPORT_LIST, {
    plan,
    scopeKey: agencies,
    restrict(qb) {
      if (agencies === 'all') return;
      const knex = strapi.db.connection;
      const reportProject = linkOf(strapi, REPORT_UID, 'project');
      const projectAgency = linkOf(strapi, PROJECT_UID, 'agency');
      qb.whereIn(
        'r.id',
        knex(reportProject.table)
          .select(reportProject.ownerColumn)
          .whereIn(
            reportProject.targetColumn,
            knex(projectAgency.table)
              .select(projectAgency.ownerColumn)
              .whereIn(projectAgency.targetColumn, agencies.length ? agencies : [-1]),
          ),
      );
    },
  });
}
