import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { complaintStaff, fileComplaint } from '../harness/complaints';
import { createFund, createMaterial } from '../harness/training-fixtures';

/** Law at hand: the provisions and fund measures linked to a complaint's category or to a finding, for whoever works it. */
describe('law at hand', () => {
  let app: TestApp;
  let people: Awaited<ReturnType<typeof complaintStaff>>;
  let complaintId: string;
  let findingId: string;
  let inspector: TestUser;
  let diwOfficer: TestUser;
  let tisiOfficer: TestUser;

  const get = (path: string, user?: TestUser) => (user ? app.http().get(path).set('Authorization', user.auth) : app.http().get(path));
  const titles = (list: { title: string }[]) => list.map((m) => m.title);

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'admin@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' } });
    const s = app.strapi;
    people = await complaintStaff(app);
    await createFund(s, 'env-fund', 'กองทุนสิ่งแวดล้อม', 'Environment Fund');
    const act = await createMaterial(s, {
      slug: 'factory-act',
      th: { title: 'พระราชบัญญัติโรงงาน พ.ศ. 2535', summary: 'มาตรา 8 ค่าการปล่อยมลพิษ' },
      en: { title: 'Factory Act B.E. 2535' },
    });
    const rule = await createMaterial(s, { slug: 'odour-rule', kind: 'announcement', th: { title: 'ประกาศกระทรวงเรื่องกลิ่น' } });
    const measure = await createMaterial(s, {
      slug: 'clean-loan',
      kind: 'fund_measure',
      fund: 'env-fund',
      th: { title: 'สินเชื่อเทคโนโลยีสะอาด' },
    });
    const draft = await createMaterial(s, { slug: 'draft-law', th: { title: 'ร่างกฎหมายยังไม่ประกาศ' } }, { publish: false });

    // the category links the provisions (as an administrator does in the admin panel)
    const category = await s.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'factory_odour' } });
    await s.documents('api::complaint-category.complaint-category').update({
      documentId: category.documentId,
      data: { provisions: [act, rule, measure, draft] } as any,
    });
    complaintId = (await fileComplaint(app)).documentId;

    inspector = await createUser(s, 'inspector');
    diwOfficer = await createUser(s, 'agency-officer');
    tisiOfficer = await createUser(s, 'agency-officer');
    const agency = async (code: string, officer: TestUser) => {
      const a = await s.db.query('api::agency.agency').findOne({ where: { code } });
      await s.documents('api::agency.agency').update({ documentId: a.documentId, data: { reportingOfficers: [officer.id] } as any });
      return a;
    };
    const diw = await agency('DIW', diwOfficer);
    await agency('TISI', tisiOfficer);
    const inspection = await s.documents('api::inspection.inspection').create({
      data: {
        code: 'INS-LAW-01',
        title: 'ตรวจราชการเรื่องกลิ่น',
        type: 'regular',
        fiscalYear: 2569,
        round: 1,
        agencies: [diw.documentId],
        inspectors: [inspector.id],
      } as any,
    });
    const finding = await s.documents('api::inspection-finding.inspection-finding').create({
      data: {
        inspection: inspection.documentId,
        title: 'ไม่ติดตามเรื่องกลิ่นซ้ำ',
        finding: 'ไม่มีการตรวจซ้ำ',
        recommendation: 'ตรวจซ้ำภายใน 30 วัน',
        responsibleAgency: diw.documentId,
        dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        provisions: [rule, measure],
      } as any,
    });
    findingId = finding.documentId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows an officer the published provisions and fund measures of the complaint's category, in Thai order", async () => {
    const res = await get(`/api/complaints/${complaintId}/law-at-hand`, people.officer).expect(200);
    expect(res.body.data.category).toMatchObject({ code: 'factory_odour' });
    expect(titles(res.body.data.provisions)).toEqual(['ประกาศกระทรวงเรื่องกลิ่น', 'พระราชบัญญัติโรงงาน พ.ศ. 2535']);
    expect(res.body.data.provisions[1]).toMatchObject({ slug: 'factory-act', kind: 'law', summary: 'มาตรา 8 ค่าการปล่อยมลพิษ' });
    expect(titles(res.body.data.fundMeasures)).toEqual(['สินเชื่อเทคโนโลยีสะอาด']);
    expect(res.body.data.fundMeasures[0].fund).toMatchObject({ slug: 'env-fund', nameTh: 'กองทุนสิ่งแวดล้อม' });
    // in English where translated, Thai where not
    const en = await get(`/api/complaints/${complaintId}/law-at-hand?locale=en`, people.officer).expect(200);
    expect(titles(en.body.data.provisions).sort()).toEqual(['Factory Act B.E. 2535', 'ประกาศกระทรวงเรื่องกลิ่น'].sort());
    await get(`/api/complaints/${complaintId}/law-at-hand?locale=xx`, people.officer).expect(400);
  });

  it("puts them on the complaint's work panel in the admin panel, linked to the training pages", async () => {
    const login = await app.http().post('/admin/login').send({ email: 'admin@example.test', password: 'Admin-Passw0rd' }).expect(200);
    const panel = await app
      .http()
      .get(`/admin/mind-work/complaints/${complaintId}`)
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .expect(200);
    expect(panel.body.data.law.map((m: { title: string }) => m.title)).toEqual([
      'ประกาศกระทรวงเรื่องกลิ่น',
      'พระราชบัญญัติโรงงาน พ.ศ. 2535',
      'สินเชื่อเทคโนโลยีสะอาด',
    ]);
    expect(panel.body.data.law[1]).toMatchObject({ kind: 'law', link: '/training/#/m/factory-act' });
    expect(JSON.stringify(panel.body.data.law)).not.toContain('ร่างกฎหมาย'); // drafts never
    const page = await app.http().get('/training/').expect(200);
    expect(page.text).toContain('<html');
  });

  it('answers only those who may see the complaint', async () => {
    // not yet assigned: no team sees it
    await get(`/api/complaints/${complaintId}/law-at-hand`, people.memberA).expect(404);
    await app.strapi.db
      .query('api::complaint.complaint')
      .update({ where: { documentId: complaintId }, data: { assignedTeam: people.teamA.id } });
    await get(`/api/complaints/${complaintId}/law-at-hand`, people.memberA).expect(200);
    await get(`/api/complaints/${complaintId}/law-at-hand`, people.memberB).expect(404);
    await get(`/api/complaints/${complaintId}/law-at-hand`, people.staff).expect(403);
    const anonymous = await get(`/api/complaints/${complaintId}/law-at-hand`);
    expect([401, 403]).toContain(anonymous.status);
    await get(`/api/complaints/nope/law-at-hand`, people.officer).expect(404);
  });

  it("shows a finding's provisions to its inspector and responsible agency, no one else", async () => {
    const res = await get(`/api/inspection-findings/${findingId}/law-at-hand`, inspector).expect(200);
    expect(res.body.data.finding).toEqual({ title: 'ไม่ติดตามเรื่องกลิ่นซ้ำ' });
    expect(titles(res.body.data.provisions)).toEqual(['ประกาศกระทรวงเรื่องกลิ่น']);
    expect(titles(res.body.data.fundMeasures)).toEqual(['สินเชื่อเทคโนโลยีสะอาด']);
    await get(`/api/inspection-findings/${findingId}/law-at-hand`, diwOfficer).expect(200);
    await get(`/api/inspection-findings/${findingId}/law-at-hand`, tisiOfficer).expect(404);
    await get(`/api/inspection-findings/${findingId}/law-at-hand`, people.officer).expect(403);
  });
});
