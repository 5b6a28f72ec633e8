import type { Core } from '@strapi/strapi';
import { intEnv } from '../platform/env';

/**
 * Every content-API route gets `global::anonymous-rate-limit` (src/middlewares/anonymous-rate-limit.ts):
 * calls without credentials are counted per client address and route family (the API or plugin the
 * route belongs to), so a route the public role may call — granted in a manifest, by an
 * administrator later, or `auth: false` — is never unlimited. Routes with their own
 * `global::rate-limit` (intake, tracking, Open311, auth) keep that one instead. Signed-in calls are
 * not counted here.
 */
function anonymousRateLimits() {
  return { points: intEnv('ANON_RATE_LIMIT', 300), durationSeconds: intEnv('ANON_RATE_WINDOW_SECONDS', 60) };
}

const ANONYMOUS_LIMIT = 'global::anonymous-rate-limit';

interface Route {
  method: string;
  path: string;
  config?: { middlewares?: unknown[] } & Record<string, unknown>;
}
interface Router {
  type?: string;
  routes?: Route[];
}

/**
 * The content-API routers of every API and plugin, by family name. A router is an object or — as
 * Strapi's own plugins declare them — a factory function whose `routes` property is the shared list.
 */
function contentApiRouters(strapi: Core.Strapi): Array<[string, Router]> {
  const out: Array<[string, Router]> = [];
  for (const [name, api] of Object.entries(strapi.apis)) {
    // every router of an API is a content-API router
    for (const router of Object.values((api.routes ?? {}) as Record<string, Router>)) out.push([name, router]);
  }
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = plugin.routes as unknown;
    // an array is the plugin's admin routes
    if (!routes || Array.isArray(routes)) continue;
    for (const [key, router] of Object.entries(routes as Record<string, Router>)) {
      if ((router?.type ?? (key === 'content-api' ? 'content-api' : undefined)) === 'content-api') out.push([name, router]);
    }
  }
  return out;
}

/** Called in register(), before Strapi builds its router. Returns how many routes it covers. */
export function limitAnonymousRoutes(strapi: Core.Strapi): number {
  let count = 0;
  for (const [family, router] of contentApiRouters(strapi)) {
    if (!router || !Array.isArray(router.routes)) {
      strapi.log.warn(`anonymous rate limit: a router of ${family} has no route list, its routes are not limited`);
      continue;
    }
    for (const route of router.routes) {
      route.config ??= {};
      const middlewares = route.config.middlewares ?? [];
      // route objects are module state: a process booting Strapi twice (tests) sees them again
      if (!middlewares.some((m) => (m as { name?: string } | null)?.name === ANONYMOUS_LIMIT)) {
        route.config.middlewares = [
          { name: ANONYMOUS_LIMIT, config: { key: `anon-${family}`, limits: anonymousRateLimits } },
          ...middlewares,
        ];
      }
      count++;
    }
  }
  return count;
}
