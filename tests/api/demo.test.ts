import { bootStrapi, TestApp } from '../harness/strapi';
import { loadDemoData } from '../../src/seed/demo';

describe('demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const uid of Object.keys(app.strapi.contentTypes)
      .filter((u) => u.startsWith('api::'))
      .sort()) {
      out[uid] = await app.strapi.db.query(uid as any).count();
    }
    out.users = await app.strapi.db.query('plugin::users-permissions.user').count();
    return out;
  };

  it('is loaded once: loading again adds nothing', async () => {
    const before = await counts();
    expect(before['api::complaint.complaint']).toBe(12);
    expect(before['api::response-team.response-team']).toBe(2);
    await loadDemoData(app.strapi);
    expect(await counts()).toEqual(before);
  });

  it('has complaints in many states and provinces, some past their deadlines', async () => {
    const rows = await app.strapi.db.query('api::complaint.complaint').findMany({ populate: ['province'] });
    const states = new Set(rows.map((r: any) => r.state));
    expect([...states].sort()).toEqual(['assigned', 'closed', 'in_progress', 'received', 'rejected', 'resolved', 'triaged']);
    expect(new Set(rows.map((r: any) => r.province.code)).size).toBeGreaterThanOrEqual(8);
    const now = Date.now();
    const overdue = rows.filter(
      (r: any) => !['resolved', 'closed', 'rejected', 'duplicate'].includes(r.state) && new Date(r.resolveDueAt).getTime() < now,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
  });

  it('has one inspection round with two inspections and a dozen findings, some overdue', async () => {
    const { isFindingOverdue } = await import('../../src/lib/inspections/rules');
    expect(await app.strapi.db.query('api::inspection.inspection').count({ where: { fiscalYear: 2569, round: 1 } })).toBe(2);
    const findings = await app.strapi.db.query('api::inspection-finding.inspection-finding').findMany({});
    expect(findings).toHaveLength(12);
    expect(new Set(findings.map((f: any) => f.state)).size).toBe(4);
    expect(findings.filter((f: any) => isFindingOverdue(f, new Date())).length).toBeGreaterThanOrEqual(3);
  });

  it('links every complaint category and most findings to the law and fund measures that apply, as the work panel shows them', async () => {
    const { lawAtHand, provisionsOfComplaint, provisionsOfFinding } = await import('../../src/lib/training/law-at-hand');
    const categories = await app.strapi.db
      .query('api::complaint-category.complaint-category')
      .findMany({ populate: { provisions: { select: ['slug'] } } });
    for (const c of categories) expect(c.provisions.length).toBeGreaterThan(0);

    const complaint = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { category: { code: 'chemical_leak' } }, select: ['documentId'] });
    const ofComplaint = await provisionsOfComplaint(app.strapi, complaint.documentId);
    const shown = await lawAtHand(app.strapi, ofComplaint.documentIds, 'th', 'th');
    expect(shown.provisions.map((m: any) => m.title)).toContain('พระราชบัญญัติวัตถุอันตราย พ.ศ. 2535');

    const finding = await app.strapi.db
      .query('api::inspection-finding.inspection-finding')
      .findOne({ where: { title: 'โครงการพัฒนา SME ยังไม่ได้ประเมินผลลัพธ์' }, select: ['documentId'] });
    const ofFinding = await lawAtHand(app.strapi, (await provisionsOfFinding(app.strapi, finding.documentId)).documentIds, 'th', 'th');
    expect(ofFinding.fundMeasures.map((m: any) => m.title)).toContain('มาตรการสินเชื่อกองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ');
  });

  it('ships a registry of 300 factories in five industrial provinces, in both forms of DIW number', async () => {
    const rows = await app.strapi.db.query('api::factory.factory').findMany({ populate: { province: { select: ['code'] } } });
    expect(rows).toHaveLength(300);
    expect([...new Set(rows.map((r: any) => r.province.code))].sort()).toEqual(['TH-11', 'TH-14', 'TH-19', 'TH-20', 'TH-21']);
    expect(rows.some((r: any) => /^\d{14}$/.test(r.registrationNumber))).toBe(true);
    expect(rows.some((r: any) => /^จ?[1-3]-/.test(r.registrationNumber))).toBe(true);
  });
});
