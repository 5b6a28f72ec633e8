import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayDoAll } from './admin-ability';
import { requestData } from './validation';

/**
 * Shared by the admin panel's workflow routes (`/admin/mind-work/*`: the complaint, progress-report,
 * finding and e-mail template buttons of src/admin/work/): an admin router, the permission check and
 * how an administrator is named in timelines. Admin login (admin::isAuthenticatedAdmin) or a 401; an
 * administrator without the Content Manager permission the route names gets a 403.
 */

/** A request of the admin API (the router adds the path parameters). */
type Ctx = Parameters<Core.ControllerHandler>[0] & { params: Record<string, string | undefined> };

interface AdminWorkRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Content Manager permissions the administrator needs on every entry (no "is creator" condition) */
  needs: Array<[action: string, subject: string]>;
  handler: (ctx: Ctx) => Promise<unknown>;
}

/** Registers `routes` as an admin router named `mind-<name>` (the security matrix finds them by that prefix). */
export function registerAdminWorkRoutes(strapi: Core.Strapi, name: string, routes: AdminWorkRoute[]) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  admin.routes[`mind-${name}`] = {
    type: 'admin',
    routes: routes.map((r) => ({
      method: r.method,
      path: r.path,
      handler: async (ctx: Ctx) => {
        for (const [action, subject] of r.needs) {
          if (!mayDoAll(ctx.state.userAbility, action, subject)) {
            throw new errors.ForbiddenError(`${action.split('.').pop()} of ${subject} is not allowed for this administrator`);
          }
        }
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { data: await r.handler(ctx) };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  };
}

/** The JSON body of an admin request (the admin's fetch client sends the fields themselves, no `data`). */
export function adminBody(ctx: Ctx): Record<string, unknown> {
  const body = ctx.request.body as unknown;
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('body: must be a JSON object');
  return 'data' in (body as object) ? requestData(ctx) : (body as Record<string, unknown>);
}

interface AdminUser {
  id: number;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
}

/** The signed-in administrator. */
export function adminUser(ctx: Ctx): AdminUser {
  return ctx.state.user as AdminUser;
}

/** How the signed-in administrator is named in a timeline (name, then "administrator" and the e-mail). */
export function adminLabel(ctx: Ctx): { label: string } {
  const user = adminUser(ctx);
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ');
  return { label: `${name ? `${name} ` : ''}(ผู้ดูแลระบบ / administrator ${user?.email ?? 'unknown'})` };
}
