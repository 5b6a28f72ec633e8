import type { Core } from '@strapi/strapi';
import { bootStrapi, TestApp } from '../harness/strapi';
import { fileComplaint } from '../harness/complaints';
import { createUser } from '../harness/users';
import { Role, routeAccess } from './route-access';
import { fillPath, pool, RegisteredRoute, registeredRoutes, RoleUser, roleUsers, send } from './world';

/** Booting with the demo data takes long on PostgreSQL on a busy 2-core machine. */
const BOOT_TIMEOUT = 300_000;

/**
 * Personal-data leak probe. Seeds complainants, volunteers and user accounts with
 * distinctive values, then calls every GET route Strapi registers, as every role allowed to call it,
 * with populate (flat and deep, derived from the schemas), fields, filters and sort on the private
 * attributes, and pagination tricks. Fails when
 * - a seeded value appears in a response to a role that must not see it, or
 * - a filter or sort on a private attribute changes what comes back (matching vs non-matching value,
 *   ascending vs descending): the answer would reveal the value without showing it, or
 * - anything answers 5xx.
 * Who may see what: complaint officers the complainant (on a complaint's page); coordinators the
 * volunteers' contact data. Nobody reads other users' account emails through the content API.
 */

const SECRET = {
  complainantA: { name: 'ลับมาก ผู้ร้องหนึ่ง', phone: '0899990001', email: 'leak.complainant.a@secret.test' },
  complainantB: { name: 'ลับมาก ผู้ร้องสอง', phone: '0655550002', email: 'leak.complainant.b@secret.test' },
  volunteerA: { phone: '0877770003', email: 'leak.volunteer.a@secret.test', nationalId: '3100503412817' },
  volunteerB: { phone: '0611110004', email: 'leak.volunteer.b@secret.test', nationalId: '1103700012346' },
  userEmail: 'leak.colleague@secret.test',
};

/** The attributes holding personal data, by content type; a filter/sort/fields probe targets each. */
const PRIVATE_PATHS: Record<string, string[][]> = {
  'api::complaint.complaint': [['complainant', 'phone'], ['complainant', 'name'], ['complainant', 'email'], ['trackingCode'], ['consent']],
  'api::volunteer.volunteer': [['phone'], ['email'], ['nationalId'], ['consent']],
  'plugin::users-permissions.user': [['email']],
};

/** A value that matches the seeded record and one that matches none, per private leaf. */
const PROBE: Record<string, { hit: string; miss: string }> = {
  phone: { hit: '08', miss: '02' },
  name: { hit: 'ลับมาก', miss: 'ไม่มีใคร' },
  email: { hit: 'leak.', miss: 'nobody.' },
  nationalId: { hit: '3100', miss: '9999' },
  trackingCode: { hit: '2', miss: 'ZZZZZZZZZZZZ' },
  consent: { hit: 'true', miss: 'false' },
};

const MAX_DEPTH = 3;

function contentTypeOfRoute(strapi: Core.Strapi, path: string): any | null {
  const plural = /^\/api\/([^/]+)/.exec(path)?.[1];
  if (!plural) return null;
  return (
    Object.values(strapi.contentTypes).find(
      (c: any) => c.info?.pluralName === plural || (c.kind === 'singleType' && c.info?.singularName === plural),
    ) ?? null
  );
}

/** Paths from a content type to every private attribute, through relations and components (depth ≤ 3). */
function privatePaths(strapi: Core.Strapi, uid: string, depth = 0, seen = new Set<string>()): string[][] {
  const out: string[][] = [...(PRIVATE_PATHS[uid] ?? [])];
  if (depth >= MAX_DEPTH || seen.has(uid)) return out;
  const schema: any = (strapi.contentTypes as any)[uid] ?? (strapi.components as any)[uid];
  if (!schema) return out;
  for (const [name, attr] of Object.entries<any>(schema.attributes)) {
    const target = attr.type === 'relation' ? attr.target : attr.type === 'component' ? attr.component : null;
    if (!target || name === 'createdBy' || name === 'updatedBy' || name === 'localizations') continue;
    for (const p of privatePaths(strapi, target, depth + 1, new Set([...seen, uid]))) out.push([name, ...p]);
  }
  return out;
}

/** populate variants from the schema: each relation, component and media attribute, populated deep. */
function populateVariants(strapi: Core.Strapi, uid: string): string[] {
  const schema: any = (strapi.contentTypes as any)[uid];
  if (!schema) return [];
  const out: string[] = [];
  for (const [name, attr] of Object.entries<any>(schema.attributes)) {
    if (!['relation', 'component', 'media', 'dynamiczone'].includes(attr.type)) continue;
    if (name === 'createdBy' || name === 'updatedBy' || name === 'localizations') continue;
    out.push(`populate[${name}][populate]=*`);
  }
  return out;
}

/**
 * Routes every signed-in role may call answer all of them alike (reference data, training, Open311,
 * one's own account): probed as public (when allowed), staff, a team member and a volunteer.
 */
function probeRoles(allowed: Role[]): Role[] {
  if (allowed.length < 7) return allowed;
  return allowed.filter((r) => ['public', 'staff', 'team', 'volunteer'].includes(r));
}

const filterKey = (path: string[]) => `filters${path.map((p) => `[${p}]`).join('')}`;

/** Query variants that need no schema: populate everything, ask for private fields, page tricks. */
const GENERIC = [
  '',
  'populate=*',
  'populate[complainant]=*',
  'fields[0]=phone&fields[1]=email&fields[2]=nationalId&fields[3]=trackingCode',
  'pagination[pageSize]=-1',
  'pagination[pageSize]=100000',
  'pagination[start]=0&pagination[limit]=-1',
  'q=08',
];

/** Ids in a response, in order: what a filter or sort difference would show. */
function fingerprint(res: { status: number; body: any; text: string }): string {
  const ids: string[] = [];
  const walk = (v: any) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const k of ['documentId', 'id', 'service_request_id', 'ticketNumber'])
        if (typeof v[k] === 'string' || typeof v[k] === 'number') ids.push(`${k}=${v[k]}`);
      for (const [k, x] of Object.entries(v)) if (k !== 'meta') walk(x);
    }
  };
  walk(res.body);
  const total = res.body?.meta?.pagination?.total;
  const lines = res.body && Object.keys(res.body).length ? '' : String((res.text ?? '').split('\n').length);
  return `${res.status}|${total ?? ''}|${lines}|${ids.join(',')}`;
}

describe('personal-data leak probe over every GET route', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  let users: Record<Role, RoleUser>;
  let trackingCodes: string[];

  beforeAll(async () => {
    app = await bootStrapi({
      env: { DEMO_DATA: 'true', PUBLIC_LOOKUP_RATE_LIMIT: '0', PUBLIC_INTAKE_RATE_LIMIT: '0' },
    });
    const strapi = app.strapi;
    routes = registeredRoutes(strapi).filter((r) => r.method === 'GET' && r.section === 'content-api');
    users = await roleUsers(strapi);

    // Two complaints with distinctive complainants, assigned to the team member's team, so that the
    // team member lists them (and sorting/filtering between them would show).
    const team = await strapi.db.query('api::response-team.response-team').findOne({ where: { members: { id: users.team.id } } });
    if (!team) throw new Error('the team member has no team');
    trackingCodes = [];
    for (const c of [SECRET.complainantA, SECRET.complainantB]) {
      const filed = await fileComplaint(app, { complainant: c, title: `ร้องเรียนทดสอบความลับ ${c.phone.slice(-1)}` });
      trackingCodes.push(filed.trackingCode);
      await app
        .http()
        .post(`/api/complaints/${filed.documentId}/assign`)
        .set('Authorization', users.officer.auth!)
        .send({ team: team.documentId })
        .expect(200);
      await app
        .http()
        .post(`/api/complaints/${filed.documentId}/notes`)
        .set('Authorization', users.officer.auth!)
        .send({ note: 'บันทึกสาธารณะ', visibility: 'public' })
        .expect((r) => expect(r.status).toBeLessThan(300));
    }
    // Volunteers with contact data, signed up to an activity everyone scoped can see.
    const colleague = await createUser(strapi, 'response-team-member', { email: SECRET.userEmail });
    await strapi.db
      .query('api::response-team.response-team')
      .update({ where: { id: team.id }, data: { members: { connect: [colleague.id] } } });
    const activity = await strapi.db
      .query('api::volunteer-activity.volunteer-activity')
      .findOne({ where: { state: 'open', startAt: { $gt: new Date() } } });
    for (const [i, v] of [SECRET.volunteerA, SECRET.volunteerB].entries()) {
      const res = await app
        .http()
        .post('/api/volunteers')
        .set('Authorization', users.coordinator.auth!)
        .send({ data: { fullName: `อาสาลับ ${i}`, ...v, consent: true } });
      if (res.status !== 201) throw new Error(`volunteer: ${res.status} ${JSON.stringify(res.body)}`);
      const vol = await strapi.db.query('api::volunteer.volunteer').findOne({ where: { phone: v.phone } });
      if (activity) {
        await app
          .http()
          .post(`/api/volunteer-activities/${activity.documentId}/sign-up`)
          .set('Authorization', users.coordinator.auth!)
          .send({ volunteer: vol.documentId });
      }
    }
    // The agency's reporting officers and an activity's coordinator are users too.
    const agency = await strapi.db.query('api::agency.agency').findOne({ where: { reportingOfficers: { id: users.agency.id } } });
    if (agency)
      await strapi.db
        .query('api::agency.agency')
        .update({ where: { id: agency.id }, data: { reportingOfficers: { connect: [colleague.id] } } });
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await app?.close();
  });

  /** The seeded values `role` must not see. */
  function secretsFor(role: Role): string[] {
    const out: string[] = [SECRET.userEmail];
    if (role !== 'officer') {
      for (const c of [SECRET.complainantA, SECRET.complainantB]) out.push(c.name, c.phone, c.email);
      out.push(...trackingCodes);
    }
    if (role !== 'coordinator') for (const v of [SECRET.volunteerA, SECRET.volunteerB]) out.push(v.phone, v.email, v.nationalId);
    return out;
  }

  it('the seeded values are there (a complaint officer and a coordinator see them where they should)', async () => {
    const c = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { trackingCode: trackingCodes[0] } });
    const asOfficer = await app.http().get(`/api/complaints/${c.documentId}`).set('Authorization', users.officer.auth!).expect(200);
    expect(JSON.stringify(asOfficer.body)).toContain(SECRET.complainantA.phone);
    const asTeam = await app.http().get('/api/complaints?pagination[pageSize]=100').set('Authorization', users.team.auth!).expect(200);
    expect(asTeam.body.data.map((x: any) => x.documentId)).toContain(c.documentId);
    const asCoordinator = await app
      .http()
      .get(`/api/volunteers?filters[fullName][$startsWith]=${encodeURIComponent('อาสาลับ')}`)
      .set('Authorization', users.coordinator.auth!)
      .expect(200);
    expect(JSON.stringify(asCoordinator.body)).toContain(SECRET.volunteerA.nationalId);
  });

  it('no seeded value reaches a role that must not see it, through any GET route and query', async () => {
    const jobs: Array<{ route: RegisteredRoute; role: Role; query: string }> = [];
    for (const route of routes) {
      const allowed = routeAccess[route.key] ?? [];
      const ct = contentTypeOfRoute(app.strapi, route.path);
      const queries = [...GENERIC, ...(ct ? populateVariants(app.strapi, ct.uid) : [])];
      if (ct)
        for (const p of privatePaths(app.strapi, ct.uid)) if (p.length > 1) queries.push(`populate[${p[0]}][fields][0]=${p[p.length - 1]}`);
      for (const role of probeRoles(allowed)) for (const query of new Set(queries)) jobs.push({ route, role, query });
    }
    const problems: string[] = [];
    await pool(jobs, 8, async ({ route, role, query }) => {
      const url = `${await fillPath(app, route.path, true)}${query ? `${route.path.includes('?') ? '&' : '?'}${query}` : ''}`;
      const res = await send(app, 'GET', url, users[role]);
      if (res.status >= 500) problems.push(`${role} GET ${url}: ${res.status}`);
      const text = res.text ?? JSON.stringify(res.body);
      for (const s of secretsFor(role)) if (text.includes(s)) problems.push(`${role} GET ${url} shows ${s}`);
    });
    expect(problems).toEqual([]);
    expect(jobs.length).toBeGreaterThan(500);
  }, 300_000);

  it('filters and sorts on private attributes reveal nothing (matching vs not, ascending vs descending)', async () => {
    const jobs: Array<{ route: RegisteredRoute; role: Role; a: string; b: string }> = [];
    const rootPaths = [
      ['complainant', 'phone'],
      ['phone'],
      ['email'],
      ['nationalId'],
      ['trackingCode'],
      ['volunteer', 'phone'],
      ['complaint', 'complainant', 'phone'],
    ];
    for (const route of routes) {
      if (/[:(]/.test(route.path)) continue; // lists and searches only
      if (route.key === 'GET /api/users/me') continue; // the caller's own account
      const ct = contentTypeOfRoute(app.strapi, route.path);
      const paths = ct ? privatePaths(app.strapi, ct.uid) : rootPaths;
      for (const role of probeRoles(routeAccess[route.key] ?? [])) {
        // officers may see complainants, coordinators volunteers: only probe what the role may not see
        const relevant = paths.filter((p) => {
          const leaf = p.join('.');
          if (
            role === 'officer' &&
            (leaf.includes('complainant') || leaf.endsWith('trackingCode') || (p.includes('consent') && !p.includes('volunteer')))
          )
            return false;
          if (
            role === 'coordinator' &&
            !leaf.includes('complainant') &&
            !leaf.includes('trackingCode') &&
            !leaf.includes('email') &&
            p.length === 1
          )
            return false;
          return true;
        });
        for (const p of relevant) {
          const leaf = p[p.length - 1];
          const probe = PROBE[leaf] ?? PROBE.phone;
          const key = filterKey(p);
          const enc = encodeURIComponent;
          jobs.push({ route, role, a: `${key}[$eq]=${enc(probe.hit)}`, b: `${key}[$eq]=${enc(probe.miss)}` });
          jobs.push({ route, role, a: `${key}[$startsWith]=${enc(probe.hit)}`, b: `${key}[$startsWith]=${enc(probe.miss)}` });
          jobs.push({ route, role, a: `${key}[$containsi]=${enc(probe.hit)}`, b: `${key}[$containsi]=${enc(probe.miss)}` });
          jobs.push({ route, role, a: `${key}[$null]=true`, b: `${key}[$notNull]=true` });
          jobs.push({ route, role, a: `sort=${p.join('.')}:asc`, b: `sort=${p.join('.')}:desc` });
        }
      }
    }
    const problems: string[] = [];
    await pool(jobs, 8, async ({ route, role, a, b }) => {
      const base = await fillPath(app, route.path, true);
      const [ra, rb] = [await send(app, 'GET', `${base}?${a}`, users[role]), await send(app, 'GET', `${base}?${b}`, users[role])];
      for (const r of [ra, rb]) if (r.status >= 500) problems.push(`${role} GET ${route.path}: ${r.status}`);
      const [fa, fb] = [fingerprint(ra), fingerprint(rb)];
      if (fa !== fb) problems.push(`${role} GET ${route.path}: "${a}" → ${fa.slice(0, 120)} but "${b}" → ${fb.slice(0, 120)}`);
    });
    expect(problems).toEqual([]);
    expect(jobs.length).toBeGreaterThan(100);
  }, 300_000);
});
