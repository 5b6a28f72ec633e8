import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, fileComplaint } from '../harness/complaints';
import { createUser } from '../harness/users';
import { computeDueDates, loadSlaPolicy } from '../../src/lib/complaints/sla';

const HOUR = 3600_000;

describe('SLA deadlines through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: 'rules-admin@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const hoursBetween = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / HOUR;

  /** The deadlines the SLA policy gives, in working time for normal and urgent complaints (tests/unit/working-time.test.ts). */
  const expected = async (c: { receivedAt: string }, urgency: 'normal' | 'urgent', categoryCode: string) => {
    const category = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: categoryCode } });
    const due = computeDueDates(new Date(c.receivedAt), urgency, await loadSlaPolicy(app.strapi), category);
    return { acknowledgeDueAt: due.acknowledgeDueAt.toISOString(), resolveDueAt: due.resolveDueAt.toISOString() };
  };
  const iso = (c: { acknowledgeDueAt: string; resolveDueAt: string }) => ({
    acknowledgeDueAt: new Date(c.acknowledgeDueAt).toISOString(),
    resolveDueAt: new Date(c.resolveDueAt).toISOString(),
  });

  it('sets deadlines from the category urgency and its override, and recomputes them when urgency changes', async () => {
    const odour = await fileComplaint(app, { categoryCode: 'factory_odour' });
    // normal: 3 and 30 working days (24 and 240 working hours), at least that long on the clock
    expect(iso(odour)).toEqual(await expected(odour, 'normal', 'factory_odour'));
    expect(hoursBetween(odour.receivedAt, odour.acknowledgeDueAt)).toBeGreaterThanOrEqual(24);
    expect(hoursBetween(odour.receivedAt, odour.resolveDueAt)).toBeGreaterThanOrEqual(240);

    const dust = await fileComplaint(app, { categoryCode: 'dust_smoke' });
    expect(iso(dust)).toEqual(await expected(dust, 'urgent', 'dust_smoke'));

    const leak = await fileComplaint(app, { categoryCode: 'chemical_leak' });
    expect(hoursBetween(leak.receivedAt, leak.acknowledgeDueAt)).toBe(1);
    expect(hoursBetween(leak.receivedAt, leak.resolveDueAt)).toBe(12);

    const officer = await createUser(app.strapi, 'complaint-officer');
    const res = await app
      .http()
      .put(`/api/complaints/${odour.documentId}`)
      .set('Authorization', officer.auth)
      .send({ data: { urgency: 'emergency' } })
      .expect(200);
    expect(res.body.data.urgency).toBe('emergency');
    expect(hoursBetween(odour.receivedAt, res.body.data.acknowledgeDueAt)).toBe(2);
    expect(hoursBetween(odour.receivedAt, res.body.data.resolveDueAt)).toBe(24);
    expect(res.body.data.timeline.some((t: any) => t.kind === 'note' && t.note.includes('normal → emergency'))).toBe(true);

    const status = await app
      .http()
      .put(`/api/complaints/${odour.documentId}`)
      .set('Authorization', officer.auth)
      .send({ data: { status: 'closed' } })
      .expect(400);
    expect(status.body.error.message).toContain('status');
  });

  it('sets acknowledgedAt on the first move out of received only', async () => {
    const officer = await createUser(app.strapi, 'complaint-officer');
    const c = await fileComplaint(app);
    const post = (status: string) =>
      app.http().post(`/api/complaints/${c.documentId}/transition`).set('Authorization', officer.auth).send({ status });
    const first = (await post('triaged').expect(200)).body.data.acknowledgedAt;
    expect(first).toBeTruthy();
    await post('rejected').expect(200);
    const page = await app.http().get(`/api/complaints/${c.documentId}`).set('Authorization', officer.auth).expect(200);
    expect(page.body.data.acknowledgedAt).toBe(first);
  });

  it('assigns only complaint officers, through the API and the admin panel: anyone else is a 400 naming the field', async () => {
    const officer = await createUser(app.strapi, 'complaint-officer');
    const colleague = await createUser(app.strapi, 'complaint-officer');
    const volunteer = await createUser(app.strapi, 'volunteer');
    const member = await createUser(app.strapi, 'response-team-member');
    const team = await createTeam(app.strapi, `rules-team-${Date.now()}`, [member]);
    const c = await fileComplaint(app);
    const stored = () =>
      app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { documentId: c.documentId }, populate: ['assignedOfficer', 'assignedTeam'] });
    const assign = (who: unknown) =>
      app
        .http()
        .post(`/api/complaints/${c.documentId}/assign`)
        .set('Authorization', officer.auth)
        .send({ team: team.documentId, officer: who });

    for (const who of [volunteer.id, volunteer.documentId, member.id]) {
      const res = await assign(who);
      expect([who, res.status]).toEqual([who, 400]);
      expect(res.body.error.details.errors[0].path).toEqual(['officer']);
    }
    expect(await stored()).toMatchObject({ state: 'received', assignedOfficer: null, assignedTeam: null });
    await assign(colleague.documentId).expect(200);
    expect((await stored()).assignedOfficer.id).toBe(colleague.id);

    const login = await app.http().post('/admin/login').send({ email: 'rules-admin@example.test', password: 'Admin-Passw0rd' }).expect(200);
    const panel = (assignedOfficer: unknown) =>
      app
        .http()
        .put(`/content-manager/collection-types/api::complaint.complaint/${c.documentId}`)
        .set('Authorization', `Bearer ${login.body.data.token}`)
        .send({ assignedOfficer });
    for (const value of [{ connect: [{ id: volunteer.id }] }, { set: [{ documentId: member.documentId }] }, volunteer.id]) {
      const res = await panel(value);
      expect([value, res.status]).toEqual([value, 400]);
      expect(res.body.error.details.errors[0].path).toEqual(['assignedOfficer']);
    }
    expect((await stored()).assignedOfficer.id).toBe(colleague.id);
    expect((await panel({ connect: [{ id: officer.id }] })).status).toBe(200);
    expect((await stored()).assignedOfficer.id).toBe(officer.id);

    // the panel also sets whether the public Open311 feed shows the details (off unless an officer says so)
    expect((await stored()).publicDetails).toBe(false);
    await app
      .http()
      .put(`/content-manager/collection-types/api::complaint.complaint/${c.documentId}`)
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send({ publicDetails: true })
      .expect(200);
    expect((await stored()).publicDetails).toBe(true);
  });

  it('gives 50 concurrent intakes 50 different ticket numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app
          .http()
          .post('/api/public/complaints')
          .send({
            title: `เรื่องที่ ${i}`,
            description: 'ทดสอบพร้อมกัน',
            categoryCode: 'noise',
            provinceCode: 'TH-10',
            anonymous: true,
          }),
      ),
    );
    const failed = results.filter((r) => r.status !== 201).map((r) => [r.status, r.body?.error?.message]);
    expect(failed).toEqual([]);
    const tickets = new Set(results.map((r) => r.body.data.ticketNumber));
    expect(tickets.size).toBe(50);
    const codes = new Set(results.map((r) => r.body.data.trackingCode));
    expect(codes.size).toBe(50);
  });
});
