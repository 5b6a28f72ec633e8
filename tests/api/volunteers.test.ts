import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { findJob } from '../../src/jobs';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { loadVolunteersDemo } from '../../src/lib/volunteers/demo';

const VOLUNTEER = 'api::volunteer.volunteer';
const ACTIVITY = 'api::volunteer-activity.volunteer-activity';
const PARTICIPATION = 'api::participation.participation';
const NOTIFICATION = 'api::notification.notification';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('volunteers on a real Strapi', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let staff: TestUser;
  let userA: TestUser;
  let userB: TestUser;
  let volA: any;
  let volB: any;
  const A_PHONE = '0891112233';
  const A_ID = '1101700203450';

  type Who = 'public' | 'staff' | 'volA' | 'volB' | 'coordinator';
  const WHO: Who[] = ['public', 'staff', 'volA', 'volB', 'coordinator'];
  const auth = (who: Who) => (who === 'public' ? undefined : { staff, volA: userA, volB: userB, coordinator }[who].auth);
  const call = (who: Who, method: 'get' | 'post' | 'put' | 'delete', url: string, body?: object) => {
    let req = app.http()[method](url);
    const a = auth(who);
    if (a) req = req.set('Authorization', a);
    return body ? req.send(body) : req;
  };

  let seq = 0;
  async function activity(extra: Record<string, unknown> = {}) {
    seq++;
    const startAt = new Date(Date.now() + 3 * DAY);
    const res = await call('coordinator', 'post', '/api/volunteer-activities', {
      data: {
        title: `กิจกรรมทดสอบ ${seq}`,
        startAt: startAt.toISOString(),
        endAt: new Date(startAt.getTime() + 4 * HOUR).toISOString(),
        place: 'ศาลากลางจังหวัด',
        province: 'TH-10',
        capacity: 5,
        ...extra,
      },
    });
    if (res.status !== 201) throw new Error(`activity: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data;
  }
  async function volunteer(extra: Record<string, unknown> = {}) {
    seq++;
    const res = await call('coordinator', 'post', '/api/volunteers', {
      data: { fullName: `อาสา ทดสอบ${seq}`, email: `vol${seq}@example.test`, consent: true, province: 'TH-50', ...extra },
    });
    if (res.status !== 201) throw new Error(`volunteer: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data;
  }
  /** Moves an activity into the past (as time would), without the API's rules. */
  async function makePast(documentId: string, hours = 4) {
    const start = new Date(Date.now() - 2 * DAY);
    await app.strapi.db
      .query(ACTIVITY)
      .update({ where: { documentId }, data: { startAt: start, endAt: new Date(start.getTime() + hours * HOUR) } });
  }
  const participation = (documentId: string) => app.strapi.db.query(PARTICIPATION).findOne({ where: { documentId } });
  async function sendMail() {
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
  }

  beforeAll(async () => {
    app = await bootStrapi();
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    staff = await createUser(app.strapi, 'authenticated');
    userA = await createUser(app.strapi, 'volunteer');
    userB = await createUser(app.strapi, 'volunteer');
    volA = await volunteer({
      fullName: 'สมศรี อาสาดี',
      phone: A_PHONE,
      nationalId: A_ID,
      email: 'somsri.a@example.test',
      user: userA.id,
      skills: ['ปฐมพยาบาล'],
    });
    volB = await volunteer({ fullName: 'สมปอง ใจงาม', user: userB.id });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates the volunteer-coordinator admin role once, limited to the volunteer types (and reading provinces)', async () => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'volunteer-coordinator' }, populate: ['permissions'] });
    expect(role).toBeTruthy();
    const subjects = new Set(role.permissions.map((p: any) => p.subject));
    expect([...subjects].sort()).toEqual([ACTIVITY, PARTICIPATION, 'api::province.province', VOLUNTEER].sort());
    const provinceActions = role.permissions.filter((p: any) => p.subject === 'api::province.province').map((p: any) => p.action);
    expect(provinceActions).toEqual(['plugin::content-manager.explorer.read']);
    const { ensureAdminRole } = await import('../../src/lib/platform/admin-roles');
    const { adminRoles } = await import('../../src/lib/manifests');
    const coordinator = adminRoles.find((r) => r.code === 'volunteer-coordinator')!;
    expect(await ensureAdminRole(app.strapi, coordinator)).toEqual({ created: false, added: 0 });
    expect(await app.strapi.db.query('admin::role').count({ where: { code: 'volunteer-coordinator' } })).toBe(1);
  });

  describe('role matrix', () => {
    let act: any;
    let pA: string;
    let pB: string;
    beforeAll(async () => {
      act = await activity({ capacity: 50 });
      pA = (await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201)).body.data.documentId;
      pB = (await call('volB', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201)).body.data.documentId;
    });

    const rows: Array<[string, 'get' | 'post' | 'put' | 'delete', () => string, (() => object) | undefined, Record<Who, number>]> = [
      ['list volunteers', 'get', () => '/api/volunteers', undefined, { public: 403, staff: 403, volA: 200, volB: 200, coordinator: 200 }],
      [
        'read volunteer A',
        'get',
        () => `/api/volunteers/${volA.documentId}`,
        undefined,
        { public: 403, staff: 403, volA: 200, volB: 404, coordinator: 200 },
      ],
      ['own profile', 'get', () => '/api/volunteers/me', undefined, { public: 403, staff: 403, volA: 200, volB: 200, coordinator: 404 }],
      [
        'create volunteer',
        'post',
        () => '/api/volunteers',
        () => ({ data: { fullName: 'ใหม่ ทดสอบ' } }),
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 201 },
      ],
      [
        'edit volunteer A',
        'put',
        () => `/api/volunteers/${volA.documentId}`,
        () => ({ data: { availability: 'วันเสาร์' } }),
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 200 },
      ],
      [
        'delete volunteer A',
        'delete',
        () => `/api/volunteers/${volA.documentId}`,
        undefined,
        { public: 405, staff: 405, volA: 405, volB: 405, coordinator: 405 },
      ],
      [
        'list activities',
        'get',
        () => '/api/volunteer-activities',
        undefined,
        { public: 403, staff: 403, volA: 200, volB: 200, coordinator: 200 },
      ],
      [
        'read activity',
        'get',
        () => `/api/volunteer-activities/${act.documentId}`,
        undefined,
        { public: 403, staff: 403, volA: 200, volB: 200, coordinator: 200 },
      ],
      [
        'create activity',
        'post',
        () => '/api/volunteer-activities',
        () => ({
          data: {
            title: 'x',
            startAt: new Date(Date.now() + DAY).toISOString(),
            endAt: new Date(Date.now() + DAY + HOUR).toISOString(),
            capacity: 3,
          },
        }),
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 201 },
      ],
      [
        'edit activity',
        'put',
        () => `/api/volunteer-activities/${act.documentId}`,
        () => ({ data: { place: 'ที่ใหม่' } }),
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 200 },
      ],
      [
        'sign up (already signed up)',
        'post',
        () => `/api/volunteer-activities/${act.documentId}/sign-up`,
        () => ({ volunteer: volA.documentId }),
        { public: 403, staff: 403, volA: 409, volB: 403, coordinator: 409 },
      ],
      [
        'export participants',
        'get',
        () => `/api/volunteer-activities/${act.documentId}/participants/export`,
        undefined,
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 200 },
      ],
      [
        'list participations',
        'get',
        () => '/api/participations',
        undefined,
        { public: 403, staff: 403, volA: 200, volB: 200, coordinator: 200 },
      ],
      [
        'read participation of A',
        'get',
        () => `/api/participations/${pA}`,
        undefined,
        { public: 403, staff: 403, volA: 200, volB: 404, coordinator: 200 },
      ],
      [
        'cancel participation of B (A may not)',
        'post',
        () => `/api/participations/${pB}/cancel`,
        undefined,
        { public: 403, staff: 403, volA: 404, volB: 200, coordinator: 400 },
      ],
      [
        'attendance',
        'post',
        () => `/api/participations/${pA}/attendance`,
        () => ({ state: 'no_show' }),
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 400 },
      ],
      ['hours totals', 'get', () => '/api/volunteer-hours', undefined, { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 200 }],
      [
        'hours export',
        'get',
        () => '/api/volunteer-hours/export',
        undefined,
        { public: 403, staff: 403, volA: 403, volB: 403, coordinator: 200 },
      ],
      [
        'create participation directly',
        'post',
        () => '/api/participations',
        () => ({ data: { state: 'attended' } }),
        { public: 405, staff: 405, volA: 405, volB: 405, coordinator: 405 },
      ],
    ];

    it.each(rows)('%s', async (_name, method, url, body, expected) => {
      const got: Record<string, number> = {};
      for (const who of WHO) got[who] = (await call(who, method, url(), body?.())).status;
      const normalise = (v: Record<string, number>) =>
        Object.fromEntries(Object.entries(v).map(([k, n]) => [k, n === 404 && expected[k as Who] === 405 ? 405 : n]));
      expect(normalise(got)).toEqual(expected);
    });

    it('a volunteer lists only their own profile and participations', async () => {
      const vols = await call('volA', 'get', '/api/volunteers').expect(200);
      expect(vols.body.data.map((v: any) => v.documentId)).toEqual([volA.documentId]);
      const parts = await call('volA', 'get', '/api/participations').expect(200);
      expect(parts.body.data.length).toBeGreaterThan(0);
      const own = await app.strapi.db.query(PARTICIPATION).findMany({
        where: { volunteer: { id: (await app.strapi.db.query(VOLUNTEER).findOne({ where: { documentId: volA.documentId } })).id } },
      });
      expect(parts.body.data.map((p: any) => p.documentId).sort()).toEqual(own.map((p: any) => p.documentId).sort());
      const all = await call('coordinator', 'get', `/api/participations?activity=${act.documentId}`).expect(200);
      expect(all.body.data.length).toBe(2);
    });

    it('a volunteer sees open upcoming activities, not cancelled ones they are not in', async () => {
      const other = await activity();
      await call('coordinator', 'post', `/api/volunteer-activities/${other.documentId}/cancel`, { reason: 'ฝนตก' }).expect(200);
      await call('volA', 'get', `/api/volunteer-activities/${other.documentId}`).expect(404);
      const list = await call('volA', 'get', '/api/volunteer-activities?pagination[pageSize]=100').expect(200);
      expect(list.body.data.map((a: any) => a.documentId)).not.toContain(other.documentId);
      const mine = await call('volA', 'get', `/api/volunteer-activities/${act.documentId}`).expect(200);
      expect(mine.body.data.myParticipation).toMatchObject({ documentId: pA, state: 'registered' });
      expect(mine.body.data).toMatchObject({ capacity: 50, registered: 1, placesLeft: 49 });
    });
  });

  describe('personal data and consent', () => {
    it('contact data needs consent (400 naming consent), and withdrawing consent erases it', async () => {
      const refused = await call('coordinator', 'post', '/api/volunteers', { data: { fullName: 'ไม่ยินยอม', phone: '0811111111' } }).expect(
        400,
      );
      expect(refused.body.error.message).toContain('consent');
      const bad = await call('coordinator', 'post', '/api/volunteers', {
        data: { fullName: '', email: 'nope', nationalId: '1101700203452', province: 'XX', skills: 'a' },
      }).expect(400);
      for (const f of ['fullName', 'email', 'nationalId', 'province', 'skills']) expect(bad.body.error.message).toContain(f);
      const unknownProvince = await call('coordinator', 'post', '/api/volunteers', { data: { fullName: 'ก ข', province: 'TH-99' } }).expect(
        400,
      );
      expect(unknownProvince.body.error.message).toContain('province');
      const v = await volunteer({ phone: '0822222222' });
      expect(v).toMatchObject({ phone: '08x-xxx-2222', consent: true });
      expect(v.consentAt).toBeTruthy();
      const withdrawn = await call('coordinator', 'put', `/api/volunteers/${v.documentId}`, { data: { consent: false } }).expect(200);
      expect(withdrawn.body.data).toMatchObject({ phone: null, email: null, consent: false, consentAt: null });
      const again = await call('coordinator', 'put', `/api/volunteers/${v.documentId}`, { data: { phone: '0833333333' } }).expect(400);
      expect(again.body.error.message).toContain('consent');
      expect((await app.strapi.db.query(VOLUNTEER).findOne({ where: { documentId: v.documentId } })).phone).toBeNull();
    });

    it('a volunteer cannot be linked to a user that already has a profile', async () => {
      const res = await call('coordinator', 'post', '/api/volunteers', { data: { fullName: 'ซ้ำ', user: userA.id } }).expect(400);
      expect(res.body.error.message).toContain('user');
    });

    it('phone, email and national ID reach coordinators and the volunteer themself only', async () => {
      const act = await activity({ capacity: 10 });
      await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201);
      const secrets = [A_PHONE, A_ID, 'somsri.a'];
      const reads = [
        '/api/volunteers',
        `/api/volunteers/${volA.documentId}`,
        '/api/volunteers?populate=*',
        `/api/volunteers?filters[phone][$eq]=${A_PHONE}`,
        '/api/volunteers?sort=phone:asc',
        '/api/volunteer-activities?populate=*',
        `/api/volunteer-activities/${act.documentId}?populate[participations][populate]=*`,
        '/api/participations?populate=*',
        '/api/participations?populate[volunteer][fields][0]=phone',
        `/api/participations?filters[volunteer][phone][$eq]=${A_PHONE}`,
        `/api/participations?filters[volunteer][nationalId][$startsWith]=110`,
      ];
      for (const who of ['public', 'staff', 'volB'] as Who[]) {
        for (const url of reads) {
          const res = await call(who, 'get', url);
          expect(res.status).toBeLessThan(500);
          const text = JSON.stringify(res.body);
          for (const s of secrets) if (text.includes(s)) throw new Error(`${who} GET ${url} leaks ${s}`);
        }
      }
      // a coordinator sees them masked; in full only on a reveal with a reason (tests/api/privacy-reveal.test.ts)
      const asCoordinator = await call('coordinator', 'get', `/api/volunteers/${volA.documentId}`).expect(200);
      expect(asCoordinator.body.data).toMatchObject({ phone: '08x-xxx-2233', nationalId: 'x-xxxx-xxxxx-45-0', consent: true });
      const me = await call('volA', 'get', '/api/volunteers/me').expect(200);
      expect(me.body.data).toMatchObject({ documentId: volA.documentId, phone: A_PHONE });
    });
  });

  describe('sign-up, waitlist and cancellation', () => {
    it('a second sign-up is a 409 naming the existing participation', async () => {
      const act = await activity();
      const first = await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201);
      expect(first.body.data.state).toBe('registered');
      const second = await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(409);
      expect(second.body.error.details.participation).toEqual({ documentId: first.body.data.documentId, state: 'registered' });
      expect(second.body.error.message).toContain(first.body.data.documentId);
      const byCoordinator = await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, {
        volunteer: volA.documentId,
      }).expect(409);
      expect(byCoordinator.body.error.details.participation.documentId).toBe(first.body.data.documentId);
      // cancelled, then signing up again re-uses the same participation
      await call('volA', 'post', `/api/participations/${first.body.data.documentId}/cancel`).expect(200);
      const back = await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201);
      expect(back.body.data).toMatchObject({ documentId: first.body.data.documentId, state: 'registered' });
    });

    it('no sign-up to a cancelled, completed or past activity (400 naming activity)', async () => {
      const cancelled = await activity();
      await call('coordinator', 'post', `/api/volunteer-activities/${cancelled.documentId}/cancel`).expect(200);
      const completed = await activity();
      await call('coordinator', 'put', `/api/volunteer-activities/${completed.documentId}`, { data: { state: 'completed' } }).expect(200);
      const past = await activity();
      await makePast(past.documentId);
      for (const a of [cancelled, completed, past]) {
        const res = await call('coordinator', 'post', `/api/volunteer-activities/${a.documentId}/sign-up`, {
          volunteer: volB.documentId,
        }).expect(400);
        expect(res.body.error.message).toContain('activity');
      }
      // and a volunteer does not even see them: 404
      await call('volB', 'post', `/api/volunteer-activities/${past.documentId}/sign-up`).expect(404);
      const missing = await call('coordinator', 'post', `/api/volunteer-activities/${past.documentId}/sign-up`, {}).expect(400);
      expect(missing.body.error.message).toContain('volunteer');
    });

    it('at capacity a sign-up is waitlisted; a cancellation promotes the first waitlisted and emails them', async () => {
      const act = await activity({ capacity: 2 });
      const people = [
        await volunteer(),
        await volunteer(),
        await volunteer({ fullName: 'วันเพ็ญ รอคิว', email: 'first.waiting@example.test' }),
        await volunteer(),
      ];
      const ps: any[] = [];
      for (const v of people) {
        ps.push(
          (
            await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId }).expect(
              201,
            )
          ).body.data,
        );
      }
      expect(ps.map((p) => p.state)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
      const before = app.smtp.messages.length;
      const cancelled = await call('coordinator', 'post', `/api/participations/${ps[0].documentId}/cancel`).expect(200);
      expect(cancelled.body.data.state).toBe('cancelled');
      expect(cancelled.body.meta.promoted).toEqual([ps[2].documentId]);
      expect((await participation(ps[2].documentId)).state).toBe('registered');
      expect((await participation(ps[3].documentId)).state).toBe('waitlisted');
      // cancelling a waitlisted one promotes nobody
      const w = await call('coordinator', 'post', `/api/participations/${ps[3].documentId}/cancel`).expect(200);
      expect(w.body.meta.promoted).toEqual([]);
      await call('coordinator', 'post', `/api/participations/${ps[3].documentId}/cancel`).expect(400);
      await sendMail();
      const mail = app.smtp.messages.slice(before).filter((m) => m.to.includes('first.waiting@example.test'));
      expect(mail).toHaveLength(1);
      expect(mail[0].subject).toContain(act.title);
      expect(mail[0].text).toContain('วันเพ็ญ รอคิว');
      // raising the capacity moves the waitlist up too
      const act2 = await activity({ capacity: 1 });
      const w1 = (
        await call('coordinator', 'post', `/api/volunteer-activities/${act2.documentId}/sign-up`, {
          volunteer: people[0].documentId,
        }).expect(201)
      ).body.data;
      const w2 = (
        await call('coordinator', 'post', `/api/volunteer-activities/${act2.documentId}/sign-up`, {
          volunteer: people[1].documentId,
        }).expect(201)
      ).body.data;
      expect([w1.state, w2.state]).toEqual(['registered', 'waitlisted']);
      const raised = await call('coordinator', 'put', `/api/volunteer-activities/${act2.documentId}`, { data: { capacity: 2 } }).expect(
        200,
      );
      expect(raised.body.data).toMatchObject({ registered: 2, waitlisted: 0, placesLeft: 0 });
    });

    it('20 concurrent sign-ups for 5 places: exactly 5 registered, 15 waitlisted', async () => {
      const act = await activity({ capacity: 5 });
      const people: any[] = [];
      for (let i = 0; i < 20; i++) people.push(await volunteer());
      const results = await Promise.all(
        people.map((v) => call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      const states = results.map((r) => r.body.data.state);
      expect(states.filter((s) => s === 'registered')).toHaveLength(5);
      expect(states.filter((s) => s === 'waitlisted')).toHaveLength(15);
      const rows = await app.strapi.db.query(PARTICIPATION).findMany({ where: { activity: { documentId: act.documentId } } });
      expect(rows.filter((r: any) => r.state === 'registered')).toHaveLength(5);
      expect(rows).toHaveLength(20);
      // and 10 concurrent duplicates of one sign-up: one participation, the rest 409
      const v = await volunteer();
      const dup = await Promise.all(
        Array.from({ length: 10 }, () =>
          call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId }),
        ),
      );
      expect(dup.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    });

    it('cancelling an activity emails everyone signed up, once', async () => {
      const act = await activity({ capacity: 1 });
      const v1 = await volunteer({ email: 'cancel.one@example.test' });
      const v2 = await volunteer({ email: 'cancel.two@example.test' });
      for (const v of [v1, v2])
        await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId }).expect(201);
      const before = app.smtp.messages.length;
      const first = await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/cancel`, { reason: 'พายุเข้า' }).expect(
        200,
      );
      expect(first.body.data.state).toBe('cancelled');
      expect(first.body.meta.volunteersNotified).toBe(2);
      const second = await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/cancel`).expect(200);
      expect(second.body.meta.volunteersNotified).toBe(0);
      await call('coordinator', 'put', `/api/volunteer-activities/${act.documentId}`, { data: { place: 'x' } }).expect(400);
      await sendMail();
      const mail = app.smtp.messages.slice(before).filter((m) => m.to.some((t) => t.startsWith('cancel.')));
      expect(mail.map((m) => m.to[0]).sort()).toEqual(['cancel.one@example.test', 'cancel.two@example.test']);
      expect(mail[0].text).toContain('พายุเข้า');
    });
  });

  describe('attendance, hours and totals', () => {
    let act: any;
    let pA: string;
    let pB: string;
    beforeAll(async () => {
      act = await activity({ capacity: 10, province: 'TH-21' });
      pA = (await call('volA', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201)).body.data.documentId;
      pB = (await call('volB', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`).expect(201)).body.data.documentId;
    });

    it('attendance only once the activity has started', async () => {
      const res = await call('coordinator', 'post', `/api/participations/${pA}/attendance`, { state: 'attended', hours: 2 }).expect(400);
      expect(res.body.error.message).toContain('activity');
    });

    it('hours must be more than 0 and at most the activity’s length; no_show has none', async () => {
      await makePast(act.documentId, 4);
      const bad: Array<[object, string]> = [
        [{ state: 'attended', hours: 0 }, 'hours'],
        [{ state: 'attended', hours: -1 }, 'hours'],
        [{ state: 'attended', hours: 4.5 }, 'hours'],
        [{ state: 'attended' }, 'hours'],
        [{ state: 'attended', hours: 'สาม' }, 'hours'],
        [{ state: 'no_show', hours: 3 }, 'hours'],
        [{ state: 'registered' }, 'state'],
        [{ state: 'attended', hours: 2, minutes: 5 }, 'minutes'],
      ];
      for (const [body, field] of bad) {
        const res = await call('coordinator', 'post', `/api/participations/${pA}/attendance`, body);
        expect([res.status, res.body.error?.message]).toEqual([400, expect.stringContaining(field)]);
      }
      expect((await participation(pA)).state).toBe('registered');
      const ok = await call('coordinator', 'post', `/api/participations/${pA}/attendance`, { state: 'attended', hours: 3.5 }).expect(200);
      expect(ok.body.data).toMatchObject({ state: 'attended', hours: 3.5 });
      await call('coordinator', 'post', `/api/participations/${pB}/attendance`, { state: 'no_show' }).expect(200);
      // a corrected record
      await call('coordinator', 'post', `/api/participations/${pB}/attendance`, { state: 'attended', hours: 4 }).expect(200);
      // a finished participation cannot be cancelled
      await call('volA', 'post', `/api/participations/${pA}/cancel`).expect(400);
    });

    it('totals per volunteer and per province, and a volunteer’s own total', async () => {
      const byVolunteer = await call('coordinator', 'get', '/api/volunteer-hours?by=volunteer').expect(200);
      const a = byVolunteer.body.data.find((r: any) => r.volunteer.documentId === volA.documentId);
      expect(a).toMatchObject({ hours: 3.5, activities: 1, province: { code: 'TH-50' } });
      const byProvince = await call('coordinator', 'get', '/api/volunteer-hours?by=province').expect(200);
      expect(byProvince.body.data.find((r: any) => r.province?.code === 'TH-50')).toMatchObject({
        hours: 7.5,
        volunteers: 2,
        activities: 1,
      });
      expect(byProvince.body.meta.totalHours).toBe(7.5);
      const me = await call('volA', 'get', '/api/volunteers/me').expect(200);
      expect(me.body.data).toMatchObject({ totalHours: 3.5, activitiesAttended: 1 });
      const empty = await call('coordinator', 'get', '/api/volunteer-hours?from=2030-01-01&to=2030-12-31').expect(200);
      expect(empty.body.data).toEqual([]);
      for (const q of ['by=agency', 'from=2026-13-01', 'from=yesterday', 'from=2026-05-01&to=2026-04-01']) {
        const res = await call('coordinator', 'get', `/api/volunteer-hours?${q}`).expect(400);
        expect(res.body.error.message).toMatch(/by|from|to/);
      }
    });

    it('CSV exports: BOM, header, Thai text', async () => {
      const parts = await call('coordinator', 'get', `/api/volunteer-activities/${act.documentId}/participants/export`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(parts.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(parts.headers['content-disposition']).toContain('attachment');
      const bytes: Buffer = parts.body;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'ลำดับ / No.,ชื่อ-สกุล / Name,จังหวัด / Province,โทรศัพท์ / Phone,อีเมล / Email,สถานะ / State,ชั่วโมง / Hours,ลงทะเบียนเมื่อ / Signed up',
      );
      expect(lines.find((l) => l.includes('สมศรี อาสาดี'))).toMatch(
        /^\d+,สมศรี อาสาดี,เชียงใหม่,0891112233,somsri\.a@example\.test,attended,3\.5,/,
      );
      const hours = await call('coordinator', 'get', '/api/volunteer-hours/export').expect(200);
      expect(hours.text.startsWith('\uFEFF')).toBe(true);
      const hl = hours.text.slice(1).split('\r\n');
      expect(hl[0]).toBe('ชื่อ-สกุล / Name,จังหวัด / Province,กิจกรรมที่เข้าร่วม / Activities attended,ชั่วโมง / Hours');
      expect(hl).toContain('สมศรี อาสาดี,เชียงใหม่,1,3.5');
      await call('coordinator', 'get', '/api/volunteer-hours/export?from=bad').expect(400);
    });
  });

  describe('reminders before an activity (the obligation engine)', () => {
    it('reminds each registered volunteer once, in their daily digest, the day before; not the waitlisted', async () => {
      // any hour the activity happens to start at is inside the policy's hours
      await app.strapi.db
        .query('api::reminder-policy.reminder-policy')
        .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
      const act = await activity({ capacity: 2, title: 'เก็บขยะชายหาดบางแสน' });
      const people = [
        await volunteer({ email: 'rem.one@example.test' }),
        await volunteer({ email: 'rem.two@example.test' }),
        await volunteer({ email: 'rem.wait@example.test' }),
      ];
      for (const v of people)
        await call('coordinator', 'post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId }).expect(201);
      const start = new Date(act.startAt).getTime();
      const chase = (now: Date) => findJob('chase-obligations')!.run({ strapi: app.strapi, now, dryRun: false });
      const digestsFor = async () =>
        (
          await app.strapi.db.query(NOTIFICATION).findMany({
            where: { templateKey: 'obligation.digest', to: { $startsWith: 'rem.' }, text: { $contains: 'เก็บขยะชายหาดบางแสน' } },
          })
        )
          .map((n: any) => n.to)
          .sort();
      await chase(new Date(start - 37 * HOUR));
      expect(await digestsFor()).toEqual([]);
      const now = new Date(start - 24 * HOUR);
      await chase(now);
      expect(await digestsFor()).toEqual(['rem.one@example.test', 'rem.two@example.test']);
      await chase(new Date(now.getTime() + HOUR));
      expect(await digestsFor()).toHaveLength(2);
      const before = app.smtp.messages.length;
      await dispatchNotifications({ strapi: app.strapi, now, dryRun: false });
      const mail = app.smtp.messages.slice(before).filter((m) => m.to.some((t) => t.startsWith('rem.')));
      expect(mail.map((m) => m.to[0]).sort()).toEqual(['rem.one@example.test', 'rem.two@example.test']);
      expect(mail[0].text).toContain('เก็บขยะชายหาดบางแสน');
      expect(mail[0].subject).toMatch(/25\d\d/); // Buddhist year
    });
  });

  describe('admin-panel writes follow the same rules', () => {
    it('duplicates refused, over-capacity waitlisted, hours checked, a cancellation promotes', async () => {
      const act = await activity({ capacity: 1 });
      const v1 = await volunteer();
      const v2 = await volunteer({ email: 'admin.promoted@example.test' });
      const docs = app.strapi.documents(PARTICIPATION as any);
      const p1: any = await docs.create({ data: { volunteer: v1.documentId, activity: act.documentId, state: 'registered' } as any });
      expect(p1.state).toBe('registered');
      const p2: any = await docs.create({ data: { volunteer: v2.documentId, activity: act.documentId, state: 'registered' } as any });
      expect(p2.state).toBe('waitlisted');
      const dup = await docs.create({ data: { volunteer: v1.documentId, activity: act.documentId } as any }).catch((e: any) => e);
      expect(dup.name).toBe('ValidationError');
      // and the database itself refuses a second row with the same key
      const key = (await participation(p1.documentId)).key;
      // (matched on the message: better-sqlite3's errors may come from another jest realm, not `instanceof Error` here)
      await expect(app.strapi.db.query(PARTICIPATION).create({ data: { key, state: 'registered' } })).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/unique|duplicate key/i),
      );
      expect(JSON.stringify(dup.details)).toContain(`already signed up for this activity (participation ${p1.documentId}, registered)`);
      expect(await app.strapi.db.query(PARTICIPATION).count({ where: { activity: { documentId: act.documentId } } })).toBe(2);
      const tooLong = await docs.update({ documentId: p1.documentId, data: { state: 'attended', hours: 9 } as any }).catch((e: any) => e);
      expect(tooLong.message).toContain('hours');
      expect((await participation(p1.documentId)).state).toBe('registered');
      await docs.update({ documentId: p1.documentId, data: { state: 'cancelled' } as any });
      expect((await participation(p2.documentId)).state).toBe('registered');
      // and cancelling the activity in the admin panel emails the volunteers signed up
      await app.strapi.documents(ACTIVITY as any).update({ documentId: act.documentId, data: { state: 'cancelled' } as any });
      const keys = (
        await app.strapi.db
          .query(NOTIFICATION)
          .findMany({ where: { templateKey: 'activity.cancelled', to: 'admin.promoted@example.test' } })
      ).length;
      expect(keys).toBe(1);
    });

    it('volunteers need consent for contact data and activities end after they start, in the admin panel too', async () => {
      const vols = app.strapi.documents(VOLUNTEER as any);
      const noConsent = await vols.create({ data: { fullName: 'ผ่านแผงควบคุม', phone: '0812223333' } as any }).catch((e: any) => e);
      expect(noConsent.message).toContain('consent');
      const badId = await vols
        .create({ data: { fullName: 'เลขผิด', nationalId: '1101700203451', consent: true } as any })
        .catch((e: any) => e);
      expect(badId.message).toContain('nationalId');
      expect(await app.strapi.db.query(VOLUNTEER).count({ where: { fullName: { $in: ['ผ่านแผงควบคุม', 'เลขผิด'] } } })).toBe(0);
      const ok: any = await vols.create({ data: { fullName: 'ยินยอมแล้ว', phone: '0812223333', consent: true } as any });
      expect((await app.strapi.db.query(VOLUNTEER).findOne({ where: { documentId: ok.documentId } })).consentAt).toBeTruthy();
      const start = new Date(Date.now() + DAY);
      const backwards = await app.strapi
        .documents(ACTIVITY as any)
        .create({ data: { title: 'ย้อนเวลา', startAt: start, endAt: new Date(start.getTime() - HOUR), capacity: 3 } as any })
        .catch((e: any) => e);
      expect(backwards.message).toContain('endAt');
      expect(await app.strapi.db.query(ACTIVITY).count({ where: { title: 'ย้อนเวลา' } })).toBe(0);
    });
  });

  it('bad input is a 4xx naming the field, never a 500, and writes nothing', async () => {
    const act = await activity();
    const before = await app.strapi.db.query(VOLUNTEER).count();
    const cases: Array<['post' | 'put' | 'get', string, unknown, number, string | null]> = [
      ['post', '/api/volunteers', [], 400, 'body'],
      ['post', '/api/volunteers', { data: 'x' }, 400, 'data'],
      ['post', '/api/volunteers', { data: { fullName: 'ก', skills: [1, {}] } }, 400, 'skills'],
      ['post', '/api/volunteers', { data: { fullName: 'ก', user: 'abc' } }, 400, 'user'],
      ['post', '/api/volunteers', { data: { fullName: 'ก', user: 999999 } }, 400, 'user'],
      ['post', '/api/volunteers', { data: { fullName: 'ก', state: 'deleted' } }, 400, 'state'],
      ['post', '/api/volunteers', { data: { fullName: 'ก', role: 1 } }, 400, 'role'],
      ['put', '/api/volunteers/nope', { data: { fullName: 'ก' } }, 404, null],
      ['post', '/api/volunteer-activities', { data: { title: 'x', startAt: 'soon', endAt: 'later', capacity: 1.5 } }, 400, 'startAt'],
      [
        'post',
        '/api/volunteer-activities',
        { data: { title: 'x', startAt: '2030-01-01T10:00:00Z', endAt: '2030-01-01T09:00:00Z', capacity: 2 } },
        400,
        'endAt',
      ],
      [
        'post',
        '/api/volunteer-activities',
        { data: { title: 'x', startAt: '2030-01-01T10:00:00Z', endAt: '2030-01-01T11:00:00Z', capacity: 0 } },
        400,
        'capacity',
      ],
      ['put', `/api/volunteer-activities/${act.documentId}`, { data: { state: 'cancelled' } }, 400, 'state'],
      ['put', `/api/volunteer-activities/${act.documentId}`, { data: { capacity: 'many' } }, 400, 'capacity'],
      ['post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: { id: 1 } }, 400, 'volunteer'],
      ['post', `/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: 'nope' }, 400, 'volunteer'],
      ['post', '/api/volunteer-activities/nope/sign-up', { volunteer: volA.documentId }, 404, null],
      ['post', `/api/volunteer-activities/${act.documentId}/cancel`, { reason: { a: 1 } }, 400, 'reason'],
      ['post', '/api/participations/nope/cancel', {}, 404, null],
      ['post', '/api/participations/nope/attendance', { state: 'attended', hours: 1 }, 404, null],
      ['get', '/api/participations?state=lost', undefined, 400, 'state'],
      ['get', '/api/volunteers?q=', undefined, 400, 'q'],
      ['get', '/api/volunteer-hours?from[]=x', undefined, 400, 'from'],
      ['get', '/api/volunteer-activities/nope/participants/export', undefined, 404, null],
    ];
    for (const [method, url, body, status, field] of cases) {
      const res = await call('coordinator', method, url, body as object | undefined);
      if (res.status !== status || (field && !String(res.body.error?.message).includes(field))) {
        throw new Error(`${method.toUpperCase()} ${url} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(await app.strapi.db.query(VOLUNTEER).count()).toBe(before);
  });

  describe('the Volunteer coordinator admin role in the content manager', () => {
    let token: string;
    beforeAll(async () => {
      const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'volunteer-coordinator' });
      await app.strapi.service('admin::user').create({
        email: 'coordinator.admin@example.test',
        firstname: 'Volunteer',
        lastname: 'Coordinator',
        password: 'Coordinator-passw0rd',
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
      const login = await app
        .http()
        .post('/admin/login')
        .send({ email: 'coordinator.admin@example.test', password: 'Coordinator-passw0rd' })
        .expect(200);
      token = login.body.data.token;
    });
    const cm = (method: 'get' | 'post' | 'put', path: string, body?: object) => {
      const req = app.http()[method](`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${token}`);
      return body ? req.send(body) : req;
    };

    it('reaches the volunteer types and provinces (read-only), nothing else', async () => {
      for (const uid of [VOLUNTEER, ACTIVITY, PARTICIPATION, 'api::province.province']) await cm('get', uid).expect(200);
      for (const uid of [
        'api::complaint.complaint',
        'api::progress-report.progress-report',
        'api::project.project',
        'api::training-material.training-material',
        'plugin::users-permissions.user',
        NOTIFICATION,
      ]) {
        await cm('get', uid).expect(403);
      }
      await cm('post', 'api::province.province', { code: 'TH-98', nameTh: 'ทดสอบ', nameEn: 'Test', region: 'north' }).expect(403);
    });

    it('keeps the rules: consent, capacity, duplicates, hours; cancelling an activity emails the volunteers', async () => {
      const noConsent = await cm('post', VOLUNTEER, { fullName: 'แผงควบคุม ไม่ยินยอม', phone: '0812345678' }).expect(400);
      expect(JSON.stringify(noConsent.body.error)).toContain('consent');
      const act = await activity({ capacity: 1 });
      const v1 = await volunteer();
      const v2 = await volunteer({ email: 'cm.waiting@example.test' });
      const sign = (v: any) =>
        cm('post', PARTICIPATION, {
          volunteer: { connect: [{ documentId: v.documentId }] },
          activity: { connect: [{ documentId: act.documentId }] },
          state: 'registered',
        });
      const p1 = await sign(v1).expect(201);
      expect(p1.body.data.state).toBe('registered');
      const p2 = await sign(v2).expect(201);
      expect(p2.body.data.state).toBe('waitlisted');
      const dup = await sign(v1).expect(400);
      expect(JSON.stringify(dup.body.error)).toContain('already signed up');
      await makePast(act.documentId, 4);
      const tooLong = await cm('put', `${PARTICIPATION}/${p1.body.data.documentId}`, { state: 'attended', hours: 5 }).expect(400);
      expect(JSON.stringify(tooLong.body.error)).toContain('hours');
      await cm('put', `${PARTICIPATION}/${p1.body.data.documentId}`, { state: 'attended', hours: 4 }).expect(200);
      const next = await activity({ capacity: 3 });
      await call('coordinator', 'post', `/api/volunteer-activities/${next.documentId}/sign-up`, { volunteer: v2.documentId }).expect(201);
      await cm('put', `${ACTIVITY}/${next.documentId}`, { state: 'cancelled' }).expect(200);
      const queued = await app.strapi.db
        .query(NOTIFICATION)
        .findMany({ where: { templateKey: 'activity.cancelled', to: 'cm.waiting@example.test' } });
      expect(queued).toHaveLength(1);
    });
  });

  describe('demo data', () => {
    it('30 volunteers, 6 activities (past with attendance, open, one full with a waitlist); a second load adds nothing', async () => {
      const first = await loadVolunteersDemo(app.strapi);
      expect(first).toEqual({ volunteers: 30, activities: 6 });
      expect(await loadVolunteersDemo(app.strapi)).toEqual({ volunteers: 0, activities: 0 });
      const full = await app.strapi.db.query(ACTIVITY).findOne({ where: { title: 'หน่วยปฐมพยาบาลงานวันอุตสาหกรรม' } });
      const states = (await app.strapi.db.query(PARTICIPATION).findMany({ where: { activity: { id: full.id } } })).map((p: any) => p.state);
      expect(states.filter((s: string) => s === 'registered')).toHaveLength(full.capacity);
      expect(states.filter((s: string) => s === 'waitlisted').length).toBeGreaterThan(0);
      expect(
        await app.strapi.db.query(PARTICIPATION).count({ where: { state: 'attended', activity: { title: 'ปลูกป่าชายเลนรอบนิคมอุตสาหกรรม' } } }),
      ).toBe(7);
    });
  });
});
