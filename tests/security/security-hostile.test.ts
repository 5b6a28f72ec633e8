import fs from 'fs';
import path from 'path';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { Role, routeAccess } from './route-access';
import { fillPath, pool, RegisteredRoute, registeredRoutes, RoleUser, roleUsers, send } from './world';

/** Booting with the demo data takes long on PostgreSQL on a busy 2-core machine. */
const BOOT_TIMEOUT = 300_000;

/**
 * Hostile input on every public and authenticated write route Strapi registers, sent as a
 * role allowed to call it, with path parameters naming a real record. Each probe must be refused
 * with a 4xx carrying an error message (never 5xx), store nothing (row counts of every content type
 * unchanged) and leave the addressed record as it was. Prototype pollution must not reach the
 * server's Object.prototype (Strapi runs in this process).
 */

/** Who calls a route: the first allowed role in this order (the one whose scope is not empty). */
const CALLER_ORDER: Role[] = ['officer', 'team', 'agency', 'coordinator', 'volunteer', 'inspector', 'staff', 'public'];

/** Fields a caller must never set through these routes. */
const PROTECTED = {
  state: 'closed',
  status: 'closed',
  assignedTeam: 1,
  assignedOfficer: 1,
  trackingCode: 'HACKHACKHACK',
  ticketNumber: 'CMP-0000-000000',
  role: 1,
  user: 1,
  owner: 1,
  late: true,
  acknowledgedAt: '2000-01-01T00:00:00.000Z',
  createdBy: 1,
  publishedAt: '2000-01-01T00:00:00.000Z',
};

/** Text-ish field names our write routes read (custom actions and schemas). */
const FIELDS = [
  'title',
  'description',
  'note',
  'comment',
  'response',
  'reason',
  'narrative',
  'fullName',
  'name',
  'summary',
  'finding',
  'recommendation',
  'resolutionSummary',
  'email',
  'identifier',
  'password',
];

const nested = (depth: number) => {
  let v: any = 'x';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

interface Probe {
  name: string;
  /** raw JSON text, or an object */
  body: string | Record<string, unknown>;
}

/** Routes that read no body: anything sent is ignored (only unreadable JSON is refused). */
const NO_INPUT = ['POST /api/training-materials/:id/acknowledge', 'POST /api/auth/logout'];

function probes(route: RegisteredRoute): Probe[] {
  // a transition's input is the state to move to; the other protected fields stay protected
  const isTransition = route.path.endsWith('/transition');
  const protectedFields: Record<string, unknown> = { ...PROTECTED };
  if (isTransition) {
    delete protectedFields.state;
    delete protectedFields.status;
  }
  const wrongTypes: Record<string, unknown> = {};
  const numbers: Record<string, unknown> = {};
  const huge: Record<string, unknown> = {};
  const arrays: Record<string, unknown> = {};
  for (const f of FIELDS) {
    wrongTypes[f] = { $ne: null };
    numbers[f] = 12345;
    huge[f] = 'ก'.repeat(100_000);
    arrays[f] = Array.from({ length: 5000 }, () => 'x');
  }
  return [
    { name: 'malformed JSON', body: '{"data": {"title": "x",' },
    { name: 'JSON that is not an object', body: '"just a string"' },
    { name: 'objects for text fields', body: { data: wrongTypes } },
    { name: 'numbers for text fields', body: { data: numbers } },
    { name: 'huge strings', body: { data: huge } },
    { name: 'huge arrays', body: { data: arrays } },
    { name: 'deep nesting', body: { data: { title: nested(3000), note: nested(3000) } } },
    {
      name: 'prototype keys',
      body: '{"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}},"__proto__":{"polluted":"yes"}}',
    },
    { name: 'unknown attribute', body: { data: { hackerField: 'x' } } },
    { name: 'protected fields (data)', body: { data: protectedFields } },
    { name: 'protected fields (bare)', body: protectedFields },
  ];
}

/** JSON with object keys sorted and related rows sorted by id (PostgreSQL returns relations in no fixed order). */
function canonical(v: unknown): string {
  const norm = (x: any): any => {
    if (Array.isArray(x)) {
      const items = x.map(norm);
      return items.every((i) => i && typeof i === 'object' && 'id' in i) ? items.sort((a, b) => Number(a.id) - Number(b.id)) : items;
    }
    if (x && typeof x === 'object' && !(x instanceof Date))
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, norm(x[k])]),
      );
    return x;
  };
  return JSON.stringify(norm(v));
}

/** The content type a route reads (`/api/<pluralName>/…`), or null: what the query guard type-checks filters against. */
function contentTypeOfRoute(strapi: TestApp['strapi'], path: string): any | null {
  const plural = /^\/api\/([^/]+)/.exec(path)?.[1];
  return Object.values(strapi.contentTypes).find((c: any) => c.uid.startsWith('api::') && c.info?.pluralName === plural) ?? null;
}

const LONG_TEXT = ['text', 'richtext'];
const TYPED = ['integer', 'biginteger', 'float', 'decimal', 'date', 'datetime', 'time', 'timestamp', 'boolean', 'enumeration'];
const enc = encodeURIComponent;

interface QueryProbe {
  name: string;
  query: string;
  /** what the 400's message must name */
  param: string;
}

/**
 * Oversized and mistyped queries for a GET route: the same for every route (the guard runs before
 * routing), plus, for a route of a content type, text in each typed filter (its own fields, and the id
 * of each relation) and too many conditions on each long text field.
 */
function queryProbes(ct: any | null): QueryProbe[] {
  const out: QueryProbe[] = [
    { name: 'deep filter', query: `filters${'[$not]'.repeat(12)}[id][$eq]=1`, param: 'filters' },
    { name: 'wide $or', query: Array.from({ length: 25 }, (_, i) => `filters[$or][${i}][id][$eq]=${i}`).join('&'), param: 'filters[$or]' },
    {
      name: 'many conditions',
      query: Array.from({ length: 40 }, (_, i) => `filters[$and][${i % 20}][$or][${Math.floor(i / 20)}][id][$ne]=${i}`).join('&'),
      param: 'filters[$and]',
    },
    { name: 'huge pageSize', query: 'pagination[pageSize]=100000', param: 'pagination[pageSize]' },
    { name: 'huge limit', query: 'pagination[start]=0&pagination[limit]=100000', param: 'pagination[limit]' },
    { name: 'no limit', query: 'pagination[limit]=-1', param: 'pagination[limit]' },
    { name: 'huge top-level pageSize', query: 'pageSize=100000', param: 'pageSize' },
    { name: 'deep populate', query: 'populate=a.b.c.d.e.f', param: 'populate' },
    { name: 'wide populate', query: Array.from({ length: 40 }, (_, i) => `populate[${i}]=r${i}`).join('&'), param: 'populate[' },
    { name: 'many sort fields', query: 'sort=id,id,id,id,id,id,id', param: 'sort' },
    { name: '_q as a list', query: '_q[0]=a&_q[1]=b', param: '_q' },
  ];
  if (!ct) return out;
  out.push({ name: 'huge free-text parameter', query: `q=${'x'.repeat(1500)}`, param: 'q' });
  for (const [name, attr] of Object.entries<any>(ct.attributes)) {
    if (LONG_TEXT.includes(attr.type)) {
      const query = ['a', 'b', 'c', 'd'].map((v, i) => `filters[$and][${i}][${name}][$containsi]=${v}`).join('&');
      out.push({ name: `four text conditions on ${name}`, query, param: `filters[$and][3][${name}]` });
    }
    if (TYPED.includes(attr.type))
      out.push({ name: `text in ${name}`, query: `filters[${name}][$eq]=abc`, param: `filters[${name}][$eq]` });
    if (attr.type === 'relation' && attr.target && !['createdBy', 'updatedBy', 'localizations'].includes(name))
      out.push({ name: `text in ${name}.id`, query: `filters[${name}][id][$lt]=abc`, param: `filters[${name}][id][$lt]` });
  }
  out.push({ name: 'text in id', query: 'filters[id][$eq]=abc', param: 'filters[id][$eq]' });
  out.push({ name: 'id out of range', query: 'filters[id][$gt]=99999999999999999999', param: 'filters[id][$gt]' });
  out.push({ name: 'text in id ($in)', query: 'filters[id][$in][0]=1&filters[id][$in][1]=abc', param: 'filters[id][$in][1]' });
  return out;
}

/** An Open311 error answer (`[{ code, description }]`, or `<errors><error>…` on a .xml path) as `{ message }`. */
function open311Error(res: { body?: unknown; text?: string }): { message: string } | undefined {
  const list = res.body as Array<{ description?: string }> | undefined;
  if (Array.isArray(list) && list[0]?.description) return { message: list[0].description };
  const xml = /<errors>\s*<error>[\s\S]*?<description>([^<]*)<\/description>/.exec(res.text ?? '');
  return xml
    ? {
        message: xml[1]
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      }
    : undefined;
}

describe('hostile input on every write route', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  let users: Record<Role, RoleUser>;

  const countAll = async () => {
    const out: Record<string, number> = {};
    for (const uid of Object.keys(app.strapi.contentTypes)) {
      if (!uid.startsWith('api::') && uid !== 'plugin::upload.file' && uid !== 'plugin::users-permissions.user') continue;
      // audit entries may record refused attempts; job runs are the scheduler's
      if (uid === 'api::audit-entry.audit-entry' || uid === 'api::job-run.job-run') continue;
      out[uid] = await app.strapi.db.query(uid as any).count();
    }
    return out;
  };

  /** The addressed record (a route's `:id`), as stored. */
  const snapshot = async (route: RegisteredRoute, url: string) => {
    const m = /^\/api\/([^/]+)\/([^/]+)/.exec(url);
    if (!m || !/:id/.test(route.path)) return null;
    const ct: any = Object.values(app.strapi.contentTypes).find((c: any) => c.info?.pluralName === m[1]);
    if (!ct) return null;
    const rows = await app.strapi.db.query(ct.uid).findMany({ where: { documentId: m[2] }, populate: true, orderBy: { id: 'asc' } });
    return canonical(rows);
  };

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
    // users-permissions' own in-memory limiter would answer 429 after five auth attempts
    app.strapi.config.set('plugin::users-permissions.ratelimit', { enabled: false });
    routes = registeredRoutes(app.strapi).filter(
      (r) => r.method !== 'GET' && r.section === 'content-api' && (routeAccess[r.key] ?? []).length > 0,
    );
    users = await roleUsers(app.strapi);
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await app?.close();
  });

  it('finds the write routes at runtime', () => {
    const keys = routes.map((r) => r.key);
    for (const k of [
      'POST /api/public/complaints',
      'POST /api/open311/v2/requests.json',
      'POST /api/complaints/:id/transition',
      'POST /api/auth/local',
      'POST /api/upload',
    ])
      expect(keys).toContain(k);
  });

  it('each probe on each write route: a 4xx with a message, nothing stored, the record unchanged', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const allowed = routeAccess[route.key];
      const role = CALLER_ORDER.find((r) => allowed.includes(r))!;
      const url = await fillPath(app, route.path, true);
      for (const probe of probes(route)) {
        if (NO_INPUT.includes(route.key) && typeof probe.body !== 'string') continue;
        const before = await countAll();
        const record = await snapshot(route, url);
        const req = send(app, route.method, url, users[role]).set('Content-Type', 'application/json');
        const res = await req.send(typeof probe.body === 'string' ? probe.body : JSON.stringify(probe.body));
        const where = `${route.key} as ${role}, ${probe.name}: ${res.status}`;
        // Strapi's error format, or Open311's list of {code, description} (JSON or XML)
        const error = res.body?.error ?? open311Error(res);
        if (res.status >= 500) problems.push(`${where} ${error?.message ?? res.text?.slice(0, 200)}`);
        else if (res.status < 400) problems.push(`${where} accepted`);
        else if (!error?.message) problems.push(`${where} without an error message`);
        const after = await countAll();
        for (const uid of Object.keys(before))
          if (before[uid] !== after[uid]) problems.push(`${where} changed the count of ${uid}: ${before[uid]} → ${after[uid]}`);
        const recordAfter = await snapshot(route, url);
        if (record !== recordAfter) problems.push(`${where} changed the record`);
        if (({} as any).polluted !== undefined || (Object.prototype as any).polluted !== undefined) {
          problems.push(`${where} polluted Object.prototype`);
          delete (Object.prototype as any).polluted;
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('query complexity: every GET route, as every role that may call it, answers oversized or mistyped queries with a 400 naming the parameter', async () => {
    const reads = registeredRoutes(app.strapi).filter(
      (r) => r.method === 'GET' && r.section === 'content-api' && (routeAccess[r.key] ?? []).length > 0,
    );
    const jobs: Array<{ route: RegisteredRoute; role: Role; probe: QueryProbe; url: string }> = [];
    let typed = 0;
    for (const route of reads) {
      const ct = contentTypeOfRoute(app.strapi, route.path);
      if (ct) typed++;
      const url = await fillPath(app, route.path, true);
      for (const role of routeAccess[route.key]) for (const probe of queryProbes(ct)) jobs.push({ route, role, probe, url });
    }
    const problems: string[] = [];
    await pool(jobs, 8, async ({ route, role, probe, url }) => {
      const res = await send(app, 'GET', `${url}?${probe.query}`, users[role]);
      // Open311 paths answer the specification's error list, whose description names the parameter
      const message: string = res.body?.error?.message ?? open311Error(res)?.message ?? '';
      const named =
        (res.body?.error?.details?.errors ?? []).some((e: { path: string[] }) => String(e.path?.[0]).startsWith(probe.param)) ||
        (route.path.startsWith('/api/open311/') && message.includes(probe.param));
      if (res.status !== 400 || !named || !message.includes(probe.param))
        problems.push(`${route.key} as ${role}, ${probe.name}: ${res.status} ${message.slice(0, 160) || res.text?.slice(0, 160)}`);
    });
    expect(problems).toEqual([]);
    // the figures the report quotes: routes, routes with a content type, role x route pairs, requests
    const pairs = reads.reduce((n, r) => n + routeAccess[r.key].length, 0);
    expect({ routes: reads.length > 40, typed: typed > 20, pairs: pairs > 150, requests: jobs.length > 3000 }).toEqual({
      routes: true,
      typed: true,
      pairs: true,
      requests: true,
    });
  }, 300_000);

  it('the public training list answers a hundred text conditions on its body at once, without running them', async () => {
    const query = Array.from(
      { length: 100 },
      (_, i) => `filters[$and][${i % 20}][$or][${Math.floor(i / 20)}][body][$containsi]=${enc(`ข${i}`)}`,
    ).join('&');
    const res = await app.http().get(`/api/training-materials?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('[body]');
    // a real client's query still works
    await app
      .http()
      .get('/api/training-materials?filters[kind][$eq]=law&sort[0]=effectiveDate:desc&sort[1]=title:asc&pagination[pageSize]=12')
      .expect(200);
  });

  it('_q never matches a private attribute: for every type with a private string attribute, as every role that may list it', async () => {
    // a complaint with a tracking code in the demo team member's team, as the team member lists it
    const team = await app.strapi.db.query('api::response-team.response-team').findOne({ where: { members: { id: users.team.id } } });
    const filed = await fileComplaint(app);
    await send(app, 'POST', `/api/complaints/${filed.documentId}/assign`, users.officer).send({ team: team.documentId }).expect(200);

    const STRINGS = ['string', 'text', 'richtext', 'email', 'uid'];
    const lists = registeredRoutes(app.strapi).filter((r) => r.method === 'GET' && r.section === 'content-api' && !/[:(]/.test(r.path));
    const problems: string[] = [];
    const probed: string[] = [];
    for (const route of lists) {
      const ct = contentTypeOfRoute(app.strapi, route.path);
      if (!ct || route.path !== `/api/${ct.info.pluralName}`) continue;
      // `locale`: Strapi's own column, private and empty on types that are not localized
      const secret = Object.entries<any>(ct.attributes)
        .filter(([name, a]) => a.private && STRINGS.includes(a.type) && name !== 'locale')
        .map(([name]) => name);
      if (!secret.length) continue;
      for (const role of routeAccess[route.key] ?? []) {
        const listed = await send(app, 'GET', `${route.path}?pagination[pageSize]=100`, users[role]).expect(200);
        const visible: string[] = listed.body.data.map((d: any) => d.documentId);
        for (const attr of secret) {
          const withValue = () =>
            app.strapi.db
              .query(ct.uid)
              // in id order: on PostgreSQL an updated row moves in the heap, and an unordered read would pick another
              .findOne({
                where: { documentId: { $in: visible }, [attr]: { $notNull: true } },
                select: ['documentId', attr],
                orderBy: { id: 'asc' },
              });
          // no visible row holds a value (e.g. the demo volunteers' national ids): seed one
          if (visible.length && !(await withValue()))
            await app.strapi.db
              .query(ct.uid)
              .update({ where: { documentId: visible[0] }, data: { [attr]: `qprobe${attr}${probed.length}` } });
          // a private value that a public attribute of the row also holds (a company operating under its own
          // name: the factory's operator) is public anyway, and _q finds the row by the public one: seed one
          const publicText = Object.entries<any>(ct.attributes)
            .filter(([, a]) => !a.private && STRINGS.includes(a.type))
            .map(([name]) => name);
          const held = await withValue();
          if (held && publicText.length) {
            const full = await app.strapi.db.query(ct.uid).findOne({ where: { documentId: held.documentId }, select: publicText });
            if (
              publicText.some((p) =>
                String(full?.[p] ?? '').includes(String(held[attr]).slice(0, Math.max(4, String(held[attr]).length - 1))),
              )
            )
              await app.strapi.db
                .query(ct.uid)
                .update({ where: { documentId: held.documentId }, data: { [attr]: `qprobe${attr}${probed.length}` } });
          }
          const row = await withValue();
          if (!row) {
            problems.push(`${route.key} as ${role}: no visible row with ${attr} to probe`);
            continue;
          }
          const value = String(row[attr]);
          const prefix = value.slice(0, Math.max(4, value.length - 1));
          const found = async (q: string) =>
            (await send(app, 'GET', `${route.path}?_q=${enc(q)}&pagination[pageSize]=100`, users[role]).expect(200)).body.data.map(
              (d: any) => d.documentId,
            );
          // _q reaches this list: the row's own document id finds it
          if (!(await found(row.documentId)).includes(row.documentId)) problems.push(`${route.key} as ${role}: _q finds nothing at all`);
          if ((await found(prefix)).includes(row.documentId)) problems.push(`${route.key} as ${role}: _q matched ${attr} by its prefix`);
          probed.push(`${ct.uid}.${attr} as ${role}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(probed).toEqual(
      expect.arrayContaining([
        'api::complaint.complaint.trackingCode as officer',
        'api::complaint.complaint.trackingCode as team',
        'api::volunteer.volunteer.phone as volunteer',
        'api::volunteer.volunteer.nationalId as coordinator',
      ]),
    );
  }, 120_000);

  it('a valid request with one wrong-typed field is a 400 naming that field, storing nothing', async () => {
    const complaint = await fileComplaint(app);
    const before = await countAll();
    const record = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: complaint.documentId } });
    const cases: Array<[string, string, Role, Record<string, unknown>, string]> = [
      ['POST', '/api/public/complaints', 'public', intakeBody({ title: 12345 }), 'title'],
      ['POST', '/api/public/complaints', 'public', intakeBody({ description: true }), 'description'],
      ['POST', '/api/public/complaints', 'public', intakeBody({ complainant: { name: 42, phone: '0812345678' } }), 'complainant.name'],
      ['POST', '/api/public/complaints', 'public', intakeBody({ latitude: 'north' }), 'latitude'],
      ['POST', `/api/complaints/${complaint.documentId}/notes`, 'officer', { note: 12345, visibility: 'internal' }, 'note'],
      ['PUT', `/api/complaints/${complaint.documentId}`, 'officer', { data: { title: ['a', 'b'] } }, 'title'],
      ['POST', '/api/volunteers', 'coordinator', { data: { fullName: 12345 } }, 'fullName'],
    ];
    const problems: string[] = [];
    for (const [method, url, role, body, field] of cases) {
      const res = await send(app, method, url, users[role]).send(body);
      const text = JSON.stringify(res.body?.error ?? {});
      if (res.status !== 400 || !text.includes(field))
        problems.push(`${method} ${url} with a wrong ${field}: ${res.status} ${text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
    expect(await countAll()).toEqual(before);
    expect(await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: complaint.documentId } })).toEqual(record);
  });

  it('mass assignment: protected fields in an otherwise valid request are refused or ignored, never applied', async () => {
    const team = await app.strapi.db.query('api::response-team.response-team').findOne({ where: {} });
    const hack = {
      state: 'closed',
      ticketNumber: 'CMP-0000-000001',
      trackingCode: 'HACKHACKHACK',
      assignedTeam: team.documentId,
      consentAt: '2000-01-01T00:00:00.000Z',
    };
    // public intake
    const intake = await app.http().post('/api/public/complaints').send(intakeBody(hack));
    expect(intake.status).toBe(400);
    for (const f of Object.keys(hack)) expect(intake.body.error.message).toContain(f);
    expect(intake.body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(Object.keys(hack).sort());
    expect(
      await app.strapi.db
        .query('api::complaint.complaint')
        .count({ where: { $or: [{ ticketNumber: hack.ticketNumber }, { trackingCode: hack.trackingCode }] } }),
    ).toBe(0);
    // an officer's edit of the details
    const complaint = await fileComplaint(app);
    const before = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { documentId: complaint.documentId }, populate: ['assignedTeam'] });
    const edit = await send(app, 'PUT', `/api/complaints/${complaint.documentId}`, users.officer).send({
      data: { title: 'แก้ไขหัวเรื่อง', ...hack },
    });
    expect(edit.status).toBe(400);
    const after = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { documentId: complaint.documentId }, populate: ['assignedTeam'] });
    expect(after).toEqual(before);
    // a team member's transition cannot re-assign, and a volunteer signs up only themself
    const other = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { user: { id: { $null: true } } } });
    const activity = await app.strapi.db
      .query('api::volunteer-activity.volunteer-activity')
      .findOne({ where: { state: 'open', startAt: { $gt: new Date() } } });
    const participations = await app.strapi.db.query('api::participation.participation').count();
    const signUp = await send(app, 'POST', `/api/volunteer-activities/${activity.documentId}/sign-up`, users.volunteer).send({
      volunteer: other.documentId,
      state: 'attended',
      hours: 8,
    });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(signUp.status).toBeLessThan(500);
    expect(await app.strapi.db.query('api::participation.participation').count()).toBe(participations);
    // a users-permissions user cannot give themself a role through the API
    const me = await send(app, 'PUT', `/api/users/${users.staff.id}`, users.staff).send({ role: 1, confirmed: true, blocked: false });
    expect([401, 403]).toContain(me.status);
    const register = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.test', password: 'Passw0rd!x', role: 3 });
    expect(register.status).toBe(400);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'intruder' } })).toBe(0);
  });

  it('HTML in text fields is stored as text and the public pages put it in as text, never as HTML', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const filed = await app
      .http()
      .post('/api/public/complaints')
      .send(intakeBody({ title: `กลิ่น ${script}`, description: script }))
      .expect(201);
    const tracked = await app.http().get(`/api/public/complaints/${filed.body.data.trackingCode}`).expect(200);
    expect(JSON.stringify(tracked.body)).toContain(JSON.stringify(script).slice(1, -1));
    // our pages write server data with textContent; innerHTML / insertAdjacentHTML / document.write are not used
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'uploads') walk(p);
        } else if (/\.(js|html)$/.test(e.name)) pages.push(p);
      }
    };
    walk(path.join(root, 'public'));
    expect(pages.length).toBeGreaterThan(0);
    const unsafe = pages.filter((p) =>
      /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(fs.readFileSync(p, 'utf8')),
    );
    expect(unsafe).toEqual([]);
  });

  it('path traversal in upload file names does not leave the upload folder', async () => {
    const names = ['../../../../tmp/mind-traversal.png', '..\\..\\..\\mind-traversal.png', '/etc/mind-traversal.png'];
    for (const name of names) {
      const res = await app
        .http()
        .post('/api/public/complaints')
        .field('data', JSON.stringify(intakeBody()))
        .attach('attachments', PNG_1PX, { filename: name, contentType: 'image/png' });
      expect(res.status).toBeLessThan(500);
      const agency = await send(app, 'POST', '/api/upload', users.agency).attach('files', PNG_1PX, {
        filename: name,
        contentType: 'image/png',
      });
      expect(agency.status).toBeLessThan(500);
    }
    expect(fs.existsSync('/tmp/mind-traversal.png')).toBe(false);
    expect(fs.existsSync('/etc/mind-traversal.png')).toBe(false);
    expect(fs.existsSync(path.join(root, 'mind-traversal.png'))).toBe(false);
    const files = await app.strapi.db.query('plugin::upload.file').findMany({ where: { name: { $containsi: 'traversal' } } });
    for (const f of files) {
      expect(f.url).toMatch(/^\/uploads\/[^/\\]+$/);
      expect(f.hash).not.toMatch(/[./\\]/);
    }
  });
});
