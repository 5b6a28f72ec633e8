import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';

/**
 * What the staff app's volunteer pages need of the API: a volunteer edits their own profile and consent
 * (PUT /api/volunteers/me, never their state or account), and sees their place on a full activity's
 * waitlist (`myParticipation.waitlistPosition`).
 */
const HOUR = 3600_000;

describe('a volunteer on their own profile and waitlist place', () => {
  let app: TestApp;
  let me: TestUser;
  let noProfile: TestUser;
  let coordinator: TestUser;
  const put = (u: TestUser, data: unknown) => app.http().put('/api/volunteers/me').set('Authorization', u.auth).send({ data });
  const volunteers: Array<{ user: TestUser; documentId: string }> = [];

  beforeAll(async () => {
    app = await bootStrapi();
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    noProfile = await createUser(app.strapi, 'volunteer');
    for (const name of ['คนที่หนึ่ง', 'คนที่สอง', 'คนที่สาม']) {
      const user = await createUser(app.strapi, 'volunteer');
      const v: any = await app.strapi
        .documents('api::volunteer.volunteer')
        .create({ data: { fullName: name, user: user.id, state: 'active' } as any });
      volunteers.push({ user, documentId: v.documentId });
    }
    me = volunteers[0].user;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('edits their own profile, keeps contact data only with consent, and erases it when consent is withdrawn', async () => {
    const saved = await put(me, {
      fullName: 'คนที่หนึ่ง ใจดี',
      province: 'TH-11',
      skills: ['ปฐมพยาบาล'],
      consent: true,
      phone: '081-234-5678',
    }).expect(200);
    expect(saved.body.data).toMatchObject({ fullName: 'คนที่หนึ่ง ใจดี', consent: true, phone: '081-234-5678', province: { code: 'TH-11' } });
    expect(saved.body.data.consentAt).toBeTruthy();
    const withdrawn = await put(me, { consent: false }).expect(200);
    expect(withdrawn.body.data).toMatchObject({ consent: false, phone: null, consentAt: null });
    const stored = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { documentId: volunteers[0].documentId } });
    expect(stored).toMatchObject({ consent: false, phone: null, fullName: 'คนที่หนึ่ง ใจดี' });
  });

  it('answers bad input with a 400 naming the field, and changes nothing', async () => {
    const before = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { documentId: volunteers[0].documentId } });
    const cases: Array<[unknown, string]> = [
      [{ phone: '081-234-5678' }, 'consent'],
      [{ state: 'inactive' }, 'state'],
      [{ user: noProfile.id }, 'user'],
      [{ nationalId: '1234567890123', consent: true }, 'nationalId'],
      [{ province: 'TH-99' }, 'province'],
      [{ fullName: '' }, 'fullName'],
    ];
    for (const [data, field] of cases) {
      const res = await put(me, data);
      expect([field, res.status, res.body.error?.details?.field]).toEqual([field, 400, field]);
    }
    const after = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { documentId: volunteers[0].documentId } });
    expect(after).toEqual(before);
  });

  it('is a 404 for an account without a volunteer profile (a coordinator edits profiles by id)', async () => {
    await put(noProfile, { fullName: 'ไม่มีโปรไฟล์' }).expect(404);
    await put(coordinator, { fullName: 'ผู้ประสานงาน' }).expect(403);
  });

  it('gives each volunteer on a full activity their own place on the waitlist, which moves up on a cancellation', async () => {
    const activity: any = await app.strapi.documents('api::volunteer-activity.volunteer-activity').create({
      data: {
        title: 'เก็บขยะชายหาด',
        startAt: new Date(Date.now() + 48 * HOUR),
        endAt: new Date(Date.now() + 52 * HOUR),
        capacity: 1,
        state: 'open',
      } as any,
    });
    const signUp = (u: TestUser) =>
      app.http().post(`/api/volunteer-activities/${activity.documentId}/sign-up`).set('Authorization', u.auth).send({}).expect(201);
    const first = await signUp(volunteers[0].user);
    await signUp(volunteers[1].user);
    await signUp(volunteers[2].user);
    const mine = async (u: TestUser) =>
      (await app.http().get(`/api/volunteer-activities/${activity.documentId}`).set('Authorization', u.auth).expect(200)).body.data;
    expect((await mine(volunteers[0].user)).myParticipation).toMatchObject({ state: 'registered', waitlistPosition: null });
    expect((await mine(volunteers[1].user)).myParticipation).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect(await mine(volunteers[2].user)).toMatchObject({
      placesLeft: 0,
      waitlisted: 2,
      myParticipation: { state: 'waitlisted', waitlistPosition: 2 },
    });
    // in the list too
    const list = await app.http().get('/api/volunteer-activities').set('Authorization', volunteers[2].user.auth).expect(200);
    expect(list.body.data.find((a: any) => a.documentId === activity.documentId).myParticipation.waitlistPosition).toBe(2);

    await app
      .http()
      .post(`/api/participations/${first.body.data.documentId}/cancel`)
      .set('Authorization', volunteers[0].user.auth)
      .send({})
      .expect(200);
    expect((await mine(volunteers[1].user)).myParticipation).toMatchObject({ state: 'registered', waitlistPosition: null });
    expect((await mine(volunteers[2].user)).myParticipation).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
  });
});
