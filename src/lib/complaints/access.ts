import type { ComplaintStatus } from './status';

/**
 * What each caller may do with complaints beyond the users-permissions route grants:
 * officers (and admin-issued API tokens) see everything including personal data;
 * a response-team member sees only their team's complaints and moves them only to these states.
 */
export const TEAM_MEMBER_TARGETS: readonly ComplaintStatus[] = ['in_progress', 'resolved'];

export type ComplaintAccess =
  | { kind: 'officer'; userId?: number; label: string }
  | { kind: 'team'; userId: number; label: string; teamIds: number[] };

export const OFFICER_ROLE = 'complaint-officer';
export const TEAM_ROLE = 'response-team-member';

/** The database filter that limits a caller to the complaints they may see (none for officers). */
export function scopeFilter(access: ComplaintAccess): Record<string, unknown> | null {
  if (access.kind === 'officer') return null;
  return { assignedTeam: { id: { $in: access.teamIds.length ? access.teamIds : [-1] } } };
}

export function seesPersonalData(access: ComplaintAccess): boolean {
  return access.kind === 'officer';
}
