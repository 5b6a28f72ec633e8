import type { Core } from '@strapi/strapi';
import { fieldErrors } from '../platform/validation';

/**
 * Who may be a complaint's officer: an account of the users-permissions role `complaint-officer`
 * (not a volunteer, an agency officer or a team member, who would then see the complainant's
 * personal data as "their" case). One rule for both doors: the assign route (complaint service) and
 * the admin panel (complaint guard). A blocked account is refused too.
 */
const ASSIGNABLE_OFFICER_ROLE = 'complaint-officer';
const USER_UID = 'plugin::users-permissions.user';

type Ref = { id: number } | { documentId: string };

/** The users a relation input names: an id, a documentId, `{ id }`/`{ documentId }`, lists, `connect`/`set`. */
function refsOf(value: unknown): Ref[] | 'invalid' {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'number') return Number.isInteger(value) ? [{ id: value }] : 'invalid';
  if (typeof value === 'string') return [{ documentId: value }];
  if (Array.isArray(value)) {
    const out: Ref[] = [];
    for (const v of value) {
      const r = refsOf(v);
      if (r === 'invalid') return r;
      out.push(...r);
    }
    return out;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('connect' in o || 'set' in o) {
      const connect = refsOf(o.connect ?? []);
      const set = refsOf(o.set ?? []);
      return connect === 'invalid' || set === 'invalid' ? 'invalid' : [...connect, ...set];
    }
    if ('disconnect' in o) return [];
    if (typeof o.documentId === 'string') return [{ documentId: o.documentId }];
    if (typeof o.id === 'number' || typeof o.id === 'string') return refsOf(Number(o.id));
  }
  return 'invalid';
}

/**
 * Checks that `value` (an officer reference as the API or the panel sends it) names only active
 * complaint officers; a 400 naming `field` otherwise. Returns the officer named, if one is.
 */
export async function requireComplaintOfficer(
  strapi: Core.Strapi,
  value: unknown,
  field: string,
): Promise<{ id: number; documentId: string; username: string } | null> {
  const refs = refsOf(value);
  if (refs === 'invalid') throw fieldErrors([{ path: [field], message: 'must name a user (id or documentId)' }]);
  let first: { id: number; documentId: string; username: string } | null = null;
  for (const ref of refs) {
    const user = (await strapi.db.query(USER_UID).findOne({
      where: ref,
      select: ['id', 'documentId', 'username', 'blocked'],
      populate: { role: { select: ['type'] } },
    })) as { id: number; documentId: string; username: string; blocked?: boolean; role?: { type?: string } } | null;
    if (!user) throw fieldErrors([{ path: [field], message: `unknown user "${'id' in ref ? ref.id : ref.documentId}"` }]);
    if (user.role?.type !== ASSIGNABLE_OFFICER_ROLE || user.blocked) {
      throw fieldErrors([{ path: [field], message: `must be an active complaint officer; "${user.username}" is not` }]);
    }
    first ??= { id: user.id, documentId: user.documentId, username: user.username };
  }
  return first;
}

/** For a document write (the admin panel): checks `assignedOfficer` when the data sets it. */
export async function checkAssignedOfficer(strapi: Core.Strapi, data: Record<string, unknown> | undefined): Promise<void> {
  if (data && 'assignedOfficer' in data) await requireComplaintOfficer(strapi, data.assignedOfficer, 'assignedOfficer');
}
