import type { Core } from '@strapi/strapi';
import type { Actor, Scope } from '../platform/actor';
import type { ComplaintStatus } from './model';

/**
 * What each caller may do with complaints beyond the users-permissions route grants:
 * officers (and admin-issued API tokens) see everything including personal data;
 * a response-team member sees only their team's complaints and moves them only to these states.
 * Any other role reaches a complaint route only if an administrator granted it by hand: it gets
 * the narrowest view (no teams, so no complaints).
 */
export const TEAM_MEMBER_TARGETS: readonly ComplaintStatus[] = ['in_progress', 'resolved'];

const OFFICER_ROLE = 'complaint-officer';
const TEAM_ROLE = 'response-team-member';

export function isComplaintOfficer(actor: Actor): boolean {
  return actor.userId === undefined || actor.role === OFFICER_ROLE;
}

export function seesPersonalData(actor: Actor): boolean {
  return isComplaintOfficer(actor);
}

/** Response teams the actor belongs to (as member or lead). */
function teamIdsOf(strapi: Core.Strapi, actor: Actor): Promise<number[]> {
  return actor.once('complaints.teamIds', async () => {
    if (actor.userId === undefined) return [];
    const teams = await strapi.db.query('api::response-team.response-team').findMany({
      where: { $or: [{ members: { id: actor.userId } }, { lead: { id: actor.userId } }] },
      select: ['id'],
    });
    return teams.map((t: { id: number }) => t.id);
  });
}

export async function complaintScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  if (isComplaintOfficer(actor)) return {};
  const teamIds = actor.role === TEAM_ROLE ? await teamIdsOf(strapi, actor) : [];
  return teamIds.length ? { assignedTeam: { id: { $in: teamIds } } } : null;
}
