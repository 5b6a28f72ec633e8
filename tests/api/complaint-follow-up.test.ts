import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint, intakeBody } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';

/**
 * The citizen kept informed: updates by e-mail when they asked (public notes only), and after
 * resolution a 1–5 rating and a reopen within the policy's days, with the tracking code alone.
 */
describe('the citizen kept informed: updates, rating and reopen', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;
  beforeAll(async () => {
    app = await bootStrapi({
      env: {
        PUBLIC_INTAKE_RATE_LIMIT: '0',
        PUBLIC_LOOKUP_RATE_LIMIT: '0',
        RECEIPTS_PER_ADDRESS_PER_DAY: '0',
        DEMO_ADMIN_EMAIL: ADMIN.email,
        DEMO_ADMIN_PASSWORD: ADMIN.password,
      },
    });
    s = await complaintStaff(app);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const as = (user: { auth: string }) => ({
    get: (url: string) => app.http().get(url).set('Authorization', user.auth),
    post: (url: string, body?: object) => app.http().post(url).set('Authorization', user.auth).send(body),
  });
  const pub = (code: string, action: string, body: unknown) =>
    app
      .http()
      .post(`/api/public/complaints/${code}/${action}`)
      .send(body as object);
  const row = (documentId: string) => app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId } });
  const ADMIN = { email: 'admin@example.test', password: 'Admin-Passw0rd' };
  /** The homepage widget of citizens' ratings and reopens, as an administrator sees it. */
  async function feedback() {
    const token = (await app.http().post('/admin/login').send(ADMIN).expect(200)).body.data.token;
    return (await app.http().get('/admin/mind-dashboard/feedback').set('Authorization', `Bearer ${token}`).expect(200)).body.data;
  }
  const fieldOf = (res: { body: any }) => `${res.body.error?.message} ${JSON.stringify(res.body.error?.details)}`;

  async function resolve(documentId: string) {
    await as(s.officer).post(`/api/complaints/${documentId}/assign`, { team: s.teamA.documentId }).expect(200);
    await as(s.officer)
      .post(`/api/complaints/${documentId}/transition`, { status: 'resolved', resolutionSummary: 'สั่งปรับปรุงแล้ว', note: 'แก้ไขแล้ว' })
      .expect(200);
  }

  it('asks for an e-mail address to send updates to', async () => {
    for (const [body, field] of [
      [intakeBody({ updatesOptIn: true, complainant: { name: 'ก ข', phone: '0812345678' } }), 'updatesOptIn'],
      [intakeBody({ updatesOptIn: true, anonymous: true, complainant: undefined, consent: undefined }), 'updatesOptIn'],
      [intakeBody({ updatesOptIn: 'yes please' }), 'updatesOptIn'],
    ] as const) {
      const res = await app.http().post('/api/public/complaints').send(body).expect(400);
      expect(fieldOf(res)).toContain(field);
    }
  });

  it('e-mails an opted-in complainant each step once, with public notes only', async () => {
    const c = await fileComplaint(app, { updatesOptIn: true, complainant: { name: 'ผู้ร้อง', email: 'follow@example.test' } });
    const quiet = await fileComplaint(app, { complainant: { name: 'ผู้ร้อง', email: 'quiet@example.test' } });
    for (const x of [c, quiet]) {
      await as(s.officer)
        .post(`/api/complaints/${x.documentId}/transition`, { status: 'triaged', note: 'ภายในเท่านั้น ห้ามเผยแพร่', visibility: 'internal' })
        .expect(200);
      await resolve(x.documentId);
    }
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const mine = app.smtp.messages.filter((m) => m.to.includes('follow@example.test'));
    expect(mine.map((m) => m.subject).sort()).toEqual(
      [
        `เรื่องร้องเรียน ${c.ticketNumber}: เจ้าหน้าที่รับเรื่องของท่านแล้ว`,
        `เรื่องร้องเรียน ${c.ticketNumber}: มอบหมายเจ้าหน้าที่ดำเนินการแล้ว`,
        `เรื่องร้องเรียน ${c.ticketNumber}: ดำเนินการแก้ไขแล้ว`,
      ].sort(),
    );
    expect(mine.find((m) => m.subject.includes('แก้ไขแล้ว'))!.text).toContain('แก้ไขแล้ว');
    for (const m of mine) {
      expect(m.text).not.toContain('ห้ามเผยแพร่');
      expect(m.text).toContain(c.trackingCode);
    }
    expect(app.smtp.messages.filter((m) => m.to.includes('quiet@example.test'))).toHaveLength(0);
  });

  it('an anonymous complainant rates once and reopens once with the tracking code; the reopen gets a new deadline', async () => {
    const before = await feedback();
    const c = await fileComplaint(app, { anonymous: true, complainant: undefined, consent: undefined });
    const early = await pub(c.trackingCode, 'rating', { rating: 5 }).expect(400);
    expect(fieldOf(early)).toContain('status');
    await resolve(c.documentId);
    // its deadline has passed meanwhile: a reopen must give it a new one, from the reopen
    await app.strapi.db
      .query('api::complaint.complaint')
      .update({ where: { documentId: c.documentId }, data: { resolveDueAt: new Date(Date.now() - 3600_000) } });
    const resolved = await row(c.documentId);

    const view = (await app.http().get(`/api/public/complaints/${c.trackingCode}`).expect(200)).body.data;
    expect(view).toMatchObject({ status: 'resolved', canRate: true, rating: null, reopenCount: 0 });
    const until = new Date(view.reopenUntil).getTime();
    expect(until - new Date(resolved.resolvedAt).getTime()).toBe(14 * 86_400_000);

    for (const [body, field] of [
      [{ rating: 6 }, 'rating'],
      [{ rating: 0 }, 'rating'],
      [{ rating: 3.5 }, 'rating'],
      [{ rating: 'good' }, 'rating'],
      [{}, 'rating'],
      [{ rating: 4, comment: 'x' }, 'comment'],
    ] as const) {
      expect(fieldOf(await pub(c.trackingCode, 'rating', body).expect(400))).toContain(field);
    }
    await pub(c.trackingCode, 'rating', { rating: 4 }).expect(200);
    const twice = await pub(c.trackingCode, 'rating', { rating: 5 }).expect(400);
    expect(fieldOf(twice)).toContain('rating');
    expect((await row(c.documentId)).rating).toBe(4);

    expect(fieldOf(await pub(c.trackingCode, 'reopen', {}).expect(400))).toContain('reason');
    const reopened = await pub(c.trackingCode, 'reopen', { reason: 'กลิ่นกลับมาอีกแล้วทุกคืน' }).expect(200);
    expect(reopened.body.data).toMatchObject({ status: 'in_progress', reopenCount: 1 });
    const after = await row(c.documentId);
    expect(after).toMatchObject({ state: 'in_progress', reopenCount: 1, resolvedAt: null });
    expect(new Date(after.resolveDueAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(reopened.body.data.resolveDueAt).getTime()).toBe(new Date(after.resolveDueAt).getTime());
    const again = await pub(c.trackingCode, 'reopen', { reason: 'อีกครั้ง' }).expect(400);
    expect(fieldOf(again)).toContain('status');
    expect((await row(c.documentId)).reopenCount).toBe(1);

    const tracked = (await app.http().get(`/api/public/complaints/${c.trackingCode}`).expect(200)).body.data;
    expect(tracked.timeline.at(-1)).toMatchObject({ kind: 'status_change', fromStatus: 'resolved', toStatus: 'in_progress' });
    expect(JSON.stringify(tracked)).not.toContain('กลิ่นกลับมาอีกแล้ว'); // the reason is for the officers
    const officer = await as(s.officer).get(`/api/complaints/${c.documentId}`).expect(200);
    expect(officer.body.data.reopenCount).toBe(1);
    expect(JSON.stringify(officer.body.data.timeline)).toContain('กลิ่นกลับมาอีกแล้ว');

    // the rating and the reopen count in the division's figures for the fiscal year
    const figures = await feedback();
    expect(figures.received).toBe(before.received + 1);
    expect(figures.rated).toBe(before.rated + 1);
    expect(figures.ratings.find((r: any) => r.rating === 4).count).toBe(before.ratings.find((r: any) => r.rating === 4).count + 1);
    expect(figures.reopened).toBe(before.reopened + 1);
    expect(figures.reopens).toBe(before.reopens + 1);
    expect(figures.averageRating).toBeGreaterThanOrEqual(1);
    expect(figures.links.reopened).toContain('reopenCount');
  });

  it('refuses a reopen after the policy’s days, naming the field, and changes nothing', async () => {
    const c = await fileComplaint(app, { anonymous: true, complainant: undefined, consent: undefined });
    await resolve(c.documentId);
    await app.strapi.db
      .query('api::complaint.complaint')
      .update({ where: { documentId: c.documentId }, data: { resolvedAt: new Date(Date.now() - 15 * 86_400_000) } });
    const late = await pub(c.trackingCode, 'reopen', { reason: 'ยังมีกลิ่น' }).expect(400);
    expect(fieldOf(late)).toContain('resolvedAt');
    expect(await row(c.documentId)).toMatchObject({ state: 'resolved', reopenCount: 0 });
    const view = (await app.http().get(`/api/public/complaints/${c.trackingCode}`).expect(200)).body.data;
    expect(view.reopenUntil).toBeNull();
    await pub('ZZZZZZZZZZZZ', 'reopen', { reason: 'x' }).expect(404);
    await pub('ZZZZZZZZZZZZ', 'rating', { rating: 3 }).expect(404);
  });

  it('limits rating and reopen per client address, as the tracking look-ups are (guessing codes costs)', async () => {
    // the limit is read per request from the environment this in-process Strapi shares
    process.env.PUBLIC_LOOKUP_RATE_LIMIT = '3';
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await pub('ZZZZZZZZZZZ' + i, i % 2 ? 'rating' : 'reopen', { reason: 'x' })).status);
      expect(statuses.slice(0, 3).every((s) => s === 404 || s === 400)).toBe(true);
      expect(statuses[3]).toBe(429);
    } finally {
      process.env.PUBLIC_LOOKUP_RATE_LIMIT = '0';
    }
  });
});
