import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { findJob } from '../../src/jobs';
import { asTrusted } from '../../src/lib/platform/trusted-write';

const DAY = 86400_000;
const now = new Date('2026-12-01T01:30:00Z'); // 08:30 in Bangkok

describe('inspection findings through the obligation engine (chase-obligations)', () => {
  let app: TestApp;
  let officer: TestUser;
  let inspector: TestUser;
  let agency: any;
  let finding: (title: string, dueInDays: number, state?: string) => Promise<any>;
  const run = (at: Date) => findJob('chase-obligations')!.run({ strapi: app.strapi, now: at, dryRun: false });
  /** the ladder steps sent about a finding: `<due>[#cycle]:<step>[@repeat]` */
  const stepsOf = async (documentId: string) =>
    (
      (await app.strapi.db.connection('escalation_sends').select('key').where('key', 'like', `finding:${documentId}:%`)) as {
        key: string;
      }[]
    )
      .map((r) => r.key.split(':').slice(2, -1).join(':').replace(':due:', ':'))
      .filter((k, i, all) => all.indexOf(k) === i) // one per step, whoever it went to
      .sort();
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

  it("lists due-soon, due, overdue and escalated findings in the agency officer's one digest; the head and inspectors get the escalated one", async () => {
    const counts = await run(now);
    expect(counts.digests).toBeGreaterThanOrEqual(3);
    const rows = await outbox();
    const mine = rows.filter((r: any) => r.to === officer.email.toLowerCase());
    expect(mine).toHaveLength(1);
    expect(mine[0].templateKey).toBe('obligation.digest');
    for (const t of ['ใกล้ครบกำหนด', 'เกินหนึ่งวัน', 'เกินนาน']) expect(mine[0].text).toContain(t);
    expect(mine[0].text).not.toContain('ตอบแล้ว');
    expect(mine[0].text).not.toContain('ยังไม่ถึง');
    expect(mine[0].text).toContain('2569'); // Thai date with the Buddhist year
    expect(mine[0].text).toContain('/staff/finding.html?id=');
    const head = rows.find((r: any) => r.to === agency.headEmail.toLowerCase());
    const insp = rows.find((r: any) => r.to === inspector.email.toLowerCase());
    for (const d of [head, insp]) {
      expect(d.text).toContain('เกินนาน');
      expect(d.text).not.toContain('เกินหนึ่งวัน');
    }
  });

  it('adds nothing when run again, and sends the next overdue reminder only after the interval', async () => {
    const before = (await outbox()).length;
    expect(await run(now)).toMatchObject({ digests: 0, stepsSent: 0 });
    expect((await outbox()).length).toBe(before);
    // three days on (Friday), the finding that was due soon is one day overdue: due now; nothing else is new
    expect(await run(new Date(now.getTime() + 3 * DAY))).toMatchObject({ digests: 1, stepsSent: 1 });
    expect(await run(new Date(now.getTime() + 3 * DAY))).toMatchObject({ digests: 0, stepsSent: 0 });
    // a week after the 1-day-late one was due: its first repeat (7 days after due)
    const later = await run(new Date(now.getTime() + 7 * DAY));
    expect(later.stepsSent).toBeGreaterThanOrEqual(1);
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
      const d40 = daysBefore(40).toISOString();
      const d3 = daysBefore(3).toISOString();
      // the first obligation: due, overdue every 7 days (three times), escalated; then the agency answers
      for (const d of [39, 32, 25]) await run(daysBefore(d));
      await run(t1);
      expect(await stepsOf(moved.documentId)).toEqual(
        [`${d40}:policy:due`, `${d40}:policy:after`, `${d40}:policy:after@2`, `${d40}:policy:after@3`, `${d40}:policy:escalate`].sort(),
      );
      expect(await stepsOf(kept.documentId)).toEqual([`${d3}:policy:due`]);
      await respond(moved);
      await respond(kept);
      const t2 = new Date(t1.getTime() + DAY); // the next day: today's digest has gone out
      expect(await run(t2)).toMatchObject({ stepsSent: 0 });

      // re-opened with a new due date that has already passed, and re-opened keeping its date
      await http(inspector, `/api/inspection-findings/${moved.documentId}/reopen`, {
        comment: 'ยังไม่ครบ',
        dueAt: daysBefore(2).toISOString(),
      }).expect(200);
      await http(inspector, `/api/inspection-findings/${kept.documentId}/reopen`, { comment: 'ขอหลักฐาน' }).expect(200);
      const t3 = new Date(t1.getTime() + 2 * DAY);
      const [a, b] = await Promise.all([run(t3), run(t3)]);
      expect(a.digests + b.digests).toBe(1);
      expect(await stepsOf(moved.documentId)).toContain(`${daysBefore(2).toISOString()}#1:policy:due`);
      expect(await stepsOf(kept.documentId)).toContain(`${d3}#1:policy:due`);
      const digest = (await outbox()).find((r: any) => r.to === officer.email.toLowerCase() && r.dedupeKey.endsWith(':2027-03-03'));
      expect(digest.text).toContain('เปิดใหม่พร้อมกำหนดใหม่');
      expect(digest.text).toContain('เปิดใหม่กำหนดเดิม');

      // the same deadline again: nothing, now or later the same day
      expect(await run(t3)).toMatchObject({ stepsSent: 0 });
      expect(await run(new Date(t3.getTime() + 3 * 3600_000))).toMatchObject({ stepsSent: 0 });
    });

    it('the migration carries old reminder keys over to the current deadline, not to a moved one', async () => {
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
      expect(await keysOf(same.documentId)).toHaveLength(1);
    });
  });
});
