import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { openApiDocument } from '../document';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: unknown;
  return {
    async document(ctx: Context) {
      // the routes do not change while the server runs
      cached ??= openApiDocument(strapi, String(strapi.config.get('server.url') || '')).document;
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = cached;
    },
  };
};
