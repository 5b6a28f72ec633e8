import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { PNG_1PX } from '../harness/complaints';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const DAY = 86_400_000;

/*
 * Fixtures in fiscal year 2560 (periods ending in Oct 2016 – Sep 2017); their due times are set relative
 * to the clock, so "due", "not yet due" and the lock do not depend on today.
 */
describe('reporting compliance, the lock after the window and the eMENSCR export', () => {
  let app: TestApp;
  let agencies: any[];
  let provinces: any[];
  let officer: TestUser, inspector: TestUser, agencyOfficer: TestUser;
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  const ADMIN = { email: 'admin@example.test', password: 'Admin-Passw0rd' };

  let seq = 0;
  async function project(agency: any, extra: Record<string, unknown> = {}) {
    seq++;
    return app.strapi.documents(PROJECT as any).create({
      data: {
        code: `C-${seq}`,
        name: `โครงการ ${seq}`,
        agency: agency.documentId,
        officerName: 'เจ้าหน้าที่',
        officerEmail: `c${seq}@example.test`,
        fiscalYear: 2560,
        state: 'active',
        reportingFrequency: 'quarterly',
        ...extra,
      } as any,
    });
  }
  async function report(p: any, state: string, dueAt: Date, extra: Record<string, unknown> = {}) {
    const label = `R${++seq}`;
    return app.strapi.db.query(REPORT).create({
      data: {
        project: p.id,
        slotKey: `${p.documentId}:${label}`,
        periodLabel: label,
        periodStart: '2016-10-01',
        periodEnd: '2016-12-31',
        dueAt,
        state,
        ...extra,
      },
    });
  }
  const get = (u: TestUser | null, url: string) => (u ? app.http().get(url).set('Authorization', u.auth) : app.http().get(url));
  const post = (u: TestUser, url: string, data: unknown) => app.http().post(url).set('Authorization', u.auth).send({ data });

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: ADMIN.email, DEMO_ADMIN_PASSWORD: ADMIN.password } });
    agencies = await app.strapi.db.query('api::agency.agency').findMany({ orderBy: { code: 'asc' }, limit: 3 });
    provinces = await app.strapi.db.query('api::province.province').findMany({ orderBy: { code: 'asc' }, limit: 2 });
    officer = await createUser(app.strapi, 'complaint-officer');
    inspector = await createUser(app.strapi, 'inspector');
    agencyOfficer = await createUser(app.strapi, 'agency-officer');
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agencies[2].documentId, data: { reportingOfficers: [agencyOfficer.id] } as any });

    // Q1 FY2560, hand count:
    //   agency 0 (province 0): 3 on time, 1 late, 1 missing; + 1 waived, + 1 not yet due → 5 expected, 80 %, 60 %
    //   agency 1 (province 1): 2 on time → 2 expected, 100 %, 100 %, not ranked (minimum sample 5)
    const a = await project(agencies[0], { province: provinces[0].documentId, emenscrProjectId: 'อก 0201-60-0001' });
    const b = await project(agencies[1], { province: provinces[1].documentId });
    for (let i = 0; i < 3; i++) await report(a, 'accepted', ago(20), { late: false, progressPercent: 40, narrative: 'ดำเนินการแล้ว' });
    await report(a, 'submitted', ago(20), { late: true });
    await report(a, 'pending', ago(20));
    await report(a, 'waived', ago(20));
    await report(a, 'pending', new Date(Date.now() + 10 * DAY));
    await report(b, 'accepted', ago(20), { late: false });
    await report(b, 'returned', ago(20), { late: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives the division each agency’s reporting and on-time rates for a Buddhist-era fiscal quarter', async () => {
    const res = await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=1').expect(200);
    expect(res.body.meta).toEqual({ fiscalYear: 2560, quarter: 1, by: 'agency' });
    const rows = res.body.data.rows.map((r: any) => [
      r.code,
      r.expected,
      r.submitted,
      r.onTime,
      r.late,
      r.missing,
      r.reportingRate,
      r.onTimeRate,
      r.rank,
    ]);
    expect(rows).toEqual([
      [agencies[0].code, 5, 4, 3, 1, 1, 80, 60, 1],
      [agencies[1].code, 2, 2, 2, 0, 0, 100, 100, null],
    ]);
    expect(res.body.data.total).toMatchObject({ expected: 7, submitted: 6, onTime: 5, reportingRate: 85.7, onTimeRate: 71.4 });

    const small = await get(inspector, '/api/reporting-compliance?fiscalYear=2560&quarter=1&minSample=2').expect(200);
    expect(small.body.data.rows.map((r: any) => [r.code, r.rank])).toEqual([
      [agencies[1].code, 1],
      [agencies[0].code, 2],
    ]);
    const byProvince = await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=1&by=province').expect(200);
    expect(byProvince.body.data.rows.map((r: any) => [r.code, r.expected, r.reportingRate])).toEqual([
      [provinces[0].code, 5, 80],
      [provinces[1].code, 2, 100],
    ]);
    // another quarter holds none of these reports
    const q2 = await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=2').expect(200);
    expect(q2.body.data.rows).toEqual([]);
  });

  it('shows the same league table on the admin homepage, the current quarter unless another is asked for', async () => {
    const token = (await app.http().post('/admin/login').send(ADMIN).expect(200)).body.data.token;
    const widget = (query: string) => app.http().get(`/admin/mind-dashboard/compliance${query}`).set('Authorization', `Bearer ${token}`);
    const api = (await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=1').expect(200)).body.data;
    const shown = (await widget('?fiscalYear=2560&quarter=1').expect(200)).body.data;
    expect(shown).toMatchObject({ fiscalYear: 2560, quarter: 1, rows: api.rows, total: api.total, minSample: 5 });
    expect(shown.rows.map((r: any) => [r.code, r.rank])).toEqual([
      [agencies[0].code, 1],
      [agencies[1].code, null],
    ]);
    // no question: this fiscal quarter (Bangkok), which holds none of the fixtures
    const now = (await widget('').expect(200)).body.data;
    const bangkok = new Date(Date.now() + 7 * 3600_000);
    const fiscalYear = bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
    expect(now).toMatchObject({ fiscalYear, quarter: Math.floor(((bangkok.getUTCMonth() + 3) % 12) / 3) + 1, rows: [] });
    const bad = await widget('?quarter=5').expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('quarter');
  });

  it('refuses a bad query with a 400 naming the parameter, and keeps the figures from agencies and citizens', async () => {
    const missing = await get(officer, '/api/reporting-compliance').expect(400);
    expect(missing.body.error.details.field).toBe('fiscalYear');
    const bad = await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=5').expect(400);
    expect(bad.body.error.details.field).toBe('quarter');
    await get(officer, '/api/reporting-compliance?fiscalYear=2560&by=team').expect(400);
    await get(agencyOfficer, '/api/reporting-compliance?fiscalYear=2560').expect(403);
    await get(agencyOfficer, '/api/reporting-compliance/emenscr.csv?fiscalYear=2560').expect(403);
    expect([401, 403]).toContain((await get(null, '/api/reporting-compliance.csv?fiscalYear=2560')).status);
  });

  it('serves the league table as CSV, Thai headers first, small agencies marked unranked', async () => {
    const res = await get(officer, '/api/reporting-compliance.csv?fiscalYear=2560&quarter=1').expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('อัตราการส่ง % / Reporting rate %');
    expect(lines[1]).toMatch(new RegExp(`^1,${agencies[0].code},.*,5,4,3,1,1,80,60$`));
    expect(lines[2]).toMatch(/^ไม่จัดอันดับ/);
    expect(lines[3]).toContain('รวม / All');
  });

  it('exports the sent reports shaped for eMENSCR: project ID, Buddhist-era period, progress and results', async () => {
    const res = await get(inspector, '/api/reporting-compliance/emenscr.csv?fiscalYear=2560&quarter=1').expect(200);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^รหัสโครงการ eMENSCR/);
    // 3 accepted + 1 submitted of agency 0, 1 accepted of agency 1 (returned, pending and waived are not sent)
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('อก 0201-60-0001');
    expect(lines[1]).toContain('31 ธันวาคม 2559');
    expect(lines[1]).toContain(',40,');
    expect(lines[1]).toContain('ดำเนินการแล้ว');
  });

  it('locks a report after the window; an officer’s exception lets the agency submit it, counted late', async () => {
    const p = await project(agencies[2], { lockDaysAfterDue: 5 });
    const locked = await report(p, 'pending', ago(10), { periodStart: '2017-01-01', periodEnd: '2017-03-31' });
    const stillOpen = await report(p, 'pending', ago(2), { periodStart: '2017-01-01', periodEnd: '2017-03-31' });
    const stays = await report(p, 'pending', ago(30), { periodStart: '2017-01-01', periodEnd: '2017-03-31' });
    const body = { progressPercent: 50, narrative: 'ดำเนินการตามแผน' };

    const refused = await post(agencyOfficer, `/api/progress-reports/${locked.documentId}/submit`, body).expect(409);
    expect(refused.body.error.message).toMatch(/^locked: /);
    expect(refused.body.error.details.field).toBe('lockExceptionUntil');
    expect((await app.strapi.db.query(REPORT).findOne({ where: { id: locked.id } })).state).toBe('pending');

    await post(agencyOfficer, `/api/progress-reports/${locked.documentId}/lock-exception`, {
      until: new Date(Date.now() + DAY),
      reason: 'x',
    }).expect(403);
    const past = await post(officer, `/api/progress-reports/${locked.documentId}/lock-exception`, {
      until: ago(1),
      reason: 'ระบบขัดข้อง',
    }).expect(400);
    expect(past.body.error.details.field).toBe('until');
    const noReason = await post(officer, `/api/progress-reports/${locked.documentId}/lock-exception`, {
      until: new Date(Date.now() + DAY),
    }).expect(400);
    expect(noReason.body.error.details.field).toBe('reason');
    const granted = await post(officer, `/api/progress-reports/${locked.documentId}/lock-exception`, {
      until: new Date(Date.now() + 3 * DAY).toISOString(),
      reason: 'ระบบของหน่วยงานขัดข้อง',
    }).expect(200);
    expect(granted.body.data.lockExceptionReason).toBe('ระบบของหน่วยงานขัดข้อง');

    const sent = await post(agencyOfficer, `/api/progress-reports/${locked.documentId}/submit`, body).expect(200);
    expect(sent.body.data).toMatchObject({ state: 'submitted', late: true });
    await post(agencyOfficer, `/api/progress-reports/${stillOpen.documentId}/submit`, body).expect(200);
    await post(agencyOfficer, `/api/progress-reports/${stays.documentId}/submit`, body).expect(409);

    // Q2: 3 expected, 2 submitted (both late), 1 missing (locked)
    const q2 = await get(officer, '/api/reporting-compliance?fiscalYear=2560&quarter=2').expect(200);
    expect(q2.body.data.rows).toEqual([
      expect.objectContaining({
        code: agencies[2].code,
        expected: 3,
        submitted: 2,
        onTime: 0,
        late: 2,
        missing: 1,
        reportingRate: 66.7,
        onTimeRate: 0,
      }),
    ]);
  });

  it('counts a report as submitted only with its required fields and, where the project asks, an attachment', async () => {
    const p = await project(agencies[2], { requiresAttachment: true });
    const r = await report(p, 'pending', new Date(Date.now() + 5 * DAY), { periodStart: '2017-04-01', periodEnd: '2017-06-30' });
    const url = `/api/progress-reports/${r.documentId}/submit`;
    const bare = await post(agencyOfficer, url, {}).expect(400);
    expect(bare.body.error.message).toMatch(/progressPercent|narrative/);
    const noFile = await post(agencyOfficer, url, { progressPercent: 10, narrative: 'เริ่มงาน' }).expect(400);
    expect(noFile.body.error.details.field).toBe('attachments');
    expect((await app.strapi.db.query(REPORT).findOne({ where: { id: r.id } })).state).toBe('pending');

    const upload = await app
      .http()
      .post('/api/upload')
      .set('Authorization', agencyOfficer.auth)
      .attach('files', PNG_1PX, { filename: 'evidence.png', contentType: 'image/png' })
      .expect(201);
    const sent = await post(agencyOfficer, url, { progressPercent: 10, narrative: 'เริ่มงาน', attachments: [upload.body[0].id] }).expect(200);
    expect(sent.body.data).toMatchObject({ state: 'submitted', late: false });
  });
});
