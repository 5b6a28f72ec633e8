import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { actorOf } from '../lib/platform/actor';
import { visibleOr404 } from '../lib/platform/scoped-controller';
import { scopeFor } from '../lib/security/access';

/**
 * The `:id` document must be one the caller may see (src/lib/security/access.ts), else 404 —
 * the same answer as for an absent one, so that nothing tells the two apart.
 * `{ name: 'global::visible', config: { uid, notFound } }`, before any check that would answer otherwise.
 */
export default async (ctx: Context, config: { uid: string; notFound: string }, { strapi }: { strapi: Core.Strapi }) => {
  const actor = await actorOf(strapi, ctx);
  await visibleOr404(strapi, config.uid, await scopeFor(strapi, config.uid, actor), String(ctx.params.id), config.notFound);
  return true;
};
