import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a load balancer, trust X-Forwarded-* so per-address rate limits see the client, not the proxy.
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_COUNT', 1) },
  // Requests read in one turn of the event loop are started together, at most this many (0: each at once;
  // unset: 64 on SQLite, 0 on PostgreSQL): src/lib/platform/requests-together.ts
  requestsTogether: env.int('SERVER_REQUESTS_TOGETHER'),
  app: {
    keys: env.array('APP_KEYS'),
  },
});
