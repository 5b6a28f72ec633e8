import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { COMPLAINT_POPULATE } from '../../../lib/complaints/list';

/** The relations a complaint list or page shows, unless the caller asks for others. */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: () => Promise<void>) => {
    ctx.query.populate ??= COMPLAINT_POPULATE;
    await next();
  };
};
