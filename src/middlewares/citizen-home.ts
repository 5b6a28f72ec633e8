import type { Context } from 'koa';
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * Serves the citizens' landing page (`public/index.html`) at `/`. Strapi 5's `strapi::public`
 * answers `/` with a redirect to the admin panel and has no option to serve an index instead, so
 * this runs before it. Without the file, `/` falls through to Strapi's redirect.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const file = path.join(strapi.dirs.static.public, 'index.html');
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.path !== '/' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return next();
    }
    ctx.status = 200;
    ctx.type = 'html';
    ctx.length = stat.size;
    ctx.lastModified = stat.mtime;
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.method === 'GET') ctx.body = fs.createReadStream(file);
  };
};
