import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import rateLimit from './rate-limit';

/**
 * `global::rate-limit` for calls without credentials only (put on every content-API route by
 * src/lib/security/anonymous-rate-limit.ts). Runs after Strapi's authentication: a signed-in user
 * or API token is never counted, and a made-up Authorization header does not escape the count
 * (it fails authentication first, or — on an `auth: false` route — is not looked at).
 */
export default (config: Parameters<typeof rateLimit>[0], deps: { strapi: Core.Strapi }) => {
  const limited = rateLimit(config, deps);
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.state.auth?.credentials) return next();
    const own = (ctx.state.route?.config?.middlewares ?? []) as Array<{ name?: string } | null>;
    // a route with its own limit (intake, tracking, Open311, auth) is counted by that one
    if (own.some((m) => m?.name === 'global::rate-limit')) return next();
    return limited(ctx, next);
  };
};
