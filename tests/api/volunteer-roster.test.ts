import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';

const SKILL = 'ปฐมพยาบาล';

describe('rapid roster: calling volunteers in for an emergency', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let volunteerUser: TestUser;
  const vols: Record<string, any> = {};

  const post = (url: string, body: object, auth?: string) => {
    const r = app.http().post(url);
    if (auth) r.set('Authorization', auth);
    return r.send(body);
  };
  const get = (url: string, auth?: string) => {
    const r = app.http().get(url);
    if (auth) r.set('Authorization', auth);
    return r;
  };
  async function tokensByName() {
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(vols)) {
      const mail = app.smtp.messages.filter((m) => m.to.includes(v.email) && m.subject.includes('เรียกกำลังจิตอาสาด่วน'));
      const token = mail.length ? /\/volunteer\/roster\.html#([A-Za-z0-9_-]+)/.exec(mail[mail.length - 1].text)?.[1] : undefined;
      if (token) out[name] = token;
    }
    return out;
  }

  beforeAll(async () => {
    app = await bootStrapi();
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    volunteerUser = await createUser(app.strapi, 'volunteer');
    const make = async (name: string, data: object) => {
      const res = await post(
        '/api/volunteers',
        { data: { fullName: name, email: `${name}@example.test`, phone: '0891234567', consent: true, ...data } },
        coordinator.auth,
      );
      expect(res.status).toBe(201);
      vols[name] = { ...res.body.data, email: `${name}@example.test` };
    };
    await make('here1', { province: 'TH-11', skills: [SKILL] });
    await make('here2', { province: 'TH-11', skills: [SKILL, 'ขับรถ'] });
    await make('near', { province: 'TH-13', skills: [SKILL] }); // same (central) region
    await make('far', { province: 'TH-50', skills: [SKILL] }); // the north
    await make('unskilled', { province: 'TH-11', skills: ['ขับรถ'] });
    await make('inactive', { province: 'TH-11', skills: [SKILL], state: 'inactive' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('calls the qualified in or near the province; yes/no from a link; the coordinator sees who is coming; full closes it', async () => {
    const created = await post(
      '/api/volunteer-rosters',
      { title: 'ไฟไหม้โรงงาน ต้องการอาสาช่วยอพยพ', message: 'รวมพลที่ที่ว่าการอำเภอ', province: 'TH-11', skills: [SKILL], needed: 2 },
      coordinator.auth,
    ).expect(201);
    expect(created.body.meta.called).toBe(3);
    expect(created.body.data).toMatchObject({ state: 'open', called: 3, pending: 3, yes: 0, coming: [] });
    const tokens = await tokensByName();
    expect(Object.keys(tokens).sort()).toEqual(['here1', 'here2', 'near']);

    // the link's page sees the call and its own answer, nothing personal
    const seen = await post('/api/volunteer-rosters/answer', { token: tokens.here1 }).expect(200);
    expect(seen.body.data).toEqual({
      title: 'ไฟไหม้โรงงาน ต้องการอาสาช่วยอพยพ',
      message: 'รวมพลที่ที่ว่าการอำเภอ',
      place: null,
      province: 'สมุทรปราการ',
      state: 'open',
      answer: 'pending',
    });
    await app.http().get('/volunteer/roster.html').expect(200);

    await post('/api/volunteer-rosters/answer', { token: tokens.here1, answer: 'yes' }).expect(200);
    await post('/api/volunteer-rosters/answer', { token: tokens.near, answer: 'no' }).expect(200);
    const full = await post('/api/volunteer-rosters/answer', { token: tokens.here2, answer: 'yes' }).expect(200);
    expect(full.body.data).toMatchObject({ state: 'full', answer: 'yes' });
    // full: a late yes is refused, naming the answer
    const late = await post('/api/volunteer-rosters/answer', { token: tokens.near, answer: 'yes' }).expect(400);
    expect(late.body.error.message).toContain('answer');
    expect(JSON.stringify(late.body.error)).toContain('the call is full');

    const view = await get(`/api/volunteer-rosters/${created.body.data.documentId}`, coordinator.auth).expect(200);
    expect(view.body.data).toMatchObject({ state: 'full', called: 3, yes: 2, no: 1, pending: 0 });
    expect(view.body.data.coming.map((c: any) => c.fullName).sort()).toEqual(['here1', 'here2']);
    expect(view.body.data.coming[0].phone).toBe('0891234567');
    expect(view.body.data.closedAt).toBeTruthy();

    // a yes turning no frees a place and reopens the call
    const reopened = await post('/api/volunteer-rosters/answer', { token: tokens.here1, answer: 'no' }).expect(200);
    expect(reopened.body.data.state).toBe('open');
    await post('/api/volunteer-rosters/answer', { token: tokens.near, answer: 'yes' }).expect(200);

    // closed by the coordinator: no more answers
    const junk = await post(`/api/volunteer-rosters/${created.body.data.documentId}/close`, { state: 'open' }, coordinator.auth).expect(
      400,
    );
    expect(JSON.stringify(junk.body.error)).toContain('state');
    await post(`/api/volunteer-rosters/${created.body.data.documentId}/close`, {}, coordinator.auth).expect(200);
    const closed = await post('/api/volunteer-rosters/answer', { token: tokens.here1, answer: 'yes' }).expect(400);
    expect(JSON.stringify(closed.body.error)).toContain('the call is closed');
    // each volunteer was e-mailed once
    for (const name of ['here1', 'here2', 'near']) {
      expect(app.smtp.messages.filter((m) => m.to.includes(vols[name].email))).toHaveLength(1);
    }
  });

  it('only its own province without nearby; only coordinators see call-outs; bad input is a 400 naming the field', async () => {
    const own = await post(
      '/api/volunteer-rosters',
      { title: 'น้ำท่วม', province: 'TH-11', nearby: false, needed: 5 },
      coordinator.auth,
    ).expect(201);
    // without skills asked, every active volunteer of the province with an address
    expect(own.body.meta.called).toBe(3);

    for (const auth of [undefined, volunteerUser.auth]) {
      expect([401, 403]).toContain((await get('/api/volunteer-rosters', auth)).status);
      expect([401, 403]).toContain((await get(`/api/volunteer-rosters/${own.body.data.documentId}`, auth)).status);
    }
    const list = await get('/api/volunteer-rosters', coordinator.auth).expect(200);
    expect(list.body.data.length).toBe(2);
    expect(JSON.stringify(list.body)).not.toContain('0891234567');

    const cases: Array<[object, string]> = [
      [{ title: 'x', province: 'XX', needed: 1 }, 'province'],
      [{ title: 'x', province: 'TH-11', needed: 0 }, 'needed'],
      [{ province: 'TH-11', needed: 1 }, 'title'],
      [{ title: 'x', province: 'TH-11', needed: 1, complaint: 'nope' }, 'complaint'],
      [{ title: 'x', province: 'TH-11', needed: 1, colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const res = await post('/api/volunteer-rosters', body, coordinator.auth);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    const badToken = await post('/api/volunteer-rosters/answer', { token: 'x' }).expect(400);
    expect(badToken.body.error.message).toContain('token');
    await post('/api/volunteer-rosters/answer', { token: 'A'.repeat(32), answer: 'yes' }).expect(404);
  });

  it('a signed-in volunteer sees the calls they were called to and answers in the staff app; no one else can', async () => {
    const me = await createUser(app.strapi, 'volunteer');
    await post(
      '/api/volunteers',
      { data: { fullName: 'สมศรี ในแอป', email: 'insapp@example.test', consent: true, province: 'TH-20', skills: [SKILL], user: me.id } },
      coordinator.auth,
    ).expect(201);
    const call = (
      await post(
        '/api/volunteer-rosters',
        { title: 'ไฟไหม้โกดังสารเคมี ชลบุรี', province: 'TH-20', needed: 1, nearby: false },
        coordinator.auth,
      ).expect(201)
    ).body.data;
    const mine = (await get('/api/volunteer-rosters/mine', me.auth).expect(200)).body.data;
    expect(mine).toEqual([expect.objectContaining({ documentId: call.documentId, title: 'ไฟไหม้โกดังสารเคมี ชลบุรี', answer: 'pending' })]);
    expect(JSON.stringify(mine)).not.toContain('insapp@example.test');

    // not called (no profile): nothing listed, and the call is not theirs to answer
    expect((await get('/api/volunteer-rosters/mine', volunteerUser.auth).expect(200)).body.data).toEqual([]);
    await post(`/api/volunteer-rosters/${call.documentId}/my-answer`, { answer: 'yes' }, volunteerUser.auth).expect(404);
    expect([401, 403]).toContain((await post(`/api/volunteer-rosters/${call.documentId}/my-answer`, { answer: 'yes' })).status);

    for (const [body, field] of [
      [{}, 'answer'],
      [{ answer: 'maybe' }, 'answer'],
      [{ answer: 'yes', token: 'x' }, 'token'],
    ] as Array<[object, string]>) {
      const res = await post(`/api/volunteer-rosters/${call.documentId}/my-answer`, body, me.auth);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    const yes = await post(`/api/volunteer-rosters/${call.documentId}/my-answer`, { answer: 'yes' }, me.auth).expect(200);
    expect(yes.body.data).toMatchObject({ answer: 'yes', state: 'full' });
    const seen = (await get(`/api/volunteer-rosters/${call.documentId}`, coordinator.auth).expect(200)).body.data;
    expect(seen.coming.map((c: any) => c.fullName)).toEqual(['สมศรี ในแอป']);
    // the call is full: still listed with the answer, until the coordinator closes it
    expect((await get('/api/volunteer-rosters/mine', me.auth).expect(200)).body.data[0]).toMatchObject({ answer: 'yes', state: 'full' });
    await post(`/api/volunteer-rosters/${call.documentId}/close`, {}, coordinator.auth).expect(200);
    expect((await get('/api/volunteer-rosters/mine', me.auth).expect(200)).body.data).toEqual([]);
  });
});
