import type { Core } from '@strapi/strapi';
import type { PluginRoute } from './upload-rules';
import { intEnv } from '../platform/env';

/**
 * Per-client-address limits on the users-permissions auth routes (password guessing, reset-code
 * guessing, mail bombing through "forgot password"), counted in the database by the same
 * `global::rate-limit` middleware as public intake, so several instances share the count.
 * The client address is koa's `ctx.request.ip`: the socket's address, or — only when
 * config/server.ts trusts a proxy (IS_PROXIED=true) — the address X-Forwarded-For gives.
 */
function authRateLimits() {
  return {
    /** password and reset-code attempts */
    login: { points: intEnv('AUTH_LOGIN_RATE_LIMIT', 10), durationSeconds: intEnv('AUTH_LOGIN_RATE_WINDOW_SECONDS', 900) },
    /** requests that send an email or create an account */
    email: { points: intEnv('AUTH_EMAIL_RATE_LIMIT', 5), durationSeconds: intEnv('AUTH_EMAIL_RATE_WINDOW_SECONDS', 3600) },
    /** token refreshes and logouts: every signed-in client refreshes about twice an hour, and an
     *  office's staff may share one address behind its gateway */
    session: { points: intEnv('AUTH_SESSION_RATE_LIMIT', 120), durationSeconds: intEnv('AUTH_SESSION_RATE_WINDOW_SECONDS', 900) },
  };
}

/** Auth route (method + path as users-permissions declares it) → which limit counts it. */
const AUTH_LIMITED_ROUTES: Record<string, 'login' | 'email' | 'session'> = {
  'POST /auth/local': 'login',
  'POST /auth/reset-password': 'login',
  'POST /auth/change-password': 'login',
  'POST /auth/local/register': 'email',
  'POST /auth/forgot-password': 'email',
  'POST /auth/send-email-confirmation': 'email',
  'POST /auth/refresh': 'session',
  'POST /auth/logout': 'session',
};

/**
 * Called in register(): puts `global::rate-limit` first on those routes of the users-permissions
 * plugin (its own limiter stays behind ours; it counts in one process's memory only).
 * Returns the routes it limited (the test checks none was missed).
 */
export function limitAuthRoutes(strapi: Core.Strapi): string[] {
  const routes = (strapi.plugin('users-permissions').routes as Record<string, { routes: PluginRoute[] }>)['content-api'].routes;
  const done: string[] = [];
  for (const route of routes) {
    const id = `${route.method} ${route.path}`;
    const kind = AUTH_LIMITED_ROUTES[id];
    if (!kind) continue;
    route.config ??= {};
    // The plugin's route list is module state: a process booting Strapi twice (tests) sees it again.
    if ((route.config.middlewares ?? []).some((m) => (m as { name?: string } | null)?.name === 'global::rate-limit')) {
      done.push(id);
      continue;
    }
    route.config.middlewares = [
      { name: 'global::rate-limit', config: { key: `auth-${kind}`, limits: () => authRateLimits()[kind] } },
      ...(route.config.middlewares ?? []),
    ];
    done.push(id);
  }
  const missing = Object.keys(AUTH_LIMITED_ROUTES).filter((id) => !done.includes(id));
  if (missing.length) strapi.log.warn(`auth rate limit: routes not found in users-permissions: ${missing.join(', ')}`);
  return done;
}
