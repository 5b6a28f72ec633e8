import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';

/** The relations a complaint list or page shows, unless the caller asks for others. */
const populate = {
  category: { fields: ['code', 'nameTh', 'nameEn'] },
  province: { fields: ['code', 'nameTh', 'nameEn'] },
  assignedTeam: { fields: ['name', 'kind'] },
  attachments: { fields: ['name', 'url', 'mime', 'size'] },
};

export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: () => Promise<void>) => {
    ctx.query.populate ??= populate;
    await next();
  };
};
