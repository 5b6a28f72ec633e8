import { randomBytes } from 'crypto';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { statementsOf } from '../harness/statements';
import { currentWindow } from '../../src/lib/dashboard/reporting';
import { bangkokParts } from '../../src/lib/platform/thai-date';
import { listViews as LIST_VIEWS } from '../../src/lib/manifests';

/**
 * The admin homepage widgets' endpoints against fixtures counted by hand: every figure, the filtered
 * Content Manager links (followed through the Content Manager's own API, which must list exactly the
 * counted rows), and who may read them (401 without an admin token, 403 for an admin whose role may
 * not read the type).
 */
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('admin dashboard endpoints', () => {
  let app: TestApp;
  let admin: string;
  const now = Date.now();
  const at = (offsetMs: number) => new Date(now + offsetMs);
  const id = () => randomBytes(12).toString('hex').slice(0, 24);

  /** a row as the document service stores a document of a type without draft & publish */
  const row = (uid: string, data: Record<string, unknown>) =>
    app.strapi.db.query(uid as any).create({ data: { documentId: id(), publishedAt: new Date(), ...data } });
  const provinceId = async (code: string) => (await app.strapi.db.query('api::province.province').findOne({ where: { code } })).id;
  const agencyId = async (code: string) => (await app.strapi.db.query('api::agency.agency').findOne({ where: { code } })).id;

  const get = (path: string, token = admin) => app.http().get(`/admin/mind-dashboard/${path}`).set('Authorization', `Bearer ${token}`);

  /**
   * Follows a widget link through the Content Manager's API (what the list page loads). The admin
   * panel parses its URL with qs's default depth (5 bracket segments); a deeper key would reach the API
   * as a literal and fail there, so every filter key must stay within it.
   */
  async function cmList(url: string) {
    for (const param of url.split('?')[1].split('&')) {
      expect({ param, segments: (param.split('=')[0].match(/\[/g) ?? []).length <= 5 }).toEqual({ param, segments: true });
    }
    const [path, query] = url.replace(/^\/admin\/content-manager\//, '/content-manager/').split('?');
    const res = await app
      .http()
      .get(`${path}?${query.replace(/pageSize=\d+/, 'pageSize=100')}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    return res.body.results as Record<string, any>[];
  }

  async function adminToken(email: string, roleCode: string) {
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: roleCode });
    await app.strapi.service('admin::user').create({
      email,
      firstname: 'Limited',
      lastname: 'Admin',
      password: 'Limited-passw0rd',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await app.http().post('/admin/login').send({ email, password: 'Limited-passw0rd' }).expect(200);
    return login.body.data.token as string;
  }

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'dash@example.test', DEMO_ADMIN_PASSWORD: 'Dash-Passw0rd' } });
    const login = await app.http().post('/admin/login').send({ email: 'dash@example.test', password: 'Dash-Passw0rd' }).expect(200);
    admin = login.body.data.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('who may read them', () => {
    const paths = ['complaints', 'provinces', 'reporting', 'jobs', 'volunteers'];

    it('answers 401 without a token and to a users-permissions token', async () => {
      const officer = await createUser(app.strapi, 'complaint-officer');
      for (const p of paths) {
        await app.http().get(`/admin/mind-dashboard/${p}`).expect(401);
        await app.http().get(`/admin/mind-dashboard/${p}`).set('Authorization', officer.auth).expect(401);
      }
    });

    it('answers 403 to an administrator whose role may not read the type, 200 where it may', async () => {
      // Inspectors read progress reports but not complaints, job runs or volunteer activities.
      const inspector = await adminToken('inspector.admin@example.test', 'inspector');
      for (const p of ['complaints', 'provinces', 'jobs', 'volunteers']) {
        const res = await get(p, inspector);
        expect(res.status).toBe(403);
        expect(res.body.data).toBeFalsy();
      }
      expect((await get('reporting', inspector)).status).toBe(200);
      // Volunteer coordinators read activities only.
      const coordinator = await adminToken('coordinator.admin@example.test', 'volunteer-coordinator');
      expect((await get('volunteers', coordinator)).status).toBe(200);
      for (const p of ['complaints', 'provinces', 'reporting', 'jobs']) expect((await get(p, coordinator)).status).toBe(403);
    });

    it('follows a permission granted or revoked, or a role changed, from the next request on; an unchanged ability is not rebuilt', async () => {
      const roles = app.strapi.service('admin::role') as any;
      const read = { action: 'plugin::content-manager.explorer.read', subject: 'api::complaint.complaint', properties: {}, conditions: [] };
      const role = await roles.create({ name: 'ผู้อ่านวิดเจ็ต / Widget reader', description: 'test' });
      await roles.assignPermissions(role.id, [read]);
      const token = await adminToken('widget.reader@example.test', role.code);
      expect((await get('complaints', token)).status).toBe(200);

      // the second request reads only an aggregate of the role's permission rows, not the rows themselves
      const sql = await statementsOf(app, async () => expect((await get('complaints', token)).status).toBe(200), 3);
      const permissionReads = sql.filter((s) => /admin_permissions\b/.test(s));
      expect(permissionReads.length).toBe(1);
      expect(permissionReads[0]).toMatch(/count\(\*\)/i);

      await roles.assignPermissions(role.id, []);
      expect((await get('complaints', token)).status).toBe(403);
      await roles.assignPermissions(role.id, [read]);
      expect((await get('complaints', token)).status).toBe(200);

      const user = await app.strapi.db.query('admin::user').findOne({ where: { email: 'widget.reader@example.test' } });
      const inspector = await roles.findOne({ code: 'inspector' });
      await (app.strapi.service('admin::user') as any).updateById(user.id, { roles: [inspector.id] });
      expect((await get('complaints', token)).status).toBe(403);
      expect((await get('reporting', token)).status).toBe(200);
    });

    it('answers 403 to an Author, who reads only the entries they created (a conditional permission)', async () => {
      const author = await (app.strapi.service('admin::role') as any).findOne({ code: 'strapi-author' });
      const permissions = await app.strapi.db.query('admin::permission').findMany({
        where: { role: { id: author.id }, action: 'plugin::content-manager.explorer.read', subject: 'api::complaint.complaint' },
      });
      expect(permissions.map((p: any) => p.conditions)).toEqual([['admin::is-creator']]);
      const token = await adminToken('author.admin@example.test', 'strapi-author');
      for (const p of ['complaints', 'provinces', 'reporting', 'jobs', 'volunteers']) expect((await get(p, token)).status).toBe(403);
    });
  });

  describe('figures against hand-counted fixtures', () => {
    beforeAll(async () => {
      const C = 'api::complaint.complaint';
      const complaint = async (code: string | null, state: string, urgency: string, dates: Record<string, Date | null>) =>
        row(C, {
          title: `fixture ${state} ${urgency}`,
          description: 'fixture',
          state,
          urgency,
          channel: 'phone',
          receivedAt: at(-2 * DAY),
          acknowledgeDueAt: at(10 * DAY),
          resolveDueAt: at(20 * DAY),
          ...dates,
          ...(code ? { province: await provinceId(code) } : {}),
        });
      // open
      await complaint('TH-21', 'received', 'emergency', { acknowledgeDueAt: at(-HOUR) }); // breached: not acknowledged in time
      await complaint('TH-21', 'received', 'emergency', {}); // within its deadlines
      await complaint('TH-21', 'in_progress', 'urgent', {
        acknowledgedAt: at(-DAY),
        acknowledgeDueAt: at(-HOUR),
        resolveDueAt: at(5 * DAY),
      }); // acknowledged: not breached
      await complaint('TH-50', 'assigned', 'urgent', { acknowledgedAt: at(-DAY), resolveDueAt: at(-2 * HOUR) }); // breached: resolve deadline
      await complaint('TH-50', 'triaged', 'normal', { acknowledgedAt: at(-DAY) });
      await complaint(null, 'received', 'normal', {}); // no province
      // finished: never counted, even past their deadlines
      await complaint('TH-10', 'closed', 'emergency', { resolveDueAt: at(-DAY) });
      await complaint('TH-21', 'resolved', 'urgent', { resolveDueAt: at(-DAY) });
      await complaint('TH-50', 'rejected', 'normal', {});
    });

    it('complaints: open by urgency × state, SLA breaches, and links listing exactly those rows', async () => {
      const { data } = (await get('complaints').expect(200)).body;
      expect(data.totals).toEqual({
        open: 6,
        breached: 2,
        byUrgency: { emergency: { open: 2, breached: 1 }, urgent: { open: 2, breached: 1 }, normal: { open: 2, breached: 0 } },
      });
      expect(data.states.map((s: any) => s.key)).toEqual(['received', 'triaged', 'assigned', 'in_progress']);
      expect(data.states[0]).toMatchObject({ th: 'รับเรื่องแล้ว', en: 'Received' });
      expect(data.urgencies.map((u: any) => u.key)).toEqual(['emergency', 'urgent', 'normal']);
      const cell = (u: string, s: string) => data.cells.find((c: any) => c.urgency === u && c.state === s);
      expect(data.cells).toHaveLength(12);
      expect(cell('emergency', 'received')).toMatchObject({ open: 2, breached: 1 });
      expect(cell('urgent', 'in_progress')).toMatchObject({ open: 1, breached: 0 });
      expect(cell('urgent', 'assigned')).toMatchObject({ open: 1, breached: 1 });
      expect(cell('normal', 'triaged')).toMatchObject({ open: 1, breached: 0 });
      expect(cell('normal', 'received')).toMatchObject({ open: 1, breached: 0 });
      expect(cell('emergency', 'assigned')).toMatchObject({ open: 0, breached: 0 });

      expect(cell('emergency', 'received').url).toBe(
        '/admin/content-manager/collection-types/api::complaint.complaint?page=1&pageSize=10&sort=resolveDueAt:ASC' +
          '&filters[$and][0][state][$eq]=received&filters[$and][1][urgency][$eq]=emergency',
      );
      const listed = await cmList(cell('emergency', 'received').url);
      expect(listed.map((c) => [c.state, c.urgency])).toEqual([
        ['received', 'emergency'],
        ['received', 'emergency'],
      ]);
      expect(await cmList(cell('emergency', 'received').breachedUrl)).toHaveLength(1);
      const breached = await cmList(data.links.breached);
      expect(breached.map((c) => `${c.state}/${c.urgency}`).sort()).toEqual(['assigned/urgent', 'received/emergency']);
      expect(await cmList(data.links.open)).toHaveLength(6);
    });

    it('provinces: every province by region with its open complaints, and the link to them', async () => {
      const { data } = (await get('provinces').expect(200)).body;
      expect(data.regions.map((r: any) => r.key)).toEqual(['north', 'northeast', 'central', 'east', 'west', 'south']);
      expect(data.regions.flatMap((r: any) => r.provinces)).toHaveLength(77);
      const province = (code: string) => data.regions.flatMap((r: any) => r.provinces).find((p: any) => p.code === code);
      expect(province('TH-21')).toMatchObject({ nameTh: 'ระยอง', open: 3, breached: 1 });
      expect(province('TH-50')).toMatchObject({ nameTh: 'เชียงใหม่', open: 2, breached: 1 });
      expect(province('TH-10')).toMatchObject({ open: 0, breached: 0 });
      expect(data.regions.find((r: any) => r.key === 'east')).toMatchObject({ th: 'ภาคตะวันออก', open: 3 });
      expect(data.regions.find((r: any) => r.key === 'north').provinces.map((p: any) => p.code)).toContain('TH-50');
      expect(data.totals).toEqual({ open: 6, breached: 2, withoutProvince: 1, provincesWithOpen: 2, max: 3 });
      const listed = await cmList(province('TH-21').url);
      expect(listed).toHaveLength(3);
      expect(listed.every((c) => ['received', 'in_progress'].includes(c.state))).toBe(true);
      expect(await cmList(data.links.withoutProvince)).toHaveLength(1);
    });

    it('reporting: per agency, reports due this fiscal quarter on time, late, missing, not yet due', async () => {
      const w = currentWindow(new Date(now));
      // a past instant and a future one inside the quarter, and one outside it
      const past = new Date(Math.max(w.from.getTime() + 60_000, now - HOUR));
      const future = new Date(Math.min(w.to.getTime() - 60_000, now + HOUR));
      const before = new Date(w.from.getTime() - DAY);
      const project = async (code: string, agency: string) =>
        row('api::project.project', {
          code,
          name: code,
          officerName: 'officer',
          officerEmail: 'officer@example.test',
          fiscalYear: 2570,
          reportingFrequency: 'monthly',
          dueDaysAfterPeriodEnd: 15,
          state: 'active',
          agency: await agencyId(agency),
        });
      const diw = await project('DASH-DIW', 'DIW');
      const tisi = await project('DASH-TISI', 'TISI');
      let n = 0;
      const report = (p: { id: number }, state: string, dueAt: Date, late = false) =>
        row('api::progress-report.progress-report', {
          project: p.id,
          slotKey: `dash-${++n}`,
          periodLabel: `P${n}`,
          periodStart: '2026-01-01',
          periodEnd: '2026-01-31',
          dueAt,
          state,
          late,
          submittedAt: state === 'pending' || state === 'waived' ? null : past,
        });
      await report(diw, 'accepted', past); // on time
      await report(diw, 'submitted', past); // on time
      await report(diw, 'accepted', past, true); // late
      await report(diw, 'pending', past); // missing
      await report(diw, 'pending', past); // missing
      await report(diw, 'pending', future); // not yet due
      await report(diw, 'waived', past);
      await report(diw, 'pending', before); // another quarter
      await report(tisi, 'returned', past, true); // late (submitted late, returned for correction)
      await report(tisi, 'submitted', past); // on time

      const { data } = (await get('reporting').expect(200)).body;
      expect(data.period.label).toBe(w.label);
      expect(data.agencies.map((a: any) => a.code)).toEqual(['DIW', 'TISI']);
      const [d, t] = data.agencies;
      expect(d).toMatchObject({
        nameTh: 'กรมโรงงานอุตสาหกรรม',
        counts: { onTime: 2, late: 1, missing: 2, notDue: 1, waived: 1 },
        due: 5,
        onTimeRate: 0.4,
      });
      expect(t).toMatchObject({ counts: { onTime: 1, late: 1, missing: 0, notDue: 0, waived: 0 }, due: 2, onTimeRate: 0.5 });
      expect(data.totals).toEqual({ onTime: 3, late: 2, missing: 2, notDue: 1, waived: 1 });
      expect(data.outcomes.map((o: any) => o.th)).toEqual(['ส่งตรงเวลา', 'ส่งล่าช้า', 'ยังไม่ส่ง (เลยกำหนด)', 'ยังไม่ถึงกำหนด', 'ได้รับยกเว้น']);

      const missing = await cmList(d.urls.missing);
      expect(missing.map((r) => r.state)).toEqual(['pending', 'pending']);
      expect(await cmList(d.urls.onTime)).toHaveLength(2);
      expect(await cmList(t.urls.late)).toHaveLength(1);
      expect(await cmList(d.urls.all)).toHaveLength(7);
    });

    it('jobs: every job with its cron, next run, last run and recent failures flagged', async () => {
      const J = 'api::job-run.job-run';
      const run = (job: string, state: string, startedAgo: number, error: string | null = null) =>
        row(J, {
          job,
          fireKey: `${job}:${id()}`,
          trigger: 'schedule',
          state,
          startedAt: at(-startedAgo),
          finishedAt: state === 'running' ? null : at(-startedAgo + 2000),
          error,
        });
      await run('chase-obligations', 'succeeded', 2 * DAY);
      await run('chase-obligations', 'failed', 3 * DAY, 'Error: SMTP down\n    at somewhere');
      await run('chase-obligations', 'failed', DAY, 'Error: connection refused\n    at x');
      await run('dispatch-notifications', 'failed', 10 * DAY, 'Error: old');
      await run('dispatch-notifications', 'succeeded', 60_000);

      const { data } = (await get('jobs').expect(200)).body;
      const names = data.jobs.map((j: any) => j.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'generate-expected-reports',
          'chase-obligations',
          'watch-complaint-sla',
          'dispatch-notifications',
          'dispatch-http-calls',
          'lapse-volunteer-confirmations',
        ]),
      );
      const job = (name: string) => data.jobs.find((j: any) => j.name === name);
      const chase = job('chase-obligations');
      expect(chase).toMatchObject({ schedule: '30 8 * * *', failuresRecent: 2, flagged: true });
      expect(chase.lastRun).toMatchObject({ state: 'failed', error: 'Error: connection refused', durationMs: 2000 });
      expect(new Date(chase.lastRun.startedAt).getTime()).toBe(now - DAY);
      const next = new Date(chase.nextRun);
      expect(next.getTime()).toBeGreaterThan(Date.now());
      expect(next.getTime() - Date.now()).toBeLessThanOrEqual(DAY);
      expect(bangkokParts(next)).toMatchObject({ hour: 8, minute: 30 });
      expect(job('dispatch-notifications')).toMatchObject({
        schedule: '* * * * *',
        failuresRecent: 0,
        flagged: false,
        lastRun: { state: 'succeeded', error: null },
      });
      expect(job('generate-expected-reports')).toMatchObject({ lastRun: null, failuresRecent: 0, flagged: false });
      expect(data.totals).toMatchObject({ jobs: names.length, flagged: 1, failuresRecent: 2 });

      const failures = await cmList(chase.urls.failures);
      expect(failures.map((r) => r.state)).toEqual(['failed', 'failed']);
      expect(await cmList(job('dispatch-notifications').urls.runs)).toHaveLength(2);
    });

    it('volunteers: upcoming open activities with capacity, places taken, waitlist and fill rate', async () => {
      const A = 'api::volunteer-activity.volunteer-activity';
      const P = 'api::participation.participation';
      const activity = async (title: string, startIn: number, capacity: number, state = 'open') =>
        row(A, {
          title,
          startAt: at(startIn),
          endAt: at(startIn + 3 * HOUR),
          capacity,
          state,
          place: 'ศาลากลาง',
          province: await provinceId('TH-21'),
        });
      const people = async (a: { id: number }, states: string[]) => {
        for (const state of states) await row(P, { activity: a.id, state, key: id(), signedUpAt: new Date() });
      };
      const soon = await activity('ปลูกป่าชายเลน', 2 * DAY, 4);
      const full = await activity('เก็บขยะริมหาด', 5 * DAY, 2);
      const empty = await activity('อบรมความปลอดภัย', 9 * DAY, 10);
      const past = await activity('กิจกรรมที่ผ่านมา', -5 * DAY, 5, 'completed');
      const cancelled = await activity('กิจกรรมที่ยกเลิก', 3 * DAY, 5, 'cancelled');
      await people(soon, ['registered', 'registered', 'cancelled', 'waitlisted']);
      await people(full, ['registered', 'registered', 'waitlisted', 'waitlisted', 'waitlisted']);
      await people(past, ['attended', 'attended', 'no_show']);
      await people(cancelled, ['cancelled']);

      const { data } = (await get('volunteers').expect(200)).body;
      expect(data.activities.map((a: any) => a.title)).toEqual(['ปลูกป่าชายเลน', 'เก็บขยะริมหาด', 'อบรมความปลอดภัย']);
      expect(data.activities[0]).toMatchObject({
        capacity: 4,
        taken: 2,
        waitlisted: 1,
        placesLeft: 2,
        fillRate: 0.5,
        province: { th: 'ระยอง' },
        place: 'ศาลากลาง',
      });
      expect(data.activities[1]).toMatchObject({ capacity: 2, taken: 2, waitlisted: 3, placesLeft: 0, fillRate: 1 });
      expect(data.activities[2]).toMatchObject({ capacity: 10, taken: 0, waitlisted: 0, placesLeft: 10, fillRate: 0 });
      expect(new Date(data.activities[0].startAt).getTime()).toBe(
        soon.startAt instanceof Date ? soon.startAt.getTime() : new Date(soon.startAt).getTime(),
      );
      expect(data.totals).toEqual({ upcoming: 3, shown: 3, capacity: 16, taken: 4, waitlisted: 4, fillRate: 0.25 });
      expect(data.activities[1].url).toBe(`/admin/content-manager/collection-types/${A}/${full.documentId}`);
      const participants = await cmList(data.activities[1].participantsUrl);
      expect(participants.map((p) => p.state).sort()).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted', 'waitlisted']);
      expect((await cmList(data.links.upcoming)).map((a) => a.title)).toEqual(['ปลูกป่าชายเลน', 'เก็บขยะริมหาด', 'อบรมความปลอดภัย']);
      void empty;
    });
  });
  describe('Content Manager list views', () => {
    it('are arranged at start for every collection type: columns that exist, default sort, Thai labels', async () => {
      const types = Object.values(app.strapi.contentTypes as Record<string, any>).filter(
        (t) => t.uid.startsWith('api::') && t.kind === 'collectionType',
      );
      expect(types.length).toBeGreaterThanOrEqual(20);
      expect(types.map((t) => t.uid).filter((uid) => !LIST_VIEWS[uid])).toEqual([]);
      const service = app.strapi.plugin('content-manager').service('content-types');
      for (const type of types) {
        const view = LIST_VIEWS[type.uid];
        const attributes = Object.keys(type.attributes);
        expect({ uid: type.uid, unknown: view.columns.filter((c) => !attributes.includes(c)) }).toEqual({ uid: type.uid, unknown: [] });
        const conf = await service.findConfiguration(type);
        expect({ uid: type.uid, list: conf.layouts.list, sort: conf.settings.defaultSortBy }).toEqual({
          uid: type.uid,
          list: view.columns,
          sort: view.sortBy,
        });
        // labels come from the domains' admin forms: every column the list shows is headed in Thai
        for (const column of view.columns) {
          expect({ uid: type.uid, column, label: conf.metadatas[column].list.label }).toEqual({
            uid: type.uid,
            column,
            label: expect.stringMatching(/[\u0E00-\u0E7F]/),
          });
        }
      }
    });
  });
});
