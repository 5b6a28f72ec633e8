import type { Core } from '@strapi/strapi';
import type { Actor, Scope } from '../platform/actor';

/**
 * Who sees which projects and progress reports through the REST API:
 *  - an agency reporting officer (role `agency-officer`) sees only the projects of the agencies
 *    whose `reportingOfficers` include them; anything else is a 404, as if it did not exist;
 *  - every other role that has the permission (complaint officers) sees all;
 *  - a call without a user (an API token) sees none.
 */
const AGENCY_OFFICER_ROLE = 'agency-officer';

function isAgencyOfficer(actor: Actor): boolean {
  return actor.role === AGENCY_OFFICER_ROLE;
}

/** The agency ids the actor is limited to, or null when not limited. */
function agencyIdsOf(strapi: Core.Strapi, actor: Actor): Promise<number[] | null> {
  return actor.once('reporting.agencyIds', async () => {
    if (actor.userId === undefined) return [];
    if (!isAgencyOfficer(actor)) return null;
    const agencies = await strapi.db.query('api::agency.agency').findMany({
      where: { reportingOfficers: { id: actor.userId } },
      select: ['id'],
    });
    return agencies.map((a: { id: number }) => a.id);
  });
}

/** Rows whose `relation` (an agency) is one of the actor's agencies. */
export async function agencyScope(strapi: Core.Strapi, actor: Actor, relation: string): Promise<Scope> {
  const ids = await agencyIdsOf(strapi, actor);
  if (ids === null) return {};
  return ids.length ? { [relation]: { id: { $in: ids } } } : null;
}

export const projectScope = (strapi: Core.Strapi, actor: Actor) => agencyScope(strapi, actor, 'agency');

export async function reportScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  const project = await projectScope(strapi, actor);
  return project && Object.keys(project).length ? { project } : project;
}
