import type { Core } from '@strapi/strapi';
import type { Scope } from '../platform/actor';
import { linkOf, tableOf, type QueryBuilder } from '../platform/db-meta';
import { leanListPage, leanListPlan, type LeanListSpec } from '../platform/lean-list';
import { ACTIVITY_UID, PARTICIPATION_UID } from './model';

/**
 * The volunteer activity list (public/staff/js/activities.js: open activities starting after now, with
 * the province, by start time; coordinators' lists the same without the filter) read by the lean list
 * path (src/lib/platform/lean-list.ts). A volunteer's scope (open upcoming activities, and those they
 * have a participation in) is applied in the same statement, the latter as `IN` sub-queries on the link tables.
 */
export const ACTIVITY_LIST: LeanListSpec = {
  uid: ACTIVITY_UID,
  sorts: ['startAt', 'id'],
  filters: { state: 'text', startAt: 'datetime' },
  populate: { province: ['code', 'nameTh', 'nameEn'] },
  // a volunteer's own activities are found through their participations
  scopeReads: [PARTICIPATION_UID],
};

/** A volunteer's scope as this path reads it: everything, or open activities after `after` plus those of volunteer `own`. */
type ActivityScope = 'all' | { after: Date; own: number | null };

const isOpenAfter = (s: unknown): s is { state: 'open'; startAt: { $gt: Date } } => {
  const o = s as { state?: unknown; startAt?: { $gt?: unknown } } | null;
  return (
    !!o && Object.keys(o).length === 2 && o.state === 'open' && Object.keys(o.startAt ?? {}).length === 1 && o.startAt?.$gt instanceof Date
  );
};

/** The activity scope (src/lib/volunteers/access.ts `activityScope`) in this path's terms; null for one not understood here. */
export function activityScopeOf(scope: Scope): ActivityScope | null {
  if (scope === null) return null;
  if (!Object.keys(scope).length) return 'all';
  if (isOpenAfter(scope)) return { after: scope.startAt.$gt, own: null };
  const either = (scope as { $or?: unknown }).$or;
  if (Object.keys(scope).length !== 1 || !Array.isArray(either) || either.length !== 2 || !isOpenAfter(either[0])) return null;
  const id = (either[1] as { participations?: { volunteer?: { id?: unknown } } }).participations?.volunteer?.id;
  if (JSON.stringify(either[1]) !== JSON.stringify({ participations: { volunteer: { id } } }) || !Number.isInteger(id)) return null;
  return { after: either[0].startAt.$gt, own: id as number };
}

/** A page of the activity list, or null for Strapi's find (another query shape or scope). */
export async function leanActivityPage(strapi: Core.Strapi, query: Record<string, unknown>, scope: Scope) {
  const plan = leanListPlan(query, ACTIVITY_LIST);
  const within = activityScopeOf(scope);
  if (!plan || within === null) return null;
  const t = tableOf(strapi, ACTIVITY_UID);
  return leanListPage(strapi, ACTIVITY_LIST, {
    plan,
    scopeKey: within,
    restrict(qb) {
      if (within === 'all') return;
      const knex = strapi.db.connection;
      const open = (q: QueryBuilder) => q.where(`r.${t.column('state')}`, 'open').where(`r.${t.column('startAt')}`, '>', within.after);
      if (within.own === null) return void open(qb);
      const activity = linkOf(strapi, PARTICIPATION_UID, 'activity');
      const volunteer = linkOf(strapi, PARTICIPATION_UID, 'volunteer');
      const own = within.own;
      qb.where((w: QueryBuilder) =>
        w
          .where(open)
          .orWhereIn(
            'r.id',
            knex(activity.table)
              .select(activity.targetColumn)
              .whereIn(activity.ownerColumn, knex(volunteer.table).select(volunteer.ownerColumn).where(volunteer.targetColumn, own)),
          ),
      );
    },
  });
}
