import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { findJob } from '../../src/jobs';
import { asTrusted } from '../../src/lib/platform/trusted-write';

const DAY = 86400_000;
const now = new Date('2026-12-01T01:30:00Z'); // 08:30 in Bangkok

describe('chase-inspection-findings', () => {
  let app: TestApp;
  let officer: TestUser;
  let inspector: TestUser;
  let agency: any;
  let finding: (title: string, dueInDays: number, state?: string) => Promise<any>;
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
    // trusted: a "responded" finding is the agency's answer, which only the workflow writes
    finding = (title: string, dueInDays: number, state = 'open') =>
      asTrusted(() =>
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
        }),
      );
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
    const keys = rows.map((r: any) => r.dedupeKey.replace(/:[a-z0-9]{20,}:\d{4}-\d\d-\d\dT[\d:.]+Z(:|$)/, ':<id>:<due>$1'));
    expect(keys.filter((k: string) => k.startsWith('finding:')).sort()).toEqual([
      'finding:<id>:<due>:due_soon',
      'finding:<id>:<due>:overdue:1',
      'finding:<id>:<due>:overdue:3',
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

  describe('a new deadline or a re-open is a new obligation', () => {
    // long after the findings above: they have had all their reminders and escalations
    const t1 = new Date('2027-03-01T01:30:00Z'); // 08:30 in Bangkok
    const daysBefore = (days: number) => new Date(t1.getTime() - days * DAY);
    /** `finding()` counts due days from `now`; these findings are due `days` before t1 */
    const dueBefore = (days: number) => (daysBefore(days).getTime() - now.getTime()) / DAY;
    const http = (u: TestUser, url: string, body: object) => app.http().post(url).set('Authorization', u.auth).send(body);
    const keysOf = async (documentId: string) =>
      (await outbox()).map((r: any) => r.dedupeKey as string).filter((k) => k.startsWith(`finding:${documentId}:`));
    const respond = (f: any) => http(officer, `/api/inspection-findings/${f.documentId}/respond`, { response: 'ดำเนินการแล้ว' }).expect(200);

    it('chases a finding re-opened with a passed due date once, however many runs race for it; a plain re-open too', async () => {
      const moved = await finding('เปิดใหม่พร้อมกำหนดใหม่', dueBefore(40));
      const kept = await finding('เปิดใหม่กำหนดเดิม', dueBefore(3));
      expect(new Date(moved.dueAt).toISOString()).toBe(daysBefore(40).toISOString());
      // the first obligation: its three overdue reminders, then the agency answers
      for (const d of [39, 32, 25]) await run(daysBefore(d));
      await run(t1);
      expect(await keysOf(moved.documentId)).toHaveLength(3);
      expect(await keysOf(kept.documentId)).toEqual([`finding:${kept.documentId}:${daysBefore(3).toISOString()}:overdue:1`]);
      await respond(moved);
      await respond(kept);
      expect(await run(t1)).toMatchObject({ remindersQueued: 0 });

      // re-opened with a new due date that has already passed, and re-opened keeping its date
      await http(inspector, `/api/inspection-findings/${moved.documentId}/reopen`, {
        comment: 'ยังไม่ครบ',
        dueAt: daysBefore(2).toISOString(),
      }).expect(200);
      await http(inspector, `/api/inspection-findings/${kept.documentId}/reopen`, { comment: 'ขอหลักฐาน' }).expect(200);
      const [a, b] = await Promise.all([run(t1), run(t1)]);
      expect(a.remindersQueued + b.remindersQueued).toBe(2);
      expect(await keysOf(moved.documentId)).toContain(`finding:${moved.documentId}:${daysBefore(2).toISOString()}#1:overdue:1`);
      expect(await keysOf(kept.documentId)).toContain(`finding:${kept.documentId}:${daysBefore(3).toISOString()}#1:overdue:1`);
      const reminder = (await outbox()).find((r: any) =>
        r.dedupeKey.startsWith(`finding:${moved.documentId}:${daysBefore(2).toISOString()}`),
      );
      expect(reminder).toMatchObject({ templateKey: 'finding.overdue' });
      expect(reminder.to).toContain(officer.email);

      // the same deadline again: nothing, now or later the same day
      expect(await run(t1)).toMatchObject({ remindersQueued: 0 });
      expect(await run(new Date(t1.getTime() + 3 * 3600_000))).toMatchObject({ remindersQueued: 0 });
    });

    it('carries the reminders queued before the upgrade over to the current deadline, not to a moved one', async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const migration = require('../../database/migrations/2026.12.01T13.00.00.chase-obligation-keys.js');
      const same = await finding('ก่อนอัปเกรด กำหนดเดิม', dueBefore(2));
      const movedSince = await finding('ก่อนอัปเกรด เลื่อนกำหนดแล้ว', dueBefore(2));
      const oldRow = async (f: any, queuedAt: Date) => {
        const row = await app.strapi.db.query('api::notification.notification').create({
          data: {
            to: officer.email,
            subject: 'เตือน',
            text: 'เตือน',
            templateKey: 'finding.overdue',
            dedupeKey: `finding:${f.documentId}:overdue:1`,
            state: 'sent',
          },
        });
        await app.strapi.db.query('api::notification.notification').update({ where: { id: row.id }, data: { createdAt: queuedAt } });
      };
      await oldRow(same, daysBefore(1)); // after the current due date: this deadline's first reminder
      await oldRow(movedSince, daysBefore(30)); // before it: a reminder of the deadline it had then
      await migration.up(app.strapi.db.connection);
      expect(await keysOf(same.documentId)).toEqual([`finding:${same.documentId}:${daysBefore(2).toISOString()}:overdue:1`]);
      expect(await keysOf(movedSince.documentId)).toEqual([`finding:${movedSince.documentId}:overdue:1`]);
      expect(await run(t1)).toMatchObject({ remindersQueued: 1 });
      expect((await keysOf(movedSince.documentId)).sort()).toEqual(
        [`finding:${movedSince.documentId}:overdue:1`, `finding:${movedSince.documentId}:${daysBefore(2).toISOString()}:overdue:1`].sort(),
      );
      expect(await keysOf(same.documentId)).toHaveLength(1);
    });
  });
});
