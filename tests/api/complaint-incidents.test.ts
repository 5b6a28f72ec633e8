import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';

/**
 * Incidents: many complaints about one source, worked once. Intake suggests the open incident (same
 * factory, or same category nearby and recently); an officer confirms, splits and merges; the incident's
 * team, visits and states reach every member complaint, each complainant keeps their own tracking code,
 * and only those who asked for updates are e-mailed, once per step.
 */
describe('incidents', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;
  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0', RECEIPTS_PER_ADDRESS_PER_DAY: '0' } });
    s = await complaintStaff(app);
    await app.strapi.db.query('api::incident-policy.incident-policy').create({
      data: {
        windowHours: 72,
        radiusMeters: 1000,
        urgentAtSize: 4,
        emergencyAtSize: 50,
        repeatWindowDays: 90,
        urgentAtRepeat: 10,
        reopenWindowDays: 14,
      },
    });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const as = (user: { auth: string }) => ({
    get: (url: string) => app.http().get(url).set('Authorization', user.auth),
    post: (url: string, body?: object) => app.http().post(url).set('Authorization', user.auth).send(body),
  });
  const row = (documentId: string) =>
    app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId }, populate: { incident: true } });
  const track = (code: string) => app.http().get(`/api/public/complaints/${code}`).expect(200);
  const person = (name: string, email: string) => ({ complainant: { name, email, phone: '0812345678' }, consent: true });

  // Mab Ta Phut: a factory and its neighbours (about 220 m apart), and a complaint far away
  const AT = { latitude: 12.7, longitude: 101.15 };
  const REG = '3-89(2)-1/45รย';

  it('suggests, confirms, splits and merges; every complainant follows the incident with their own code', async () => {
    const a = await fileComplaint(app, {
      ...person('ผู้ร้อง เอ', 'a@example.test'),
      updatesOptIn: true,
      factoryRegistrationNumber: REG,
      ...AT,
    });
    const b = await fileComplaint(app, { ...person('ผู้ร้อง บี', 'b@example.test'), factoryRegistrationNumber: REG, ...AT });

    const created = await as(s.officer)
      .post('/api/incidents', { complaints: [a.ticketNumber, b.documentId] })
      .expect(201);
    const inc = created.body.data;
    expect(inc.code).toMatch(/^INC-25\d\d-\d{6}$/);
    expect(inc.complaints.map((c: any) => c.incidentLink)).toEqual(['confirmed', 'confirmed']);

    // a third about the same factory, anonymous: suggested by the factory
    const c = await fileComplaint(app, { anonymous: true, complainant: undefined, consent: undefined, factoryRegistrationNumber: REG });
    // a fourth of the same category 220 m away, no factory named: suggested by place and time
    const d = await fileComplaint(app, {
      ...person('ผู้ร้อง ดี', 'd@example.test'),
      updatesOptIn: true,
      factoryName: undefined,
      latitude: AT.latitude + 0.002,
      longitude: AT.longitude,
    });
    // far away (55 km): not suggested
    const far = await fileComplaint(app, { ...person('ผู้ร้อง ไกล', 'far@example.test'), latitude: 13.2, longitude: 101.15 });
    expect(await row(c.documentId)).toMatchObject({ incidentLink: 'suggested', incident: { documentId: inc.documentId } });
    expect(await row(d.documentId)).toMatchObject({ incidentLink: 'suggested', incident: { documentId: inc.documentId } });
    expect((await row(far.documentId)).incident).toBeNull();
    const urgencyBefore = await row(a.documentId);
    expect(urgencyBefore.urgency).toBe('normal');

    // confirming the suggestions makes four: the rule (urgent at 4) raises every member and moves its deadline
    const confirmed = await as(s.officer).post(`/api/incidents/${inc.documentId}/confirm`, {}).expect(200);
    expect(confirmed.body.data.complaints).toHaveLength(4);
    expect(confirmed.body.data.urgency).toBe('urgent');
    for (const m of [a, b, c, d]) expect((await row(m.documentId)).urgency).toBe('urgent');
    expect(new Date((await row(a.documentId)).resolveDueAt).getTime()).toBeLessThan(new Date(urgencyBefore.resolveDueAt).getTime());

    // the incident is assigned once: four complaints assigned, one e-mail to the team
    const assigned = await as(s.officer).post(`/api/incidents/${inc.documentId}/assign`, { team: s.teamA.documentId }).expect(200);
    expect(assigned.body.meta.complaints).toBe(4);
    for (const m of [a, b, c, d]) expect((await row(m.documentId)).state).toBe('assigned');
    const teamMails = await app.strapi.db
      .query('api::notification.notification')
      .findMany({ where: { templateKey: { $in: ['incident.assigned', 'complaint.assigned'] } } });
    expect(teamMails.map((n: any) => n.templateKey)).toEqual(['incident.assigned']);
    // the team has no admin login: the e-mail opens their list in the staff app
    expect(teamMails[0].text).toMatch(/https?:\/\/[^\s]+\/staff\/complaints\.html/);
    expect(teamMails[0].text).not.toContain('/admin/');

    // split d off (another source after all), then merge it back
    const split = await as(s.officer)
      .post(`/api/incidents/${inc.documentId}/split`, { complaints: [d.ticketNumber] })
      .expect(201);
    const other = split.body.data;
    expect(other.code).not.toBe(inc.code);
    expect(other.complaints.map((m: any) => m.ticketNumber)).toEqual([d.ticketNumber]);
    const moved = await as(s.officer).post(`/api/incidents/${inc.documentId}/transition`, { status: 'in_progress' }).expect(200);
    expect(moved.body.meta.moved.sort()).toEqual([a.ticketNumber, b.ticketNumber, c.ticketNumber].sort());
    expect((await row(d.documentId)).state).toBe('assigned');
    await as(s.officer).post(`/api/incidents/${other.documentId}/transition`, { status: 'in_progress' }).expect(200);
    expect((await row(d.documentId)).state).toBe('in_progress');
    const merged = await as(s.officer).post(`/api/incidents/${inc.documentId}/merge`, { incident: other.code }).expect(200);
    expect(merged.body.data.complaints).toHaveLength(4);
    const gone = await as(s.officer).get(`/api/incidents/${other.documentId}`).expect(200);
    expect(gone.body.data.state).toBe('merged');

    // one visit with an internal note, then the resolution with a public one, on the incident
    await as(s.officer).post(`/api/incidents/${inc.documentId}/field-visits`, { note: 'บันทึกภายใน: ผู้จัดการโรงงานชื่อนายลับ' }).expect(201);
    const resolved = await as(s.officer)
      .post(`/api/incidents/${inc.documentId}/transition`, {
        status: 'resolved',
        note: 'โรงงานปรับปรุงระบบบำบัดกลิ่นแล้ว',
        resolutionSummary: 'สั่งปรับปรุงระบบบำบัดกลิ่น',
      })
      .expect(200);
    expect(resolved.body.meta.moved).toHaveLength(4);

    // every tracking code works and shows the incident's progress, and nothing of the other complainants
    for (const m of [a, b, c, d]) {
      const view = (await track(m.trackingCode)).body.data;
      expect(view.status).toBe('resolved');
      expect(view.incident).toMatchObject({ code: inc.code, complaints: 4 });
      expect(view.timeline.map((t: any) => t.note)).toContain('โรงงานปรับปรุงระบบบำบัดกลิ่นแล้ว');
      const text = JSON.stringify(view);
      expect(text).not.toContain('นายลับ');
      for (const o of [a, b, c, d].filter((x) => x !== m)) {
        expect(text).not.toContain(o.ticketNumber);
        expect(text).not.toContain(o.trackingCode);
      }
      expect(text).not.toMatch(/ผู้ร้อง|@example\.test/);
    }

    // e-mails: only a and d asked; once per step, however often the outbox is dispatched
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const updates = app.smtp.messages.filter((m) => /^เรื่องร้องเรียน CMP-/.test(m.subject));
    const to = (addr: string) => updates.filter((m) => m.to.includes(addr));
    expect(to('b@example.test')).toHaveLength(0);
    expect(to('far@example.test')).toHaveLength(0);
    for (const [addr, ticket] of [
      ['a@example.test', a.ticketNumber],
      ['d@example.test', d.ticketNumber],
    ]) {
      const mine = to(addr);
      const resolvedMails = mine.filter((m) => m.subject.includes('ดำเนินการแก้ไขแล้ว'));
      expect(resolvedMails).toHaveLength(1);
      expect(resolvedMails[0].subject).toContain(ticket);
      expect(resolvedMails[0].text).toContain('โรงงานปรับปรุงระบบบำบัดกลิ่นแล้ว');
      expect(mine.filter((m) => m.subject.includes('ลงพื้นที่'))).toHaveLength(1);
      for (const m of mine) {
        expect(m.text).not.toContain('นายลับ');
        // the team's name is public (the tracking page shows the assignment); the people are not
        expect(m.text).not.toMatch(/ผู้ร้อง|@example\.test/);
      }
    }
  });

  it('officers only; personal data stays on the complaint, never in an incident', async () => {
    const one = await fileComplaint(app, { factoryRegistrationNumber: 'LEAK-1' });
    const two = await fileComplaint(app, {
      factoryRegistrationNumber: 'LEAK-1',
      complainant: { name: 'นางลับมาก', email: 'secret2@example.test' },
    });
    const inc = (
      await as(s.officer)
        .post('/api/incidents', { complaints: [one.documentId, two.documentId] })
        .expect(201)
    ).body.data;
    const seen = await as(s.officer).get(`/api/incidents/${inc.documentId}?populate=*`).expect(200);
    expect(seen.body.data.complaints).toHaveLength(2);
    const text = JSON.stringify(seen.body);
    expect(text).not.toMatch(/somsri|นางลับมาก|secret2|081-234-5678/);
    expect(text).not.toContain(one.trackingCode);
    await as(s.memberA).get('/api/incidents').expect(403);
    await as(s.staff).post(`/api/incidents/${inc.documentId}/confirm`, {}).expect(403);
  });

  it('refuses bad input with a 400 naming the field, and changes nothing', async () => {
    const one = await fileComplaint(app, { factoryRegistrationNumber: 'BAD-1' });
    const count = () => app.strapi.db.query('api::incident.incident').count();
    const before = await count();
    const cases: Array<[object, string]> = [
      [{ complaints: [] }, 'complaints'],
      [{ complaints: ['CMP-0000-000000'] }, 'complaints'],
      [{ complaints: [one.documentId], colour: 'red' }, 'colour'],
      [{ complaints: 'all' }, 'complaints'],
    ];
    for (const [body, field] of cases) {
      const res = await as(s.officer).post('/api/incidents', body).expect(400);
      expect(`${res.body.error.message} ${JSON.stringify(res.body.error.details)}`).toContain(field);
    }
    expect(await count()).toBe(before);
    const inc = (
      await as(s.officer)
        .post('/api/incidents', { complaints: [one.documentId] })
        .expect(201)
    ).body.data;
    // already in an open incident: a second incident may not take it
    const again = await as(s.officer)
      .post('/api/incidents', { complaints: [one.documentId] })
      .expect(400);
    expect(again.body.error.message).toContain('complaints');
    const bad = await as(s.officer).post(`/api/incidents/${inc.documentId}/transition`, { status: 'closed' }).expect(400);
    expect(bad.body.error.message).toContain('"received"');
    await as(s.officer).post(`/api/incidents/${inc.documentId}/assign`, { team: 'nosuchteam' }).expect(400);
    await as(s.officer)
      .post(`/api/incidents/${inc.documentId}/split`, { complaints: [one.documentId] })
      .expect(400);
    await as(s.officer).post(`/api/incidents/${inc.documentId}/merge`, { incident: inc.code }).expect(400);
    await as(s.officer).post('/api/incidents/nosuchincident/confirm', {}).expect(404);
    expect((await row(one.documentId)).state).toBe('received');
  });
});
