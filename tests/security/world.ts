import type { Core } from '@strapi/strapi';
import type { TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { ADMIN_ROUTE_PREFIXES, ROLES, Role } from './route-access';

/**
 * Shared by the security suites: the routes Strapi registers at runtime, one user per role, and
 * real document ids to put into path parameters.
 */

const ROLE_TYPE: Record<Role, string> = {
  public: 'public',
  staff: 'authenticated',
  officer: 'complaint-officer',
  team: 'response-team-member',
  agency: 'agency-officer',
  volunteer: 'volunteer',
  coordinator: 'volunteer-coordinator',
  inspector: 'inspector',
};

export interface RegisteredRoute {
  /** `GET /api/complaints/:id`: method and path exactly as Strapi's router holds them */
  key: string;
  method: string;
  path: string;
  section: 'content-api' | 'admin';
}

/**
 * Every route in Strapi's HTTP router (strapi.server.router.stack — what actually answers requests,
 * so a route added by any means is here): all of /api/* (our APIs and every plugin's content API),
 * and our own admin-panel routes (paths under ADMIN_ROUTE_PREFIXES, or admin routers whose name
 * starts with `mind-`). Strapi's own admin-panel routes are out of scope.
 */
export function registeredRoutes(strapi: Core.Strapi): RegisteredRoute[] {
  const adminPaths = new Set<string>();
  const adminRouters = (strapi.admin as unknown as { routes: Record<string, { routes?: Array<{ path: string }> }> }).routes;
  for (const [name, router] of Object.entries(adminRouters ?? {})) {
    if (!name.startsWith('mind-')) continue;
    for (const r of router.routes ?? []) adminPaths.add(`/admin${r.path}`);
  }
  const out = new Map<string, RegisteredRoute>();
  for (const layer of (strapi.server.router as any).stack as Array<{ methods: string[]; path: string }>) {
    const methods = layer.methods.filter((m) => m !== 'HEAD');
    if (!methods.length || typeof layer.path !== 'string') continue;
    let section: RegisteredRoute['section'] | null = null;
    if (layer.path.startsWith('/api/')) section = 'content-api';
    else if (adminPaths.has(layer.path) || ADMIN_ROUTE_PREFIXES.some((p) => layer.path.startsWith(p))) section = 'admin';
    if (!section) continue;
    for (const method of methods) {
      const key = `${method} ${layer.path}`;
      out.set(key, { key, method, path: layer.path, section });
    }
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export interface RoleUser {
  role: Role;
  id?: number;
  /** `Authorization` header, absent for public */
  auth?: string;
}

async function userByName(strapi: Core.Strapi, username: string) {
  return strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
}

/**
 * One user per role. Scoped roles use the demo accounts (DEMO_DATA=true), so that their scope is not
 * empty: demo.team.east is in a team with assigned complaints, demo.agency reports for DIW,
 * demo.volunteer is linked to a volunteer profile.
 */
export async function roleUsers(strapi: Core.Strapi): Promise<Record<Role, RoleUser>> {
  const jwt = strapi.plugin('users-permissions').service('jwt');
  const demo: Partial<Record<Role, string>> = {
    officer: 'demo.officer',
    team: 'demo.team.east',
    agency: 'demo.agency',
    volunteer: 'demo.volunteer',
    coordinator: 'demo.coordinator',
  };
  const users = {} as Record<Role, RoleUser>;
  for (const role of ROLES) {
    if (role === 'public') {
      users[role] = { role };
      continue;
    }
    const existing = demo[role] ? await userByName(strapi, demo[role]!) : null;
    const u = existing ?? (await createUser(strapi, ROLE_TYPE[role]));
    users[role] = { role, id: u.id, auth: `Bearer ${await jwt.issue({ id: u.id })}` };
  }
  return users;
}

/** A real documentId of the content type whose plural name is `plural` (e.g. `complaints`), or null. */
async function someDocumentId(strapi: Core.Strapi, plural: string): Promise<string | null> {
  const ct = Object.values(strapi.contentTypes).find((c: any) => c.info?.pluralName === plural) as any;
  if (!ct) return null;
  const row = await strapi.db.query(ct.uid).findOne({ select: ['documentId'], orderBy: { id: 'asc' } });
  return row?.documentId ?? null;
}

const DUMMY_ID = 'zzzzzzzzzzzzzzzzzzzzzzzz';

/**
 * Fills a route path's parameters. `real` true: an existing record (document ids, tracking code,
 * ticket number, category code, fiscal year); false: a dummy that matches nothing.
 */
export async function fillPath(app: TestApp, path: string, real: boolean): Promise<string> {
  const strapi = app.strapi;
  const seg = path.split('/');
  const out: string[] = [];
  for (let i = 0; i < seg.length; i++) {
    const s = seg[i];
    if (s === '(.*)') {
      out.push('github');
      continue;
    }
    const m = /^:([A-Za-z_]+)(.*)$/.exec(s);
    if (!m) {
      out.push(s);
      continue;
    }
    const [, name, suffix] = m;
    let value: string | null = null;
    if (real) {
      if (name === 'trackingCode') {
        value =
          (
            await strapi.db
              .query('api::complaint.complaint')
              .findOne({ where: { trackingCode: { $notNull: true } }, select: ['trackingCode'] })
          )?.trackingCode ?? null;
      } else if (name === 'service_request_id') {
        value = (await strapi.db.query('api::complaint.complaint').findOne({ select: ['ticketNumber'] }))?.ticketNumber ?? null;
      } else if (name === 'service_code') {
        value = (await strapi.db.query('api::complaint-category.complaint-category').findOne({ select: ['code'] }))?.code ?? null;
      } else if (name === 'fiscalYear') {
        value = String(new Date().getFullYear() + 543 + (new Date().getMonth() >= 9 ? 1 : 0));
      } else if (name === 'round') {
        value = '1';
      } else if (name === 'provider') {
        value = 'local';
      } else if (name === 'id') {
        value = await someDocumentId(strapi, seg[i - 1]);
        if (!value && seg[i - 1] === 'files') {
          value = String((await strapi.db.query('plugin::upload.file').findOne({ select: ['id'] }))?.id ?? '');
        }
        if (!value && seg[i - 1] === 'users')
          value = String((await strapi.db.query('plugin::users-permissions.user').findOne({ select: ['id'] }))?.id ?? '');
        if (!value && seg[i - 1] === 'roles')
          value = String((await strapi.db.query('plugin::users-permissions.role').findOne({ select: ['id'] }))?.id ?? '');
      }
    }
    out.push(`${value || (name === 'round' || name === 'fiscalYear' ? '9' : DUMMY_ID)}${suffix}`);
  }
  return out.join('/');
}

export function send(app: TestApp, method: string, url: string, user: RoleUser) {
  const req = (app.http() as any)[method.toLowerCase()](url);
  if (user.auth) req.set('Authorization', user.auth);
  return req;
}

/** Runs `fn` over `items`, `n` at a time. */
export async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}
