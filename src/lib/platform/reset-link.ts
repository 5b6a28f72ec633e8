import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { publicBaseUrl } from './links';

/**
 * The password-reset e-mail (users-permissions' `forgot-password`) links to the staff app's page,
 * absolute: `<base>/staff/reset-password.html?code=…`. users-permissions reads the address from its
 * "advanced" settings (`email_reset_password`), so right before it handles a request the setting is
 * brought to this instance's public address (src/lib/platform/links.ts) — unless an administrator has
 * set a page of their own there, which stays.
 */
const PAGE = '/staff/reset-password.html';

interface PluginRoute {
  method: string;
  path: string;
  config?: { middlewares?: unknown[] };
}

async function keepResetLink(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  const current = typeof advanced.email_reset_password === 'string' ? advanced.email_reset_password.trim() : '';
  const wanted = `${publicBaseUrl(strapi)}${PAGE}`;
  if (current === wanted || (current && !current.endsWith(PAGE))) return;
  await store.set({ value: { ...advanced, email_reset_password: wanted } });
}

/** Adds the step to the `POST /auth/forgot-password` route (once, also when a process boots Strapi twice). */
export function registerResetPasswordLink(strapi: Core.Strapi): void {
  const routes = (strapi.plugin('users-permissions').routes as Record<string, { routes: PluginRoute[] }>)['content-api'].routes;
  const route = routes.find((r) => r.method === 'POST' && r.path === '/auth/forgot-password');
  if (!route) {
    strapi.log.warn('reset-password link: POST /auth/forgot-password not found in users-permissions');
    return;
  }
  route.config ??= {};
  const others = (route.config.middlewares ?? []).filter((m) => (m as { resetLink?: boolean }).resetLink !== true);
  const step = Object.assign(
    async (_ctx: Context, next: Next) => {
      await keepResetLink(strapi);
      return next();
    },
    { resetLink: true },
  );
  route.config.middlewares = [...others, step];
}
