import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createMaterial } from '../harness/training-fixtures';
import { findJob } from '../../src/jobs';
import { fireJob } from '../../src/lib/platform/scheduler';
import { obligationSources } from '../../src/lib/manifests';

/**
 * The obligation engine on a set clock, every source at once: reports, findings, required reading and
 * volunteer activities (complaint deadlines: tests/api/complaint-escalation.test.ts, which also runs
 * the job on two processes). An agency officer gets one digest a day listing everything the agency
 * owes; a done item is muted; a re-run adds nothing; two runs at once send each digest once.
 */
const HOUR = 3600_000;
const DAY = 24 * HOUR;
// Wednesday 10 March 2027, 08:30 in Bangkok: the job's daily run
const N = new Date('2027-03-10T01:30:00Z');
const at = (days: number, hours = 0) => new Date(N.getTime() + days * DAY + hours * HOUR);
const JOB = 'chase-obligations';
const REPORT = 'api::progress-report.progress-report';
const FINDING = 'api::inspection-finding.inspection-finding';

describe('chase-obligations: one digest per recipient per day over every source', () => {
  let app: TestApp;
  let officer: TestUser;
  let agency: any;
  const reports: Record<string, any> = {};
  let material: string;

  const run = (now: Date) => findJob(JOB)!.run({ strapi: app.strapi, now, dryRun: false });
  const digests = async () =>
    (
      await app.strapi.db
        .query('api::notification.notification')
        .findMany({ where: { templateKey: 'obligation.digest' }, orderBy: { id: 'asc' } })
    ).map((r: any) => ({ to: r.to as string, text: r.text as string, key: r.dedupeKey as string }));
  const to = async (address: string) => (await digests()).filter((d) => d.to === address.toLowerCase());

  beforeAll(async () => {
    app = await bootStrapi();
    const s = app.strapi;
    officer = await createUser(s, 'agency-officer');
    agency = await s.db.query('api::agency.agency').findOne({ where: { code: 'DPIM' } });
    await s.db.query('api::agency.agency').update({
      where: { id: agency.id },
      data: { headEmail: 'head@example.test', reportingOfficers: [officer.id] },
    });
    const project = await s.db.query('api::project.project').create({
      data: {
        code: 'OB-1',
        name: 'โครงการส่งเสริมเอสเอ็มอี',
        agency: agency.id,
        officerName: 'สมชาย',
        officerEmail: 'project-officer@example.test',
        supervisorEmail: 'supervisor@example.test',
        fiscalYear: 2570,
        state: 'active',
        reportingFrequency: 'monthly',
        dueDaysAfterPeriodEnd: 15,
      },
    });
    const report = async (label: string, dueAt: Date, state = 'pending') =>
      (reports[label] = await s.db.query(REPORT).create({
        data: {
          project: project.id,
          slotKey: `OB-1:${label}`,
          periodLabel: label,
          periodStart: '2027-01-01',
          periodEnd: '2027-01-31',
          dueAt,
          state,
        },
      }));
    await report('2570-soon', at(2)); // due in 2 days: "due soon" to the owners
    await report('2570-due', at(0, -1)); // due an hour ago: "due now"
    await report('2570-late', at(-15)); // 15 days late: the 2nd overdue reminder, and the supervisor and agency head
    await report('2570-sent', at(-5), 'submitted'); // done: nothing
    const inspection = await s.db.query('api::inspection.inspection').create({
      data: { code: 'INS-OB-1', title: 'ตรวจติดตาม', type: 'regular', fiscalYear: 2570, round: 1, state: 'planned' },
    });
    const finding = (title: string, dueAt: Date, state = 'open') =>
      s.db.query(FINDING).create({
        data: {
          inspection: inspection.id,
          title,
          finding: title,
          recommendation: 'แก้ไข',
          severity: 'high',
          responsibleAgency: agency.id,
          dueAt,
          state,
        },
      });
    await finding('น้ำเสียเกินมาตรฐาน', at(-1));
    await finding('ตอบแล้ว', at(-20), 'responded');
    // required reading for agency officers, due tomorrow
    material = await createMaterial(s, { slug: 'ob-reading', th: { title: 'ระเบียบการรายงานผล' }, requiredFor: ['agency-officer'] });
    await s.db
      .query('api::training-material.training-material')
      .updateMany({ where: { documentId: material }, data: { requiredDueDate: '2027-03-11' } });
    // a volunteer registered for an activity tomorrow morning, and one on Saturday
    const volunteer = await s.db
      .query('api::volunteer.volunteer')
      .create({ data: { fullName: 'สมศรี อาสา', email: 'vol@example.test', state: 'active' } });
    const activity = async (title: string, startAt: Date) => {
      const a = await s.db.query('api::volunteer-activity.volunteer-activity').create({
        data: { title, startAt, endAt: new Date(startAt.getTime() + 3 * HOUR), capacity: 10, state: 'open' },
      });
      await s.db
        .query('api::participation.participation')
        .create({ data: { activity: a.id, volunteer: volunteer.id, state: 'registered' } });
    };
    await activity('ปลูกป่าชายเลน', at(1));
    await activity('เก็บขยะชายหาด', at(3)); // Saturday 08:30
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('sends nothing before office hours: the run defers', async () => {
    // every source waits for office hours
    expect(await run(at(0, -2))).toMatchObject({ digests: 0, deferred: obligationSources.length });
    expect(obligationSources.length).toBeGreaterThanOrEqual(7);
    expect(await digests()).toEqual([]);
  });

  it('gives the agency officer one digest listing everything the agency owes, from every source, with why and a link each', async () => {
    expect(await run(N)).toMatchObject({ digests: 5 });
    const [mine] = await to(officer.email);
    expect(mine.key).toMatch(/^digest:[0-9a-f]{16}:2027-03-10$/);
    for (const what of ['2570-soon', '2570-due', '2570-late', 'น้ำเสียเกินมาตรฐาน', 'ระเบียบการรายงานผล']) expect(mine.text).toContain(what);
    expect(mine.text).not.toContain('2570-sent');
    expect(mine.text).not.toContain('ตอบแล้ว');
    expect(mine.text).toContain('เกินกำหนด (เตือนทุก 7 วัน) (ครั้งที่ 2)');
    expect(mine.text).toContain('เหตุที่คุณได้รับ: หน่วยงานของคุณรับผิดชอบข้อเสนอแนะนี้');
    expect(mine.text).toContain(`/staff/report.html?id=${reports['2570-late'].documentId}`);
    expect(mine.text).toContain('/training/#/m/ob-reading');
    expect(mine.text).toMatch(/ประจำวันที่ 10 มีนาคม 2570/);
    // the project's officer: its reports only; the next level: the report 15 days late only
    expect((await to('project-officer@example.test'))[0].text).not.toContain('น้ำเสีย');
    for (const up of ['supervisor@example.test', 'head@example.test']) {
      const [d] = await to(up);
      expect(d.text).toContain('2570-late');
      expect(d.text).not.toContain('2570-due');
      expect(d.text).toContain('ยกระดับถึงผู้บังคับบัญชา');
    }
    expect((await app.strapi.db.query(REPORT).findOne({ where: { id: reports['2570-late'].id } })).escalatedAt).toBeTruthy();
    // the volunteer: tomorrow's activity, not Saturday's yet
    const [vol] = await to('vol@example.test');
    expect(vol.text).toContain('ปลูกป่าชายเลน');
    expect(vol.text).not.toContain('เก็บขยะชายหาด');
  });

  it('adds nothing when run again the same day', async () => {
    expect(await run(N)).toMatchObject({ digests: 0, stepsSent: 0 });
    expect(await run(at(0, 2))).toMatchObject({ digests: 0, stepsSent: 0 });
    expect(await digests()).toHaveLength(5);
  });

  it('stops reminding what was done: a submitted report, an acknowledged reading', async () => {
    await app.strapi.db.query(REPORT).update({ where: { id: reports['2570-soon'].id }, data: { state: 'submitted' } });
    await app.strapi.db.query('api::training-acknowledgement.training-acknowledgement').create({
      data: { key: `${officer.id}:${material}:1`, user: officer.id, materialDocumentId: material, version: 1, acknowledgedAt: at(1) },
    });
    // Friday: the report would be due and the reading past due; only Saturday's activity is new
    expect(await run(at(2))).toMatchObject({ digests: 1 });
    const friday = (await digests()).filter((d) => d.key.endsWith(':2027-03-12'));
    expect(friday.map((d) => d.to)).toEqual(['vol@example.test']);
    expect(friday[0].text).toContain('เก็บขยะชายหาด');
  });

  it('sends each digest once when two runs fire at once, and each step once across days', async () => {
    // a week on: the overdue reminders of the report due last week and of the finding, the 3rd of the late report
    const [a, b] = await Promise.all([fireJob(app.strapi, JOB, at(7)), fireJob(app.strapi, JOB, at(7, 1 / 60))]);
    expect(a.ran && b.ran).toBe(true);
    expect((a.counts!.digests ?? 0) + (b.counts!.digests ?? 0)).toBe(2);
    const week = (await digests()).filter((d) => d.key.endsWith(':2027-03-17'));
    expect(week.map((d) => d.to).sort()).toEqual([officer.email.toLowerCase(), 'project-officer@example.test'].sort());
    const mine = week.find((d) => d.to === officer.email.toLowerCase())!;
    expect(mine.text).toContain('(ครั้งที่ 3)');
    expect(mine.text).toContain('น้ำเสียเกินมาตรฐาน');
    const ledger: { key: string }[] = await app.strapi.db.connection('escalation_sends').select('key');
    expect(new Set(ledger.map((r) => r.key)).size).toBe(ledger.length);
    expect(await run(at(7, 2))).toMatchObject({ digests: 0, stepsSent: 0 });
  });
});
