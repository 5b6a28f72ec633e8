import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { intakeBody } from '../harness/complaints';
import { Rng, seedScale, ScaleCounts } from '../../src/seed/scale';

/**
 * The benchmark data set (npm run seed) at a small scale: the rows are there in the promised
 * numbers, and the API reads them as it reads rows made through it (relations, timelines,
 * personal data for officers, training search, reports).
 */
describe('npm run seed: the scaled data set', () => {
  let app: TestApp;
  let officer: TestUser;
  let counts: ScaleCounts;
  const SCALE = 0.005;

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_LOOKUP_RATE_LIMIT: '0', PUBLIC_INTAKE_RATE_LIMIT: '0' } });
    counts = await seedScale(app.strapi, { scale: SCALE, seed: 7 });
    officer = await createUser(app.strapi, 'complaint-officer');
  });
  afterAll(async () => {
    await app?.close();
  });

  const count = (uid: string, where: object = {}) => app.strapi.db.query(uid as any).count({ where });

  it('stores the promised numbers of rows', async () => {
    expect(counts).toMatchObject({
      complaints: 500,
      projects: 50,
      progressReports: 500,
      volunteers: 25,
      participations: 250,
      trainingMaterials: 10,
    });
    expect(await count('api::complaint.complaint')).toBe(500);
    expect(await count('api::complaint-update.complaint-update')).toBe(counts.complaintUpdates);
    expect(counts.complaintUpdates).toBeGreaterThanOrEqual(500);
    expect(await count('api::project.project', { code: { $startsWith: 'SEED-' } })).toBe(50);
    expect(await count('api::progress-report.progress-report')).toBe(500);
    expect(await count('api::volunteer.volunteer')).toBe(25);
    expect(await count('api::participation.participation')).toBe(250);
    // Draft and published rows in Thai and English: four rows per material.
    expect(await count('api::training-material.training-material')).toBe(40);
  });

  it('gives an officer the seeded complaints with category, province and team, filtered and sorted', async () => {
    const res = await app
      .http()
      .get('/api/complaints?status=in_progress,assigned&sort=resolveDueAt:asc&pagination[pageSize]=25')
      .set('Authorization', officer.auth)
      .expect(200);
    const expected = await count('api::complaint.complaint', { state: { $in: ['in_progress', 'assigned'] } });
    expect(expected).toBeGreaterThan(0);
    expect(res.body.meta.pagination.total).toBe(expected);
    const items = res.body.data;
    expect(items.length).toBe(Math.min(25, expected));
    for (const c of items) {
      expect(['in_progress', 'assigned']).toContain(c.state);
      expect(c.ticketNumber).toMatch(/^CMP-25\d\d-\d{6}$/);
      expect(c.category?.code).toEqual(expect.any(String));
      expect(c.province?.code).toEqual(expect.any(String));
      expect(c.assignedTeam?.name).toMatch(/SEED/);
    }
    const dues = items.map((c: any) => new Date(c.resolveDueAt).getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  });

  it('shows a seeded complaint with its timeline in order, and the complainant to an officer', async () => {
    const named = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { anonymous: false, state: 'closed' } });
    const res = await app.http().get(`/api/complaints/${named.documentId}`).set('Authorization', officer.auth).expect(200);
    const kinds = res.body.data.timeline.filter((e: any) => e.kind !== 'access' && e.kind !== 'note').map((e: any) => e.toStatus);
    expect(kinds).toEqual(['received', 'triaged', 'assigned', 'in_progress', 'resolved', 'closed']);
    expect(res.body.data.complainant?.name).toEqual(expect.any(String));

    const track = await app.http().get(`/api/public/complaints/${named.trackingCode}`).expect(200);
    expect(track.body.data.ticketNumber).toBe(named.ticketNumber);
    expect(JSON.stringify(track.body)).not.toContain(res.body.data.complainant.name);
  });

  it('continues the ticket sequence after the seeded numbers', async () => {
    const res = await app.http().post('/api/public/complaints').send(intakeBody()).expect(201);
    const ticket = res.body.data.ticketNumber;
    expect(await count('api::complaint.complaint', { ticketNumber: ticket })).toBe(1);
  });

  it('finds seeded training materials by a Thai substring', async () => {
    const res = await app
      .http()
      .get(`/api/training-materials/search?q=${encodeURIComponent('โรงงาน')}&pageSize=50`)
      .set('Authorization', officer.auth)
      .expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const hit of res.body.data) expect(hit.slug).toMatch(/^seed-material-/);
  });

  it('lets an officer read seeded progress reports with their project', async () => {
    const res = await app
      .http()
      .get('/api/progress-reports?populate[project][fields][0]=code&pagination[pageSize]=5')
      .set('Authorization', officer.auth)
      .expect(200);
    expect(res.body.meta.pagination.total).toBe(500);
    for (const r of res.body.data) expect(r.project.code).toMatch(/^SEED-/);
  });

  it('is deterministic per seed and refuses to load twice', async () => {
    const ids = (seed: number) => {
      const r = new Rng(seed);
      return [r.documentId(), r.trackingCode(), r.int(1000)];
    };
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
    await expect(seedScale(app.strapi, { scale: SCALE, seed: 7 })).rejects.toThrow(/already holds a seeded data set/);
  });
});
