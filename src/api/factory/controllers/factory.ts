import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { linkFactory, suggestFactories } from '../../../lib/factories/links';
import { requestData } from '../../../lib/platform/validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default factories.createCoreController('api::factory.factory', ({ strapi }: { strapi: Core.Strapi }) => ({
  async suggestions(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await suggestFactories(strapi, ctx, String(ctx.params.id)) };
  },

  async link(ctx: Context) {
    ctx.body = { data: await linkFactory(strapi, ctx, String(ctx.params.id), requestData(ctx)) };
  },
}));
