import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorOf } from '../lib/platform/actor';
import { requestData } from '../lib/platform/validation';
import { isCoordinator, ownVolunteer } from '../lib/volunteers/access';

/** A volunteer signs up only themself (and needs a linked profile to do so); a coordinator signs up anyone. */
export default async (ctx: Context, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const actor = await actorOf(strapi, ctx);
  if (isCoordinator(actor)) return true;
  const own = await ownVolunteer(strapi, actor);
  if (!own) throw new errors.ForbiddenError('No volunteer profile is linked to this account');
  const { volunteer } = requestData(ctx);
  if (volunteer !== undefined && volunteer !== own.documentId) throw new errors.ForbiddenError('A volunteer may sign up only themself');
  return true;
};
