import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { actorOf, withinScope, type Actor } from '../platform/actor';
import { validate } from '../platform/validation';
import { CATEGORY_UID, COMPLAINT_UID } from '../complaints/model';
import { scopeFor } from '../security/access';
import { FACTORY_UID } from './model';
import { DEFAULT_RADIUS_METERS, nearestFactories, type FactorySuggestion } from './registry';

/**
 * An officer links a complaint to a registered factory: the registry suggests the nearest factories
 * within the complaint category's radius of the complaint's position, the officer confirms one (or
 * clears the link). A complaint outside the caller's scope is a 404, as on the complaint's own routes.
 */
async function complaintInScope(strapi: Core.Strapi, actor: Actor, documentId: string) {
  const scope = await scopeFor(strapi, COMPLAINT_UID, actor);
  const complaint = await strapi.documents(COMPLAINT_UID).findFirst({
    filters: withinScope(scope, { documentId }) as never,
    fields: ['documentId', 'latitude', 'longitude'],
    populate: { category: { fields: ['documentId'] }, factory: { fields: ['documentId', 'registrationNumber', 'nameTh'] } },
  });
  if (!complaint) throw new errors.NotFoundError('complaint not found');
  return complaint as typeof complaint & {
    category?: { documentId: string } | null;
    factory?: { documentId: string; registrationNumber: string; nameTh: string } | null;
  };
}

export interface SuggestionAnswer {
  radiusMeters: number;
  position: { latitude: number; longitude: number } | null;
  linked: { documentId: string; registrationNumber: string; nameTh: string } | null;
  suggestions: FactorySuggestion[];
}

export async function suggestFactories(
  strapi: Core.Strapi,
  ctx: { state: { actor?: Actor; user?: unknown } },
  documentId: string,
): Promise<SuggestionAnswer> {
  const actor = await actorOf(strapi, ctx);
  const c = await complaintInScope(strapi, actor, documentId);
  const category = c.category
    ? ((await strapi.db.query(CATEGORY_UID).findOne({ where: { documentId: c.category.documentId }, select: ['radiusMeters'] })) as {
        radiusMeters: number | null;
      } | null)
    : null;
  const radiusMeters = category?.radiusMeters ?? DEFAULT_RADIUS_METERS;
  const position =
    typeof c.latitude === 'number' && typeof c.longitude === 'number' ? { latitude: c.latitude, longitude: c.longitude } : null;
  return {
    radiusMeters,
    position,
    linked: c.factory ?? null,
    suggestions: position ? await nearestFactories(strapi, position, radiusMeters) : [],
  };
}

const linkSchema = yup.object({
  factory: yup.string().nullable().defined('is required: a factory documentId, or null to clear the link').max(64),
});

/** Links (or, with `factory: null`, unlinks) a complaint and a registered factory. */
export async function linkFactory(
  strapi: Core.Strapi,
  ctx: { state: { actor?: Actor; user?: unknown } },
  documentId: string,
  body: unknown,
): Promise<{ documentId: string; factory: { documentId: string; registrationNumber: string; nameTh: string } | null }> {
  const { factory } = await validate<{ factory: string | null }>(linkSchema, body ?? {});
  const actor = await actorOf(strapi, ctx);
  await complaintInScope(strapi, actor, documentId);
  const target = factory
    ? await strapi
        .documents(FACTORY_UID)
        .findFirst({ filters: { documentId: factory }, fields: ['documentId', 'registrationNumber', 'nameTh'] })
    : null;
  if (factory && !target) {
    throw new errors.ValidationError('Invalid field: factory', {
      errors: [{ path: ['factory'], message: 'is not a registered factory', name: 'ValidationError' }],
      field: 'factory',
    });
  }
  await strapi.documents(COMPLAINT_UID).update({ documentId, data: { factory: target?.documentId ?? null } as never });
  return {
    documentId,
    factory: target
      ? { documentId: target.documentId, registrationNumber: String(target.registrationNumber), nameTh: String(target.nameTh) }
      : null,
  };
}
