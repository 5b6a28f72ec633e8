import fs from 'fs';
import path from 'path';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { Role, routeAccess } from './route-access';
import { fillPath, RegisteredRoute, registeredRoutes, RoleUser, roleUsers, send } from './world';

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
        // Strapi's error format, or Open311's list of {code, description}
        const error =
          res.body?.error ?? (Array.isArray(res.body) && res.body[0]?.description ? { message: res.body[0].description } : undefined);
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
