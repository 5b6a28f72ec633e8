import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorOf } from '../lib/platform/actor';

/**
 * A route only some of the roles granted it may use: `{ name: 'global::has-role', config: { roles, message } }`.
 * The route grant (src/lib/platform/roles.ts) lets a role reach the route; this narrows a route that
 * several roles share. Refused: 403 with the given message.
 */
export default async (ctx: Context, config: { roles: string[]; message: string }, { strapi }: { strapi: Core.Strapi }) => {
  const actor = await actorOf(strapi, ctx);
  if (!actor.role || !config.roles.includes(actor.role)) throw new errors.ForbiddenError(config.message);
  return true;
};
