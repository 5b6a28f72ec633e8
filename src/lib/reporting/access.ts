import type { Core } from '@strapi/strapi';
import { allOf } from '../platform/filters';

/**
 * Who sees which projects and progress reports through the REST API:
 *  - an agency reporting officer (role `agency-officer`) sees only the projects of the agencies
 *    whose `reportingOfficers` include them; anything else is a 404, as if it did not exist;
 *  - every other role that has the permission (complaint officers) sees all.
 */

export const AGENCY_UID = 'api::agency.agency';

export interface ApiUser {
  id: number;
  email?: string;
  role?: { type?: string } | null;
}

async function roleType(strapi: Core.Strapi, user: ApiUser): Promise<string | undefined> {
  if (user.role?.type) return user.role.type;
  const full = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id }, populate: ['role'] });
  return full?.role?.type;
}

/** The agency ids the user is limited to, or null when not limited. */
export async function agencyScope(strapi: Core.Strapi, user: ApiUser | undefined): Promise<number[] | null> {
  if (!user) return [];
  if ((await roleType(strapi, user)) !== 'agency-officer') return null;
  const agencies = await strapi.db.query(AGENCY_UID as any).findMany({
    where: { reportingOfficers: { id: user.id } },
    select: ['id'],
  });
  return agencies.map((a: { id: number }) => a.id);
}

export async function isAgencyOfficer(strapi: Core.Strapi, user: ApiUser | undefined): Promise<boolean> {
  return !!user && (await roleType(strapi, user)) === 'agency-officer';
}

/** Filters limiting projects to the scope (an impossible filter for an empty scope). */
export function projectScopeFilter(scope: number[] | null): Record<string, unknown> | null {
  if (scope === null) return null;
  return { agency: { id: { $in: scope.length ? scope : [-1] } } };
}

export function reportScopeFilter(scope: number[] | null): Record<string, unknown> | null {
  const f = projectScopeFilter(scope);
  return f ? { project: f } : null;
}

export function withFilter(filters: unknown, extra: Record<string, unknown> | null): any {
  return allOf(filters, extra);
}

/** The core controller's helpers used by the reporting controllers (present on every core controller). */
export interface CoreMethods {
  validateQuery(ctx: unknown): Promise<void>;
  sanitizeQuery(ctx: unknown): Promise<Record<string, any>>;
  sanitizeOutput(data: unknown, ctx: unknown): Promise<any>;
  transformResponse(data: unknown, meta?: Record<string, unknown>): unknown;
}
