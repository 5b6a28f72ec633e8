import type { Core } from '@strapi/strapi';
import { actorOf, withinScope } from '../../src/lib/platform/actor';
import { ROW_SCOPED_TYPES, scopeFor } from '../../src/lib/security/access';
import { bootStrapi, TestApp } from '../harness/strapi';
import { fileComplaint } from '../harness/complaints';
import { createUser } from '../harness/users';
import { Role, ROLES, routeAccess } from './route-access';
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
 * A second probe walks every relation path (depth ≤ 3, from the schemas) from each type a role may read
 * into a row-scoped type (src/lib/security/access.ts) and fails when a populate, filter, sort or count
 * through it reaches a row outside what the role's own scope gives it.
 * Who may see what: complaint officers the complainant (on a complaint's page); coordinators the
 * volunteers' contact data. Nobody reads other users' account emails through the content API.
 */

const SECRET = {
  complainantA: { name: 'ลับมาก ผู้ร้องหนึ่ง', phone: '0899990001', email: 'leak.complainant.a@secret.test' },
  complainantB: { name: 'ลับมาก ผู้ร้องสอง', phone: '0655550002', email: 'leak.complainant.b@secret.test' },
  volunteerA: { phone: '0877770003', email: 'leak.volunteer.a@secret.test', nationalId: '3100503412817' },
  volunteerB: { phone: '0611110004', email: 'leak.volunteer.b@secret.test', nationalId: '1103700012346' },
  userEmail: 'leak.colleague@secret.test',
  // a factory's operator who is a natural person (PDPA): no content-API role reads it
  factoryOperator: 'ลับมาก ผู้ประกอบการรายหนึ่ง',
};

/** The attributes holding personal data, by content type; a filter/sort/fields probe targets each. */
const PRIVATE_PATHS: Record<string, string[][]> = {
  'api::complaint.complaint': [['complainant', 'phone'], ['complainant', 'name'], ['complainant', 'email'], ['trackingCode'], ['consent']],
  'api::volunteer.volunteer': [['phone'], ['email'], ['nationalId'], ['consent']],
  'plugin::users-permissions.user': [['email']],
  'api::factory.factory': [['operator']],
};

/** A value that matches the seeded record and one that matches none, per private leaf. */
const PROBE: Record<string, { hit: string; miss: string }> = {
  phone: { hit: '08', miss: '02' },
  name: { hit: 'ลับมาก', miss: 'ไม่มีใคร' },
  email: { hit: 'leak.', miss: 'nobody.' },
  nationalId: { hit: '3100', miss: '9999' },
  trackingCode: { hit: '2', miss: 'ZZZZZZZZZZZZ' },
  consent: { hit: 'true', miss: 'false' },
  operator: { hit: 'ลับมาก', miss: 'ไม่มีใคร' },
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

/** Attributes the content API never populates (admin users, i18n siblings). */
const NOT_POPULATED = ['createdBy', 'updatedBy', 'localizations'];
const RELATION_DEPTH = 3;

/** Where a populatable attribute leads (polymorphic relations have no single target). */
function targetOf(attr: any): string | null {
  if (attr.type === 'relation') return attr.target ?? null;
  if (attr.type === 'component') return attr.component;
  if (attr.type === 'media') return 'plugin::upload.file';
  return null;
}

/**
 * Every path of attribute names from `uid` through relations, components and media (depth ≤ 3) that
 * ends at a row-scoped type (src/lib/security/access.ts), from the schemas.
 */
function scopedRelationPaths(strapi: Core.Strapi, uid: string, depth = 0): string[][] {
  const out: string[][] = [];
  if (depth >= RELATION_DEPTH) return out;
  const schema: any = strapi.getModel(uid as any);
  for (const [name, attr] of Object.entries<any>(schema?.attributes ?? {})) {
    const target = targetOf(attr);
    if (!target || NOT_POPULATED.includes(name)) continue;
    if (ROW_SCOPED_TYPES.includes(target)) out.push([name]);
    for (const rest of scopedRelationPaths(strapi, target, depth + 1)) out.push([name, ...rest]);
  }
  return out;
}

/** The populate forms one path is asked in: nested objects, dotted string, wildcard under its parent. */
function populateForms(path: string[]): string[] {
  const nested = path.map((p, i) => (i === 0 ? `populate[${p}]` : `[populate][${p}]`)).join('');
  const forms = [`${nested}=true`, `populate=${path.join('.')}`];
  const parent = path
    .slice(0, -1)
    .map((p, i) => (i === 0 ? `populate[${p}]` : `[populate][${p}]`))
    .join('');
  forms.push(parent ? `${parent}[populate]=*` : 'populate=*');
  if (path.length === 1) forms.push(`populate[${path[0]}][filters][documentId][$notNull]=true`);
  return forms;
}

/** Every documentId anywhere in a response body. */
function documentIds(body: unknown): string[] {
  const out: string[] = [];
  const walk = (v: any) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.documentId === 'string') out.push(v.documentId);
      Object.values(v).forEach(walk);
    }
  };
  walk(body);
  return out;
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
    // Relations into other teams' and agencies' rows, for the relation-scope probe: a complaint of the
    // team's marked a duplicate of another team's, an inspection covering every agency's projects.
    // (the first such complaint by id: the one the probe's filters ask about)
    const complaints = await strapi.db
      .query('api::complaint.complaint')
      .findMany({ select: ['id'], populate: { assignedTeam: { select: ['id'] } }, orderBy: { id: 'asc' } });
    const otherTeams = complaints.find((c: { assignedTeam?: { id: number } | null }) => c.assignedTeam?.id !== team.id)!;
    const ours = await strapi.db.query('api::complaint.complaint').findOne({ where: { trackingCode: trackingCodes[0] }, select: ['id'] });
    await strapi.db.query('api::complaint.complaint').update({ where: { id: ours.id }, data: { duplicateOf: otherTeams.id } });
    // the first registered factory is run by a natural person, and both secret complaints are about it
    const factory = await strapi.db.query('api::factory.factory').findOne({ select: ['id'], orderBy: { id: 'asc' } });
    await strapi.db.query('api::factory.factory').update({ where: { id: factory.id }, data: { operator: SECRET.factoryOperator } });
    for (const code of trackingCodes) {
      await strapi.db.query('api::complaint.complaint').update({ where: { trackingCode: code }, data: { factory: factory.id } });
    }
    // and an officer works them as one incident: its routes and its relation to complaints are probed too
    const secret = await strapi.db
      .query('api::complaint.complaint')
      .findMany({ where: { trackingCode: { $in: trackingCodes } }, select: ['documentId'] });
    await app
      .http()
      .post('/api/incidents')
      .set('Authorization', users.officer.auth!)
      .send({ complaints: secret.map((c: { documentId: string }) => c.documentId) })
      .expect(201);
    const projects = await strapi.db.query('api::project.project').findMany({ select: ['id'] });
    const inspection = await strapi.db.query('api::inspection.inspection').findOne({ select: ['id'], orderBy: { id: 'asc' } });
    await strapi.db
      .query('api::inspection.inspection')
      .update({ where: { id: inspection.id }, data: { projects: { connect: projects.map((p: { id: number }) => p.id) } } });
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
    const out: string[] = [SECRET.userEmail, SECRET.factoryOperator];
    // contact data is masked for every role, officers and coordinators too: only a reveal shows it
    for (const c of [SECRET.complainantA, SECRET.complainantB]) out.push(c.name, c.phone, c.email);
    if (role !== 'officer') out.push(...trackingCodes);
    for (const v of [SECRET.volunteerA, SECRET.volunteerB]) out.push(v.phone, v.email, v.nationalId);
    return out;
  }

  it('the seeded values are there (a complaint officer and a coordinator see them masked, and on a reveal)', async () => {
    const c = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { trackingCode: trackingCodes[0] } });
    const asOfficer = await app.http().get(`/api/complaints/${c.documentId}`).set('Authorization', users.officer.auth!).expect(200);
    expect(asOfficer.body.data.complainant.phone).toBe('08x-xxx-0001');
    const asTeam = await app.http().get('/api/complaints?pagination[pageSize]=100').set('Authorization', users.team.auth!).expect(200);
    expect(asTeam.body.data.map((x: any) => x.documentId)).toContain(c.documentId);
    const asCoordinator = await app
      .http()
      .get(`/api/volunteers?filters[fullName][$startsWith]=${encodeURIComponent('อาสาลับ')}`)
      .set('Authorization', users.coordinator.auth!)
      .expect(200);
    expect(JSON.stringify(asCoordinator.body)).toContain('x-xxxx-xxxxx-81-7');
  });

  it('the reveal routes answer contact data only to the roles that read it (officers, coordinators)', async () => {
    const c = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { trackingCode: trackingCodes[0] } });
    const v = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { phone: SECRET.volunteerA.phone } });
    const reason = { reason: 'ตรวจสอบการรั่วไหลของข้อมูลส่วนบุคคล' };
    const problems: string[] = [];
    for (const role of ROLES) {
      for (const [url, secret, reader] of [
        [`/api/complaints/${c.documentId}/reveal`, SECRET.complainantA.phone, 'officer'],
        [`/api/volunteers/${v.documentId}/reveal`, SECRET.volunteerA.nationalId, 'coordinator'],
      ]) {
        const res = await send(app, 'POST', url, users[role]).send(reason);
        const shown = JSON.stringify(res.body).includes(secret);
        if (role === reader ? res.status !== 200 || !shown : shown || ![401, 403, 404].includes(res.status))
          problems.push(`${role} POST ${url}: ${res.status}${shown ? ' shows the contact data' : ''}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the data-subject request intake echoes nothing personal, matched or not, to any caller', async () => {
    const answers = new Set<string>();
    for (const role of ROLES) {
      for (const contact of [SECRET.complainantA.email, SECRET.complainantB.phone, 'nobody@secret.test']) {
        const res = await send(app, 'POST', '/api/data-subject-requests', users[role]).send({
          trackingCode: trackingCodes[0],
          contact,
          kind: 'access',
        });
        expect({ role, status: res.status }).toEqual({ role, status: 202 });
        const text = JSON.stringify(res.body);
        for (const secret of [...secretsFor('public'), ...trackingCodes])
          expect({ role, leaked: text.includes(secret) }).toEqual({ role, leaked: false });
        answers.add(text);
      }
    }
    expect(answers.size).toBe(1);
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

  it('no relation leads to rows of a row-scoped type outside the caller scope (every relation path, every role)', async () => {
    const strapi = app.strapi;
    // Every row of every scoped type, and the rows each role may see: its scope, as its own routes apply it.
    const typeOf = new Map<string, string>();
    const allowed = {} as Record<Role, Record<string, Set<string>>>;
    const hidden = (role: Role, uid: string) => [...typeOf].filter(([id, t]) => t === uid && !allowed[role][uid].has(id)).map(([id]) => id);
    for (const uid of ROW_SCOPED_TYPES) {
      for (const r of await strapi.documents(uid as any).findMany({ fields: ['documentId'], sort: 'id:asc' } as any))
        typeOf.set(r.documentId, uid);
    }
    for (const role of ROLES) {
      allowed[role] = {};
      const actor = users[role].id === undefined ? null : await actorOf(strapi, { state: { user: { id: users[role].id } } });
      for (const uid of ROW_SCOPED_TYPES) {
        const scope = actor ? await scopeFor(strapi, uid, actor) : null;
        const rows = await strapi.documents(uid as any).findMany({ filters: withinScope(scope), fields: ['documentId'] } as any);
        allowed[role][uid] = new Set(rows.map((r: any) => r.documentId));
      }
    }
    // there is something to leak: other teams' complaints, other agencies' projects, reports and findings, other volunteers
    expect(hidden('team', 'api::complaint.complaint').length).toBeGreaterThan(0);
    for (const t of ['api::project.project', 'api::progress-report.progress-report', 'api::inspection-finding.inspection-finding'])
      expect(hidden('agency', t).length).toBeGreaterThan(0);
    for (const t of ['api::volunteer.volunteer', 'api::participation.participation'])
      expect(hidden('volunteer', t).length).toBeGreaterThan(0);

    const endOf = (uid: string, path: string[]) => path.reduce((u, a) => targetOf((strapi.getModel(u as any) as any).attributes[a])!, uid);
    const jobs = new Map<string, { role: Role; url: string; compare?: string; refused?: boolean; counted?: string }>();
    let pathCount = 0;
    for (const route of routes) {
      if (!/^\/api\/[^/]+(\/(:id|me))?$/.test(route.path)) continue; // lists, findOne, one's own record
      const ct = contentTypeOfRoute(strapi, route.path);
      const paths = ct ? scopedRelationPaths(strapi, ct.uid) : [];
      for (const role of routeAccess[route.key] ?? []) {
        let base = route.path;
        if (ct && route.path.endsWith('/:id') && ROW_SCOPED_TYPES.includes(ct.uid)) {
          const own = [...allowed[role][ct.uid]][0];
          if (!own) continue;
          base = route.path.replace(':id', own);
        } else base = await fillPath(app, route.path, true);
        pathCount += paths.length;
        // a file's `related` may point at any entry: populated through each media attribute too
        for (const [name, attr] of Object.entries<any>(ct ? (strapi.getModel(ct.uid) as any).attributes : {}))
          if (attr.type === 'media')
            jobs.set(`${role} ${base} ${name}`, { role, url: `${base}?populate[${name}][populate][related]=true` });
        for (const p of paths) {
          for (const q of populateForms(p)) jobs.set(`${role} ${base}?${q}`, { role, url: `${base}?${q}` });
          // a filter through the relation must not tell an invisible row from a missing one
          const other = hidden(role, endOf(ct.uid, p))[0];
          if (other && !/[:]|\/me$/.test(route.path) && p.length <= 2) {
            const key = `${filterKey(p)}[documentId][$eq]=`;
            // nor may a sort through it order the results by rows the role cannot see
            jobs.set(`${role} ${base}?sort=${p.join('.')}`, { role, url: `${base}?sort=${p.join('.')}.documentId:asc`, refused: true });
            // and a count of it counts only what the role may see (as many as it is shown)
            const attr: any = (strapi.getModel(ct.uid) as any).attributes[p[0]];
            if (p.length === 1 && /Many$/.test(attr.relation ?? ''))
              jobs.set(`${role} ${base} count ${p[0]}`, { role, url: `${base}?populate[${p[0]}][count]=true`, counted: p[0] });
            jobs.set(`${role} ${base}?${key}${other}`, {
              role,
              url: `${base}?${key}${other}`,
              compare: `${base}?${key}zzzzzzzzzzzzzzzzzzzzzzzz`,
            });
          }
        }
      }
    }
    const problems = new Set<string>();
    let answered = 0;
    await pool([...jobs.values()], 8, async ({ role, url, compare, refused, counted }) => {
      const res = await send(app, 'GET', url, users[role]);
      if (refused) {
        if (res.status !== 400) problems.add(`${role} GET ${url}: ${res.status}, not refused`);
        return;
      }
      if (counted && res.status < 300) {
        const shown = await send(app, 'GET', url.replace(`[${counted}][count]=true`, `[${counted}]=true`), users[role]);
        const lengths = new Map([shown.body.data].flat().map((e: any) => [e.documentId, e[counted]?.length]));
        for (const e of [res.body.data].flat())
          if (e[counted]?.count !== lengths.get(e.documentId))
            problems.add(`${role} GET ${url}: ${e[counted]?.count} counted, ${lengths.get(e.documentId)} shown`);
      }
      // 400: the content API refuses the path (a private attribute, a type the role may not read); 404: no own record
      if (res.status < 300) answered++;
      else if (res.status !== 400 && !(res.status === 404 && url.includes('/me?'))) problems.add(`${role} GET ${url}: ${res.status}`);
      for (const id of documentIds(res.body)) {
        const t = typeOf.get(id);
        if (t && !allowed[role][t].has(id)) problems.add(`${role} GET ${url} shows ${t} ${id}`);
      }
      const text = res.text ?? JSON.stringify(res.body);
      for (const s of secretsFor(role)) if (text.includes(s)) problems.add(`${role} GET ${url} shows ${s}`);
      if (compare) {
        const [fa, fb] = [fingerprint(res), fingerprint(await send(app, 'GET', compare, users[role]))];
        if (fa !== fb) problems.add(`${role} GET ${url} → ${fa.slice(0, 100)} but a missing row → ${fb.slice(0, 100)}`);
      }
    });
    expect([...problems]).toEqual([]);
    expect(pathCount).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(300);
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
