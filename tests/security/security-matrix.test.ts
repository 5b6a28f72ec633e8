import { bootStrapi, TestApp } from '../harness/strapi';
import { ADMIN_ROLES, AdminRole, adminRouteAccess, Role, ROLES, routeAccess } from './route-access';
import { fillPath, pool, RegisteredRoute, registeredRoutes, RoleUser, roleUsers, send } from './world';

/** Booting with the demo data takes long on PostgreSQL on a busy 2-core machine. */
const BOOT_TIMEOUT = 300_000;

/**
 * The generated role matrix. The routes come from Strapi's router at runtime, so a route
 * added anywhere — our APIs, a plugin, a custom admin route — is checked; the expected access is
 * tests/security/route-access.ts.
 *
 * What the calls are:
 * - GET routes: path parameters filled with a real record (document id, tracking code, ticket number,
 *   category code, fiscal year), from the demo data.
 * - Write routes (POST/PUT/DELETE): body `{}` and a dummy id that matches nothing, so that the matrix
 *   changes nothing (the hostile-input suite sends real bodies).
 *
 * What "allowed" means: the route's own code answered — 2xx, or 400 (input missing or bad), 404 (no such
 * record in the caller's scope), 409 (wrong state); never 401/403, never 405, never 5xx. A GET route
 * without parameters must answer 200 (exceptions in GET_OK below). A GET route with a real record
 * must answer 200 to at least one allowed role (so the record really was there and readable).
 * What "denied" means: 401 or 403.
 */

const ALLOWED_STATUSES = new Set([200, 201, 204, 400, 404, 409]);

/** GET routes whose allowed answer without extra input is not 200, with the answer and why. */
const GET_OK: Record<string, number[]> = {
  // no confirmation token given
  'GET /api/auth/email-confirmation': [400],
  // the `github` provider is not enabled
  'GET /api/connect/(.*)': [400],
  'GET /api/auth/:provider/callback': [400],
  // a coordinator has no volunteer profile of their own
  'GET /api/volunteers/me': [200, 404],
  // the demo holds no certificate (a volunteer asks for one); who reads a real one is proven in
  // tests/api/volunteer-certificates.test.ts
  'GET /api/volunteer-certificates/:id': [200, 404],
  'GET /api/volunteer-certificates/:id/pdf': [200, 404],
  // a dummy code is not a certificate code: refused as malformed before any look-up
  'GET /api/volunteer-certificates/verify/:code': [400],
};

/** Routes denied by something other than a permission, and how the denial looks. */
const DENIED_AS: Record<string, (o: Outcome) => boolean> = {
  // self-registration is switched off in the users-permissions advanced settings
  'POST /api/auth/local/register': (o) => o.status === 400 && /register action is currently disabled/i.test(o.message ?? ''),
};

/** Routes that end the caller's session: called with a session of their own, not the role's shared one. */
const ENDS_SESSION = new Set(['POST /api/auth/logout']);

/** Extra query for routes that need one to do anything. */
const bangkok = new Date(Date.now() + 7 * 3600_000);
const FISCAL_YEAR = `?fiscalYear=${bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0)}`;
const QUERY: Record<string, string> = {
  'GET /api/training-materials/search': '?q=%E0%B8%81',
  // the compliance figures are asked for one fiscal year (this one)
  'GET /api/reporting-compliance': FISCAL_YEAR,
  'GET /api/reporting-compliance.csv': FISCAL_YEAR,
  'GET /api/reporting-compliance/emenscr.csv': FISCAL_YEAR,
};

interface Outcome {
  key: string;
  who: string;
  status: number;
  message?: string;
}

describe('role matrix over every registered route', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  let users: Record<Role, RoleUser>;

  beforeAll(async () => {
    app = await bootStrapi({
      env: {
        DEMO_DATA: 'true',
        PUBLIC_LOOKUP_RATE_LIMIT: '0',
        PUBLIC_INTAKE_RATE_LIMIT: '0',
        AUTH_LOGIN_RATE_LIMIT: '0',
        AUTH_EMAIL_RATE_LIMIT: '0',
      },
    });
    routes = registeredRoutes(app.strapi);
    users = await roleUsers(app.strapi);
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await app?.close();
  });

  it('finds the routes at runtime (all of /api, plugins included)', () => {
    const keys = routes.map((r) => r.key);
    for (const k of [
      'GET /api/complaints',
      'POST /api/public/complaints',
      'POST /api/auth/local',
      'POST /api/upload',
      'GET /api/i18n/locales',
    ]) {
      expect(keys).toContain(k);
    }
    expect(routes.length).toBeGreaterThan(100);
  });

  it('every registered route has a row in the access table, and every row a route', () => {
    const registered = routes.filter((r) => r.section === 'content-api').map((r) => r.key);
    const registeredAdmin = routes.filter((r) => r.section === 'admin').map((r) => r.key);
    const missing = registered.filter((k) => !(k in routeAccess));
    const missingAdmin = registeredAdmin.filter((k) => !(k in adminRouteAccess));
    const stale = Object.keys(routeAccess).filter((k) => !registered.includes(k));
    const staleAdmin = Object.keys(adminRouteAccess).filter((k) => !registeredAdmin.includes(k));
    expect({ missing, missingAdmin, stale, staleAdmin }).toEqual({ missing: [], missingAdmin: [], stale: [], staleAdmin: [] });
  });

  it('each route × role: allowed roles get the route, the others 401/403', async () => {
    const jobs = routes
      .filter((r) => r.section === 'content-api' && r.key in routeAccess)
      .flatMap((r) => ROLES.map((role) => ({ r, role })));
    const outcomes = await pool(jobs, 8, async ({ r, role }): Promise<Outcome> => {
      const isGet = r.method === 'GET';
      const url = (await fillPath(app, r.path, isGet)) + (QUERY[r.key] ?? '');
      const user = users[role];
      const who =
        ENDS_SESSION.has(r.key) && user.id !== undefined
          ? { ...user, auth: `Bearer ${await app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id })}` }
          : user;
      const req = send(app, r.method, url, who);
      const res = isGet ? await req : await req.send({});
      return { key: r.key, who: role, status: res.status, message: res.body?.error?.message };
    });

    const problems: string[] = [];
    const byRoute = new Map<string, Outcome[]>();
    for (const o of outcomes) byRoute.set(o.key, [...(byRoute.get(o.key) ?? []), o]);
    for (const [key, list] of byRoute) {
      const allowed = routeAccess[key];
      const route = routes.find((r) => r.key === key)!;
      const hasParams = /[:(]/.test(route.path);
      for (const o of list) {
        const detail = `${key} as ${o.who}: ${o.status}${o.message ? ` (${o.message})` : ''}`;
        if (allowed.includes(o.who as Role)) {
          if (!ALLOWED_STATUSES.has(o.status)) problems.push(`allowed but ${detail}`);
          else if (route.method === 'GET' && !hasParams && !(GET_OK[key] ?? [200]).includes(o.status))
            problems.push(`allowed, expected ${GET_OK[key] ?? [200]} but ${detail}`);
          else if (route.method === 'GET' && GET_OK[key] && !GET_OK[key].includes(o.status))
            problems.push(`allowed, expected ${GET_OK[key]} but ${detail}`);
        } else if (o.status !== 401 && o.status !== 403 && !DENIED_AS[key]?.(o)) {
          problems.push(`denied but ${detail}`);
        }
      }
      if (route.method === 'GET' && hasParams && allowed.length && !GET_OK[key]) {
        if (!list.some((o) => allowed.includes(o.who as Role) && o.status === 200)) {
          problems.push(`${key}: no allowed role read the real record (${list.map((o) => `${o.who} ${o.status}`).join(', ')})`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  describe('our admin-panel routes', () => {
    const tokens = {} as Record<AdminRole, string>;

    beforeAll(async () => {
      const roleService = app.strapi.service('admin::role') as any;
      const userService = app.strapi.service('admin::user') as any;
      for (const code of ADMIN_ROLES) {
        const role = await roleService.findOne({ code });
        if (!role) throw new Error(`no admin role ${code}`);
        const email = `matrix-${code}@example.test`;
        const password = 'Matrix-passw0rd';
        await userService.create({
          email,
          firstname: code,
          lastname: 'matrix',
          password,
          isActive: true,
          registrationToken: null,
          roles: [role.id],
        });
        const login = await app.http().post('/admin/login').send({ email, password });
        if (login.status !== 200) throw new Error(`admin login ${code}: ${login.status} ${JSON.stringify(login.body)}`);
        tokens[code] = login.body.data.token;
      }
    });

    it('allowed admin roles get each route; other admins 403; users-permissions users and no token 401', async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.section === 'admin' && r.key in adminRouteAccess)) {
        const isGet = route.method === 'GET';
        const url = await fillPath(app, route.path, isGet);
        for (const code of ADMIN_ROLES) {
          const req = app.http()[route.method.toLowerCase() as 'get'](url).set('Authorization', `Bearer ${tokens[code]}`);
          const res = isGet ? await req : await req.send({});
          const allowed = adminRouteAccess[route.key].includes(code);
          const ok = allowed ? (isGet ? res.status === 200 : ALLOWED_STATUSES.has(res.status)) : res.status === 403;
          if (!ok) problems.push(`${route.key} as admin ${code} (${allowed ? 'allowed' : 'denied'}): ${res.status}`);
        }
        for (const role of ROLES) {
          const res = await send(app, route.method, url, users[role]);
          if (res.status !== 401) problems.push(`${route.key} as users-permissions ${role}: ${res.status}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
