import type { Core } from '@strapi/strapi';
import type { Actor, Scope } from '../platform/actor';
import { COORDINATOR_ROLE, PERSONAL_FIELDS, VOLUNTEER_UID } from './rules';
import { maskVolunteerContact } from '../privacy/reveal/mask';

/**
 * Who sees what of volunteers. Coordinators (and admin-issued API tokens) see and manage
 * everything; anyone else — in practice the `volunteer` role — sees only their own volunteer record
 * and participations (another's is 404) and only open, upcoming activities (plus their own).
 */
export function isCoordinator(actor: Actor): boolean {
  return actor.userId === undefined || actor.role === COORDINATOR_ROLE;
}

/** The volunteer profile linked to the actor's account, if any. */
export function ownVolunteer(strapi: Core.Strapi, actor: Actor): Promise<{ id: number; documentId: string } | null> {
  return actor.once('volunteers.own', async () => {
    if (actor.userId === undefined) return null;
    const own = await strapi.db.query(VOLUNTEER_UID).findOne({ where: { user: { id: actor.userId } }, select: ['id', 'documentId'] });
    return own ? { id: own.id, documentId: own.documentId } : null;
  });
}

export async function volunteerScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  if (isCoordinator(actor)) return {};
  const own = await ownVolunteer(strapi, actor);
  return own ? { id: own.id } : null;
}

export async function participationScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  if (isCoordinator(actor)) return {};
  const own = await ownVolunteer(strapi, actor);
  return own ? { volunteer: { id: own.id } } : null;
}

/** Open activities not yet started, and any the volunteer has a participation in. */
export async function activityScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  if (isCoordinator(actor)) return {};
  const own = await ownVolunteer(strapi, actor);
  const open = { state: 'open', startAt: { $gt: new Date() } };
  return own ? { $or: [open, { participations: { volunteer: { id: own.id } } }] } : open;
}

/**
 * Adds the private personal fields to each item (documentId) — for coordinators and the volunteer themself.
 * Contact data is masked (PDPA) except on the actor's own profile: a coordinator sees it in full only
 * through a reveal with a reason (src/lib/privacy/reveal/), which the audit trail records.
 */
export async function addPersonalData(strapi: Core.Strapi, items: Array<Record<string, unknown> & { documentId: string }>, actor: Actor) {
  if (!items.length) return;
  const rows = await strapi.db.query(VOLUNTEER_UID).findMany({
    where: { documentId: { $in: items.map((i) => i.documentId) } },
    select: ['documentId', ...PERSONAL_FIELDS],
  });
  const own = await ownVolunteer(strapi, actor);
  const byId = new Map(rows.map((r: Record<string, unknown> & { documentId: string }) => [r.documentId, r]));
  for (const item of items) {
    const r = byId.get(item.documentId);
    if (r) for (const f of PERSONAL_FIELDS) item[f] = r[f] ?? null;
    if (item.documentId !== own?.documentId) maskVolunteerContact(item);
  }
}

/** Certificates: coordinators all, a volunteer their own. */
export async function certificateScope(strapi: Core.Strapi, actor: Actor): Promise<Scope> {
  if (isCoordinator(actor)) return {};
  const own = await ownVolunteer(strapi, actor);
  return own ? { volunteer: { id: own.id } } : null;
}
