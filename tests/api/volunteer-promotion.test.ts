import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { lapseVolunteerConfirmations } from '../../src/lib/volunteers/jobs/lapse-volunteer-confirmations';

const PARTICIPATION = 'api::participation.participation';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Confirm-or-lose promotion: the job runs on a clock set relative to the moment of promotion. */
describe('confirm-or-lose promotion from the waitlist', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let userA: TestUser;
  let userB: TestUser;
  let seq = 0;

  const post = (url: string, body?: object, auth?: string) => {
    const req = app.http().post(url);
    if (auth) req.set('Authorization', auth);
    return req.send(body ?? {});
  };
  async function activity(extra: Record<string, unknown>) {
    const startAt = new Date(Date.now() + 3 * DAY);
    const res = await post(
      '/api/volunteer-activities',
      {
        data: {
          title: `กิจกรรมเลื่อนคิว ${++seq}`,
          startAt: startAt.toISOString(),
          endAt: new Date(startAt.getTime() + 4 * HOUR).toISOString(),
          place: 'ศาลากลาง',
          province: 'TH-10',
          capacity: 1,
          ...extra,
        },
      },
      coordinator.auth,
    );
    expect(res.status).toBe(201);
    return res.body.data;
  }
  async function volunteer(name: string, extra: Record<string, unknown> = {}) {
    const email = `promo${++seq}@example.test`;
    const res = await post(
      '/api/volunteers',
      { data: { fullName: name, email, consent: true, province: 'TH-10', ...extra } },
      coordinator.auth,
    );
    expect(res.status).toBe(201);
    // the coordinator's answer masks the address (PDPA); the mail goes to the one given
    return { ...res.body.data, email };
  }
  const signUp = async (act: any, v: any) =>
    (await post(`/api/volunteer-activities/${act.documentId}/sign-up`, { volunteer: v.documentId }, coordinator.auth).expect(201)).body
      .data;
  const row = (documentId: string) => app.strapi.db.query(PARTICIPATION).findOne({ where: { documentId } });
  const runJob = (now: Date) => lapseVolunteerConfirmations({ strapi: app.strapi, now, dryRun: false });
  async function mailTo(address: string) {
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    return app.smtp.messages.filter((m) => m.to.includes(address));
  }
  const tokenIn = (text: string) => /\/volunteer\/confirm\.html#([A-Za-z0-9_-]+)/.exec(text)?.[1];

  beforeAll(async () => {
    app = await bootStrapi();
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    userA = await createUser(app.strapi, 'volunteer');
    userB = await createUser(app.strapi, 'volunteer');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a promoted volunteer has N hours to confirm; unconfirmed, the place passes on; each e-mail once', async () => {
    const act = await activity({ confirmHours: 6 });
    const first = await volunteer('หนึ่ง ลงก่อน');
    const second = await volunteer('สอง รอคิว');
    const third = await volunteer('สาม รอคิว');
    const p1 = await signUp(act, first);
    const p2 = await signUp(act, second);
    const p3 = await signUp(act, third);
    expect([p1.state, p2.state, p3.state]).toEqual(['registered', 'waitlisted', 'waitlisted']);

    await post(`/api/participations/${p1.documentId}/cancel`, {}, coordinator.auth).expect(200);
    const offered = await row(p2.documentId);
    expect(offered.state).toBe('registered');
    const promotedAt = new Date(offered.promotedAt).getTime();
    expect(new Date(offered.confirmBy).getTime()).toBe(promotedAt + 6 * HOUR);
    const [offer] = await mailTo(second.email);
    expect(offer.subject).toContain('กรุณายืนยันที่นั่ง');
    expect(offer.text).toContain('สอง รอคิว');
    expect(tokenIn(offer.text)).toBeTruthy();

    // before the deadline nothing happens; after it, the place passes to the third
    expect(await runJob(new Date(promotedAt + 5 * HOUR))).toMatchObject({ lapsed: 0 });
    expect((await row(p2.documentId)).state).toBe('registered');
    expect(await runJob(new Date(promotedAt + 6 * HOUR + 60_000))).toMatchObject({ lapsed: 1, promoted: 1 });
    const lapsed = await row(p2.documentId);
    expect(lapsed).toMatchObject({ state: 'cancelled', confirmToken: null });
    expect(lapsed.lapsedAt).toBeTruthy();
    expect((await row(p3.documentId)).state).toBe('registered');
    // the run is repeatable: nothing lapses twice, no e-mail twice
    expect(await runJob(new Date(promotedAt + 6 * HOUR + 120_000))).toMatchObject({ lapsed: 0 });
    const toSecond = await mailTo(second.email);
    expect(toSecond.map((m) => m.subject)).toEqual([offer.subject, expect.stringContaining('ที่นั่งถูกส่งต่อแล้ว')]);
    const toThird = await mailTo(third.email);
    expect(toThird).toHaveLength(1);

    // the old link no longer works; the new one confirms from a phone, with no login, twice harmlessly
    await post('/api/participations/confirm', { token: tokenIn(offer.text) }).expect(404);
    const token = tokenIn(toThird[0].text)!;
    const confirmed = await post('/api/participations/confirm', { token }).expect(200);
    expect(confirmed.body.data).toMatchObject({ state: 'registered', activity: { title: act.title } });
    expect(JSON.stringify(confirmed.body)).not.toContain(third.email);
    await post('/api/participations/confirm', { token }).expect(200);
    // confirmed: the job leaves it alone, however late
    expect(await runJob(new Date(promotedAt + 2 * DAY))).toMatchObject({ lapsed: 0 });
    expect((await row(p3.documentId)).state).toBe('registered');
    // the confirm page is served
    await app.http().get('/volunteer/confirm.html').expect(200);
  });

  it('without confirmation (0 hours) the promotion is final and the usual e-mail goes out', async () => {
    const act = await activity({ confirmHours: 0 });
    const first = await volunteer('สี่ ลงก่อน');
    const second = await volunteer('ห้า รอคิว');
    const p1 = await signUp(act, first);
    const p2 = await signUp(act, second);
    await post(`/api/participations/${p1.documentId}/cancel`, {}, coordinator.auth).expect(200);
    const promoted = await row(p2.documentId);
    expect(promoted).toMatchObject({ state: 'registered', confirmBy: null, confirmToken: null });
    expect(await runJob(new Date(Date.now() + 2 * DAY))).toMatchObject({ lapsed: 0 });
    const mail = await mailTo(second.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain('ได้รับที่นั่งแล้ว');
    expect(tokenIn(mail[0].text)).toBeUndefined();
  });

  it('the staff app confirms one’s own place; late, foreign or malformed confirmations are refused', async () => {
    const act = await activity({});
    const first = await volunteer('หก ลงก่อน');
    const mine = await volunteer('เจ็ด ของฉัน', { user: userA.id });
    await volunteer('แปด คนอื่น', { user: userB.id });
    const p1 = await signUp(act, first);
    const p2 = await signUp(act, mine);
    // the default (VOLUNTEER_CONFIRM_HOURS unset) is 24 hours
    await post(`/api/participations/${p1.documentId}/cancel`, {}, coordinator.auth).expect(200);
    const offered = await row(p2.documentId);
    expect(new Date(offered.confirmBy).getTime() - new Date(offered.promotedAt).getTime()).toBe(24 * HOUR);
    await post(`/api/participations/${p2.documentId}/confirm`, {}, userB.auth).expect(404);
    await post(`/api/participations/${p2.documentId}/confirm`, {}).expect(403);

    const bad = await post('/api/participations/confirm', { token: 'x' }).expect(400);
    expect(bad.body.error.message).toContain('token');
    await post('/api/participations/confirm', { token: 'A'.repeat(32) }).expect(404);

    // past the deadline (as time would have it) a confirmation is refused even before the job runs
    await app.strapi.db.query(PARTICIPATION).update({ where: { id: offered.id }, data: { confirmBy: new Date(Date.now() - 60_000) } });
    const late = await post(`/api/participations/${p2.documentId}/confirm`, {}, userA.auth).expect(400);
    expect(late.body.error.message).toContain('token');
    await app.strapi.db.query(PARTICIPATION).update({ where: { id: offered.id }, data: { confirmBy: new Date(Date.now() + HOUR) } });
    const ok = await post(`/api/participations/${p2.documentId}/confirm`, {}, userA.auth).expect(200);
    expect(ok.body.data.confirmedAt).toBeTruthy();
  });
});
