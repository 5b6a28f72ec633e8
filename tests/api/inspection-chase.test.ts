import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { findJob } from '../../src/jobs';

const DAY = 86400_000;
const now = new Date('2026-12-01T01:30:00Z'); // 08:30 in Bangkok

describe('chase-inspection-findings', () => {
  let app: TestApp;
  let officer: TestUser;
  let inspector: TestUser;
  let agency: any;
  const run = (at: Date) => findJob('chase-inspection-findings')!.run({ strapi: app.strapi, now: at, dryRun: false });
  const outbox = () => app.strapi.db.query('api::notification.notification').findMany({ orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await bootStrapi();
    officer = await createUser(app.strapi, 'agency-officer');
    inspector = await createUser(app.strapi, 'inspector');
    agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DPIM' } });
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agency.documentId, data: { reportingOfficers: [officer.id] } as any });
    const inspection: any = await app.strapi.documents('api::inspection.inspection').create({
      data: { code: 'INS-CHASE-1', title: 'ทดสอบการติดตาม', type: 'regular', fiscalYear: 2569, round: 1, inspectors: [inspector.id] } as any,
    });
    const finding = (title: string, dueInDays: number, state = 'open') =>
      app.strapi.documents('api::inspection-finding.inspection-finding').create({
        data: {
          inspection: inspection.documentId,
          title,
          finding: title,
          recommendation: 'แก้ไข',
          severity: 'high',
          responsibleAgency: agency.documentId,
          dueAt: new Date(now.getTime() + dueInDays * DAY),
          state,
        } as any,
      });
    await finding('ใกล้ครบกำหนด', 2);
    await finding('เกินหนึ่งวัน', -1);
    await finding('ตอบแล้ว', -20, 'responded');
    await finding('เกินนาน', -15);
    await finding('ยังไม่ถึง', 30);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('queues due-soon, overdue and one escalation per agency; responded findings are left alone', async () => {
    const counts = await run(now);
    expect(counts).toMatchObject({ remindersQueued: 3, escalations: 1 });
    const rows = await outbox();
    const keys = rows.map((r: any) => r.dedupeKey.replace(/:[a-z0-9]{20,}(:|$)/, ':<id>$1'));
    expect(keys.filter((k: string) => k.startsWith('finding:')).sort()).toEqual([
      'finding:<id>:due_soon',
      'finding:<id>:overdue:1',
      'finding:<id>:overdue:3',
    ]);
    const escalation = rows.find((r: any) => r.templateKey === 'finding.escalation');
    expect(escalation.dedupeKey).toMatch(/^finding-escalation:/);
    expect(escalation.to).toContain(agency.headEmail);
    expect(escalation.to).toContain(inspector.email);
    expect(escalation.bodyText ?? escalation.text ?? JSON.stringify(escalation)).toContain('เกินนาน');
    const reminder = rows.find((r: any) => r.templateKey === 'finding.overdue');
    expect(reminder.to).toContain(officer.email);
    expect(JSON.stringify(reminder)).toContain('2569'); // Thai date with the Buddhist year
  });

  it('adds nothing when run again, and sends the next overdue reminder only after the interval', async () => {
    const before = (await outbox()).length;
    expect(await run(now)).toMatchObject({ remindersQueued: 0, escalations: 0 });
    expect((await outbox()).length).toBe(before);
    // three days on, the finding that was due soon is one day overdue: its first overdue reminder, nothing else
    expect(await run(new Date(now.getTime() + 3 * DAY))).toMatchObject({ remindersQueued: 1, escalations: 0 });
    expect(await run(new Date(now.getTime() + 3 * DAY))).toMatchObject({ remindersQueued: 0, escalations: 0 });
    // 1 day overdue + 7 days = 8 days overdue: the second overdue reminder of that finding
    const later = await run(new Date(now.getTime() + 7 * DAY));
    expect(later.remindersQueued).toBeGreaterThanOrEqual(1);
    const keys = (await outbox()).map((r: any) => r.dedupeKey);
    expect(keys.some((k: string) => /^finding:.*:overdue:2$/.test(k))).toBe(true);
  });
});
