import { randomBytes } from 'crypto';
import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint } from '../harness/complaints';
import { ensureDashboardCounters, foldCounters } from '../../src/lib/dashboard/counters';
import { OPEN_STATES } from '../../src/lib/complaints/model';

/**
 * The open-complaint widgets read counters the database keeps as complaints change. After each of a
 * series of changes by every path — public intake, a transition, direct updates of deadlines and
 * acknowledgement, a Content Manager edit and deletion, a raw bulk insert, closing — the widgets'
 * figures equal a recount of the complaints, and folding past days changes none of them.
 */
const COMPLAINT = 'api::complaint.complaint';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('dashboard counters', () => {
  let app: TestApp;
  let admin: string;
  let staff: Awaited<ReturnType<typeof complaintStaff>>;
  const filed: { documentId: string }[] = [];
  const ago = (ms: number) => new Date(Date.now() - ms);

  const widget = async (name: 'complaints' | 'provinces') =>
    (await app.http().get(`/admin/mind-dashboard/${name}`).set('Authorization', `Bearer ${admin}`).expect(200)).body.data;

  /** What the widgets should say, counted from the complaints themselves. */
  async function recount() {
    const now = Date.now();
    const rows: any[] = await app.strapi.db.query(COMPLAINT).findMany({
      where: { state: { $in: OPEN_STATES } },
      populate: { province: { select: ['code'] } },
    });
    const past = (v: unknown) => v !== null && v !== undefined && new Date(v as string).getTime() < now;
    const cells: Record<string, { open: number; breached: number }> = {};
    const provinces: Record<string, { open: number; breached: number }> = {};
    let withoutProvince = 0;
    for (const c of rows) {
      const breached = past(c.resolveDueAt) || (!c.acknowledgedAt && past(c.acknowledgeDueAt)) ? 1 : 0;
      const cell = (cells[`${c.urgency}/${c.state}`] ??= { open: 0, breached: 0 });
      cell.open++;
      cell.breached += breached;
      if (!c.province) withoutProvince++;
      else {
        const p = (provinces[c.province.code] ??= { open: 0, breached: 0 });
        p.open++;
        p.breached += breached;
      }
    }
    return { cells, provinces, withoutProvince, open: rows.length };
  }

  async function expectFiguresToMatchRecount() {
    const [complaints, provinces, expected] = await Promise.all([widget('complaints'), widget('provinces'), recount()]);
    const cells = Object.fromEntries(
      complaints.cells.filter((c: any) => c.open > 0).map((c: any) => [`${c.urgency}/${c.state}`, { open: c.open, breached: c.breached }]),
    );
    const byProvince = Object.fromEntries(
      provinces.regions
        .flatMap((r: any) => r.provinces)
        .filter((p: any) => p.open > 0)
        .map((p: any) => [p.code, { open: p.open, breached: p.breached }]),
    );
    expect({ cells, byProvince, withoutProvince: provinces.totals.withoutProvince, open: complaints.totals.open }).toEqual({
      cells: expected.cells,
      byProvince: expected.provinces,
      withoutProvince: expected.withoutProvince,
      open: expected.open,
    });
    return expected;
  }

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'counters@example.test', DEMO_ADMIN_PASSWORD: 'Counters-Passw0rd' } });
    const login = await app.http().post('/admin/login').send({ email: 'counters@example.test', password: 'Counters-Passw0rd' }).expect(200);
    admin = login.body.data.token;
    staff = await complaintStaff(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts public intake, a transition and direct deadline updates', async () => {
    for (const provinceCode of ['TH-21', 'TH-21', 'TH-10', 'TH-50']) filed.push(await fileComplaint(app, { provinceCode }));
    expect((await expectFiguresToMatchRecount()).open).toBe(4);

    await app
      .http()
      .post(`/api/complaints/${filed[0].documentId}/transition`)
      .set('Authorization', staff.officer.auth)
      .send({ status: 'triaged', note: 'รับเรื่อง' })
      .expect(200);
    // past a deadline: long ago (a past day), a minute ago (today), and an acknowledged one that is not
    const q = app.strapi.db.query(COMPLAINT);
    await q.update({ where: { documentId: filed[1].documentId }, data: { resolveDueAt: ago(3 * DAY) } });
    await q.update({ where: { documentId: filed[2].documentId }, data: { acknowledgeDueAt: ago(60_000), acknowledgedAt: null } });
    await q.update({ where: { documentId: filed[3].documentId }, data: { acknowledgeDueAt: ago(2 * DAY), acknowledgedAt: ago(3 * DAY) } });
    const expected = await expectFiguresToMatchRecount();
    expect(Object.values(expected.cells).reduce((s, c) => s + c.breached, 0)).toBeGreaterThanOrEqual(2);
  });

  it('follows a Content Manager edit and deletion', async () => {
    const cm = (method: 'put' | 'delete', documentId: string, body?: object) => {
      const http = app.http();
      const req = http[method](`/content-manager/collection-types/${COMPLAINT}/${documentId}`).set('Authorization', `Bearer ${admin}`);
      return body ? req.send(body) : req;
    };
    const chiangMai = await app.strapi.db.query('api::province.province').findOne({ where: { code: 'TH-50' } });
    await cm('put', filed[1].documentId, { urgency: 'emergency', province: { set: [{ id: chiangMai.id }] } }).expect(200);
    await expectFiguresToMatchRecount();
    await cm('delete', filed[2].documentId).expect(200);
    expect((await expectFiguresToMatchRecount()).open).toBe(3);
  });

  it('counts rows written straight to the tables (bulk loads), and a complaint leaving the open states', async () => {
    const knex = app.strapi.db.connection;
    const meta: any = app.strapi.db.metadata.get(COMPLAINT);
    const category = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'factory_odour' } });
    const [row] = await knex(meta.tableName)
      .insert({
        document_id: randomBytes(12).toString('hex'),
        ticket_number: `BULK-${randomBytes(4).toString('hex')}`,
        title: 'นำเข้าจำนวนมาก',
        description: 'แถวที่เขียนตรงลงตาราง',
        state: 'received',
        urgency: 'urgent',
        channel: 'web',
        resolve_due_at: ago(5 * DAY),
        created_at: new Date(),
        updated_at: new Date(),
        published_at: new Date(),
      })
      .returning('id');
    const bulkId = typeof row === 'object' ? row.id : row;
    const link = meta.attributes.province.joinTable;
    const bangkok = await app.strapi.db.query('api::province.province').findOne({ where: { code: 'TH-10' } });
    await knex(link.name).insert({ [link.joinColumn.name]: bulkId, [link.inverseJoinColumn.name]: bangkok.id });
    expect(category).toBeTruthy();
    expect((await expectFiguresToMatchRecount()).open).toBe(4);

    await app.strapi.db.query(COMPLAINT).update({ where: { documentId: filed[3].documentId }, data: { state: 'closed' } });
    expect((await expectFiguresToMatchRecount()).open).toBe(3);
  });

  it('folds past days without changing a figure, and twice is the same as once', async () => {
    const figures = (w: any) => w.cells.map((c: any) => [c.urgency, c.state, c.open, c.breached]);
    const before = figures(await widget('complaints'));
    const first = await foldCounters(app.strapi, new Date());
    expect(first.folded).toBeGreaterThan(0);
    expect(await foldCounters(app.strapi, new Date())).toEqual({ folded: 0 });
    expect(figures(await widget('complaints'))).toEqual(before);
    await expectFiguresToMatchRecount();
    // a change after the fold to a complaint counted on a folded day
    await app.strapi.db
      .query(COMPLAINT)
      .update({ where: { documentId: filed[1].documentId }, data: { resolveDueAt: new Date(Date.now() + 2 * DAY) } });
    await expectFiguresToMatchRecount();
  });

  it('counts several changes of one complaint in one transaction once each, and nothing of a rolled-back one', async () => {
    const query = () => app.strapi.db.query(COMPLAINT);
    await app.strapi.db.transaction(async () => {
      await query().update({ where: { documentId: filed[1].documentId }, data: { urgency: 'emergency' } });
      await query().update({ where: { documentId: filed[1].documentId }, data: { state: 'in_progress' } });
      await query().update({ where: { documentId: filed[1].documentId }, data: { resolveDueAt: ago(HOUR) } });
    });
    await expectFiguresToMatchRecount();
    const figures = (w: any) => w.cells.map((c: any) => [c.urgency, c.state, c.open, c.breached]);
    const before = figures(await widget('complaints'));
    await expect(
      app.strapi.db.transaction(async () => {
        await query().update({ where: { documentId: filed[1].documentId }, data: { urgency: 'normal' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(figures(await widget('complaints'))).toEqual(before);
    await expectFiguresToMatchRecount();
  });

  it('refills counters that fell out of step with the complaints at the next start', async () => {
    const knex = app.strapi.db.connection;
    // a fact lost (as when the triggers were missing while complaints changed)
    const [fact] = await knex('dashboard_complaint_facts').select('complaint_id').limit(1);
    await knex('dashboard_complaint_facts').where({ complaint_id: fact.complaint_id }).delete();
    expect((await widget('complaints')).totals.open).toBe((await recount()).open - 1);
    expect(await ensureDashboardCounters(app.strapi)).toEqual({ rebuilt: true });
    await expectFiguresToMatchRecount();
    expect(await ensureDashboardCounters(app.strapi)).toEqual({ rebuilt: false });
  });
});
