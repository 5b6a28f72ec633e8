import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * `GET /api/users/me` answers with the caller's own role as `role: { type, name }`: the staff app picks
 * the signed-in person's pages by it. users-permissions would show the role only to a caller allowed to
 * read roles (its output sanitizer drops the relation otherwise), which no staff role is, and granting
 * that would list every role; one's own role's type and name are not a secret to oneself.
 */
interface PluginRoute {
  method: string;
  path: string;
  config?: { middlewares?: unknown[] };
}

type RoleRef = { type?: string; name?: string } | null | undefined;

export function registerOwnRole(strapi: Core.Strapi): void {
  const routes = (strapi.plugin('users-permissions').routes as Record<string, { routes: PluginRoute[] }>)['content-api'].routes;
  const route = routes.find((r) => r.method === 'GET' && r.path === '/users/me');
  if (!route) {
    strapi.log.warn('staff app: GET /users/me not found in users-permissions');
    return;
  }
  route.config ??= {};
  const others = (route.config.middlewares ?? []).filter((m) => (m as { ownRole?: boolean }).ownRole !== true);
  const step = Object.assign(
    async (ctx: Context, next: Next) => {
      await next();
      const body = ctx.body as Record<string, unknown> | null;
      const id = (ctx.state.user as { id?: number } | undefined)?.id;
      if (ctx.status !== 200 || !body || typeof body !== 'object' || id === undefined) return;
      let role = (ctx.state.user as { role?: RoleRef }).role;
      if (!role?.type) {
        const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, populate: { role: true } });
        role = user?.role as RoleRef;
      }
      if (role?.type) body.role = { type: role.type, name: role.name ?? role.type };
    },
    { ownRole: true },
  );
  route.config.middlewares = [...others, step];
}
