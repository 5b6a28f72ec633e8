import { bootStrapi, TestApp } from '../harness/strapi';
import { intakeBody } from '../harness/complaints';
import { computeDueDates, loadSlaPolicy } from '../../src/lib/complaints/sla';
import { seedHolidays } from '../../src/lib/platform/holidays';

/** An instant given as Bangkok wall-clock time (UTC+7 all year). */
const bkk = (local: string) => new Date(`${local}+07:00`);
const HOLIDAY = 'api::holiday.holiday';
const ADMIN = { email: 'calendar-admin@example.test', password: 'Admin-Passw0rd' };

describe('working-day deadlines: the holiday calendar, the SLA, the citizen and Open311', () => {
  let app: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: ADMIN.email, DEMO_ADMIN_PASSWORD: ADMIN.password },
    });
    adminToken = (await app.http().post('/admin/login').send(ADMIN).expect(200)).body.data.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  const service = () => app.strapi.service('api::complaint.complaint') as any;

  it("seeds the Thai public holidays of 2569 and 2570 at start, readable by anyone, and never undoes an administrator's edits", async () => {
    const res = await app.http().get('/api/holidays').query({ 'filters[date][$eq]': '2026-12-07', 'pagination[pageSize]': 10 }).expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ date: '2026-12-07', nameTh: 'วันหยุดชดเชยวันพ่อแห่งชาติ', kind: 'public' });
    expect(res.body.data[0].seedKey).toBeUndefined();
    const count = (from: string, to: string) => app.strapi.db.query(HOLIDAY).count({ where: { date: { $gte: from, $lte: to } } });
    expect(await count('2026-01-01', '2026-12-31')).toBeGreaterThanOrEqual(19);
    expect(await count('2027-01-01', '2027-12-31')).toBeGreaterThanOrEqual(19);
    for (const date of ['2026-01-01', '2026-01-02', '2026-04-13', '2026-12-10', '2027-01-01', '2027-04-13', '2027-12-31']) {
      expect(await count(date, date)).toBe(1);
    }

    // an administrator renames one day and deletes another (the Cabinet moved it); a later start keeps both edits
    const constitution = await app.strapi.db.query(HOLIDAY).findOne({ where: { date: '2027-12-10' } });
    await app.strapi.db.query(HOLIDAY).update({ where: { id: constitution.id }, data: { nameTh: 'วันรัฐธรรมนูญ (แก้ไขแล้ว)' } });
    await app.strapi.db.query(HOLIDAY).delete({ where: { date: '2027-12-31' } });
    const before = await app.strapi.db.query(HOLIDAY).count();
    expect(await seedHolidays(app.strapi)).toBe(0);
    expect(await app.strapi.db.query(HOLIDAY).count()).toBe(before);
    expect((await app.strapi.db.query(HOLIDAY).findOne({ where: { date: '2027-12-10' } })).nameTh).toBe('วันรัฐธรรมนูญ (แก้ไขแล้ว)');
    expect(await count('2027-12-31', '2027-12-31')).toBe(0);

    // the API is read-only: writes are the panel's
    await app
      .http()
      .post('/api/holidays')
      .send({ data: { date: '2027-03-01', nameTh: 'x' } })
      .expect(405);
  });

  it("counts a complaint's deadlines in working time across the weekend, and a special holiday added in the panel moves the next one", async () => {
    // Friday 8 January 2027, 15:00; a normal odour complaint is acknowledged within 24 working hours (3 working days)
    const received = bkk('2027-01-08T15:00');
    const first = await service().intake(intakeBody(), { channel: 'web', actor: { label: 'test' }, now: received, urgency: 'normal' });
    // Friday 1.5 h, the weekend off, Monday 8 h, Tuesday 8 h, Wednesday 6.5 h
    expect(new Date(first.acknowledgeDueAt)).toEqual(bkk('2027-01-13T15:00'));

    const res = await app
      .http()
      .post(`/content-manager/collection-types/${HOLIDAY}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ date: '2027-01-11', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', nameEn: 'Special holiday', kind: 'special' });
    expect(res.status).toBe(201);

    const second = await service().intake(intakeBody(), { channel: 'web', actor: { label: 'test' }, now: received, urgency: 'normal' });
    expect(new Date(second.acknowledgeDueAt)).toEqual(bkk('2027-01-14T15:00'));
    // an emergency stays on the clock: two hours, whatever the calendar
    const leak = await service().intake(intakeBody({ categoryCode: 'chemical_leak' }), {
      channel: 'web',
      actor: { label: 'test' },
      now: received,
    });
    expect(new Date(leak.acknowledgeDueAt).getTime() - received.getTime()).toBe(3600_000);
  });

  it('shows the working-day deadline to the citizen (tracking) and to Open311 clients (expected_datetime)', async () => {
    const filed = await app.http().post('/api/public/complaints').send(intakeBody()).expect(201);
    const row = await app.strapi.db.query('api::complaint.complaint').findOne({
      where: { ticketNumber: filed.body.data.ticketNumber },
      populate: { category: true },
    });
    const expected = computeDueDates(new Date(row.receivedAt), row.urgency, await loadSlaPolicy(app.strapi), row.category);
    const resolveIso = expected.resolveDueAt.toISOString();
    expect(new Date(filed.body.data.resolveDueAt).toISOString()).toBe(resolveIso);
    // a working instant: a weekday, within 08:30–16:30 Bangkok, not a holiday
    const local = new Date(expected.resolveDueAt.getTime() + 7 * 3600_000);
    const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
    expect(minutes).toBeGreaterThan(8 * 60 + 30);
    expect(minutes).toBeLessThanOrEqual(16 * 60 + 30);
    expect([0, 6]).not.toContain(local.getUTCDay());
    expect(await app.strapi.db.query(HOLIDAY).count({ where: { date: local.toISOString().slice(0, 10) } })).toBe(0);

    const tracked = await app.http().get(`/api/public/complaints/${filed.body.data.trackingCode}`).expect(200);
    expect(new Date(tracked.body.data.resolveDueAt).toISOString()).toBe(resolveIso);
    expect(new Date(tracked.body.data.acknowledgeDueAt).toISOString()).toBe(expected.acknowledgeDueAt.toISOString());

    const open311 = await app.http().get(`/api/open311/v2/requests/${filed.body.data.ticketNumber}.json`).expect(200);
    // GeoReport v2 datetimes are W3C to the second: filed within office hours, the deadline keeps the intake's milliseconds
    const toSecond = (t: Date) => new Date(Math.floor(t.getTime() / 1000) * 1000).toISOString();
    expect(new Date(open311.body[0].expected_datetime).toISOString()).toBe(toSecond(expected.resolveDueAt));
  });
});
