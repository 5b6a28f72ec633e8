import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { dueAtFor } from '../../src/lib/reporting/periods';
import { generateExpectedReports } from '../../src/lib/reporting/jobs/generate-expected-reports';
import { chaseOverdueReports } from '../../src/lib/reporting/jobs/chase-overdue-reports';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { bangkokTime } from '../../src/lib/platform/thai-date';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const NOTIFICATION = 'api::notification.notification';
const AGENCY = 'api::agency.agency';

describe('mandatory reporting on a real Strapi', () => {
  let app: TestApp;
  let agencies: any[];
  beforeAll(async () => {
    app = await bootStrapi();
    agencies = await app.strapi.db.query(AGENCY).findMany({ orderBy: { id: 'asc' }, limit: 3 });
    await app.strapi.db.query(AGENCY).update({ where: { id: agencies[0].id }, data: { headEmail: 'head0@example.test' } });
    await app.strapi.db.query(AGENCY).update({ where: { id: agencies[1].id }, data: { headEmail: 'head1@example.test' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  let seq = 0;
  async function project(agencyIndex: number, extra: Record<string, unknown> = {}) {
    seq++;
    return app.strapi.documents(PROJECT as any).create({
      data: {
        code: `P-${seq}`,
        name: `โครงการทดสอบ ${seq}`,
        agency: agencies[agencyIndex].documentId,
        officerName: `เจ้าหน้าที่ ${seq}`,
        officerEmail: `officer${seq}@example.test`,
        supervisorEmail: `supervisor${agencyIndex}@example.test`,
        fiscalYear: 2570,
        state: 'active',
        reportingFrequency: 'quarterly',
        dueDaysAfterPeriodEnd: 15,
        ...extra,
      } as any,
    });
  }
  async function report(projectDoc: any, dueAt: Date, state = 'pending', label = `L${++seq}`) {
    return app.strapi.documents(REPORT as any).create({
      data: {
        project: projectDoc.documentId,
        slotKey: `${projectDoc.documentId}:${label}`,
        periodLabel: label,
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        dueAt,
        state,
      } as any,
    });
  }
  const outboxKeys = async () =>
    (await app.strapi.db.query(NOTIFICATION).findMany({ select: ['dedupeKey'] })).map((r: any) => r.dedupeKey).sort();

  describe('generate-expected-reports', () => {
    it('creates the coming periods of active projects once; a second run adds nothing', async () => {
      const now = bangkokTime(2026, 11, 25, 0, 10);
      const q = await project(0, { reportingFrequency: 'quarterly' });
      const m = await project(0, { reportingFrequency: 'monthly', startDate: '2026-11-10' });
      const off = await project(0, { state: 'suspended' });
      const first = await generateExpectedReports({ strapi: app.strapi, now, dryRun: false });
      expect(first.created).toBeGreaterThanOrEqual(3);
      const rows = async (p: any) =>
        await app.strapi.db.query(REPORT).findMany({ where: { project: { documentId: p.documentId } }, orderBy: { periodStart: 'asc' } });
      // 45 days ahead (the default): Q2 starts on 1 January, within the window
      expect((await rows(q)).map((r: any) => r.periodLabel)).toEqual(['FY2570-Q1', 'FY2570-Q2']);
      const monthly = await rows(m);
      expect(monthly.map((r: any) => r.periodLabel)).toEqual(['2569-11', '2569-12', '2570-01']);
      expect(monthly[0]).toMatchObject({ state: 'pending', periodStart: '2026-11-01', periodEnd: '2026-11-30' });
      expect(new Date(monthly[0].dueAt).toISOString()).toBe('2026-12-15T16:59:59.000Z');
      expect(await rows(off)).toEqual([]);
      const total = await app.strapi.db.query(REPORT).count();
      expect(await generateExpectedReports({ strapi: app.strapi, now, dryRun: false })).toMatchObject({ created: 0 });
      expect(await app.strapi.db.query(REPORT).count()).toBe(total);
      // cleanup so that the chase tests see only their own reports
      await app.strapi.db.query(REPORT).deleteMany({ where: {} });
    });
  });

  describe('chase-overdue-reports with a fixed clock', () => {
    const now = bangkokTime(2027, 2, 1, 8, 30);
    const dueInDays = (days: number) => new Date(dueAtFor('2027-02-01', days).getTime());
    const ids: Record<string, string> = {};
    const dues: Record<string, string> = {};
    /** a reminder's key: the report and the deadline it is owed by */
    const key = (name: string, step: string) => `report:${ids[name]}:${dues[name]}:${step}`;
    beforeAll(async () => {
      await app.strapi.db.query(NOTIFICATION).deleteMany({ where: {} });
      await app.strapi.db.query(REPORT).deleteMany({ where: {} });
      const p0 = await project(0);
      const p0b = await project(0);
      const p1 = await project(1);
      ids.dueSoon = (await report(p0, dueInDays(2))).documentId;
      ids.notYet = (await report(p0, dueInDays(5))).documentId;
      ids.overdue1 = (await report(p0, dueInDays(-1))).documentId;
      ids.overdue8 = (await report(p0, dueInDays(-8))).documentId;
      ids.overdue15 = (await report(p0b, dueInDays(-15))).documentId;
      ids.overdue30 = (await report(p0, dueInDays(-30))).documentId;
      ids.submitted = (await report(p0, dueInDays(-10), 'submitted')).documentId;
      ids.waived = (await report(p0, dueInDays(-20), 'waived')).documentId;
      ids.other20 = (await report(p1, dueInDays(-20))).documentId;
      for (const [name, documentId] of Object.entries(ids)) {
        const row = await app.strapi.db.query(REPORT).findOne({ where: { documentId }, select: ['dueAt'] });
        dues[name] = new Date(row.dueAt).toISOString();
      }
    });

    it('queues due-soon, overdue reminders at the interval and one escalation per agency; leaves submitted and waived alone', async () => {
      const counts = await chaseOverdueReports({ strapi: app.strapi, now, dryRun: false });
      expect(counts).toMatchObject({ remindersQueued: 5, escalations: 2 });
      const keys = await outboxKeys();
      const reminders = keys.filter((k: string) => k.startsWith('report:'));
      expect(reminders).toEqual(
        [
          key('dueSoon', 'due_soon'),
          key('overdue1', 'overdue:1'),
          key('overdue8', 'overdue:2'),
          key('overdue15', 'overdue:3'),
          key('other20', 'overdue:3'),
        ].sort(),
      );
      // 30 days overdue: maximum (3) reached, no reminder, but escalated
      expect(keys.some((k: string) => k.includes(ids.overdue30))).toBe(false);
      expect(keys.some((k: string) => k.includes(ids.submitted) || k.includes(ids.waived))).toBe(false);
      expect(keys.filter((k: string) => k.startsWith('escalation:'))).toHaveLength(2);

      const escalation = await app.strapi.db.query(NOTIFICATION).findOne({
        where: { dedupeKey: { $startsWith: `escalation:${agencies[0].documentId}:` } },
      });
      expect(escalation.to.split(', ').sort()).toEqual(['head0@example.test', 'supervisor0@example.test']);
      expect(escalation.subject).toContain('2 รายการ');
      expect(escalation.text).toContain('P-');
      const overdue = await app.strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey: key('overdue1', 'overdue:1') } });
      // the due date in Thai with the Buddhist year
      expect(overdue.text).toContain('31 มกราคม 2570');
      expect(overdue.to).toMatch(/^officer\d+@example\.test$/);
    });

    it('a second run (or a re-run after a crash) adds no notification', async () => {
      const before = await outboxKeys();
      expect(await chaseOverdueReports({ strapi: app.strapi, now, dryRun: false })).toMatchObject({ remindersQueued: 0, escalations: 0 });
      expect(await outboxKeys()).toEqual(before);
    });

    it('the next reminder comes after the interval; a newly escalated report triggers a new escalation email', async () => {
      const later = new Date(now.getTime() + 6 * 86_400_000);
      const sixDays = await chaseOverdueReports({ strapi: app.strapi, now: later, dryRun: false });
      // overdue8 is now 14 days overdue → escalated, in one email listing the agency's others too
      expect(sixDays.escalations).toBe(1);
      let keys = await outboxKeys();
      expect(keys).not.toContain(key('overdue1', 'overdue:2'));
      const week = new Date(now.getTime() + 7 * 86_400_000);
      const counts = await chaseOverdueReports({ strapi: app.strapi, now: week, dryRun: false });
      keys = await outboxKeys();
      expect(keys).toContain(key('overdue1', 'overdue:2'));
      expect(counts.escalations).toBe(0);
      const escalations = await app.strapi.db.query(NOTIFICATION).findMany({
        where: { dedupeKey: { $startsWith: `escalation:${agencies[0].documentId}:` } },
        orderBy: { id: 'asc' },
      });
      expect(escalations).toHaveLength(2);
      expect(escalations[1].subject).toContain('3 รายการ');
    });

    it('dispatches the reminders as real emails, one per recipient', async () => {
      const sent = await dispatchNotifications({ strapi: app.strapi, now: new Date(now.getTime() + 8 * 86_400_000), dryRun: false });
      const total = await app.strapi.db.query(NOTIFICATION).count();
      expect(sent.emailsSent).toBe(total);
      const mails = await app.smtp.waitFor(total);
      const escalation = mails.find((m) => m.to.includes('head0@example.test'))!;
      expect(escalation.subject).toMatch(/ค้างส่ง/);
      expect(escalation.html).toContain('<table');
    });

    it('chases a report returned with a new due date again, once, however many runs race for it', async () => {
      const t = new Date(now.getTime() + 40 * 86_400_000); // everything above has had its reminders by now
      const chase = () => chaseOverdueReports({ strapi: app.strapi, now: t, dryRun: false });
      const lastId = (await app.strapi.db.query(NOTIFICATION).findOne({ orderBy: { id: 'desc' }, select: ['id'] }))?.id ?? 0;
      const r = await report(await project(0), new Date(t.getTime() - 3 * 86_400_000));
      await chase();
      const firstDue = new Date(t.getTime() - 3 * 86_400_000).toISOString();
      expect((await outboxKeys()).filter((k) => k.startsWith(`report:${r.documentId}:`))).toEqual([
        `report:${r.documentId}:${firstDue}:overdue:1`,
      ]);
      // submitted, then returned (as in the admin panel) with a new due date that has already passed
      await app.strapi.documents(REPORT as any).update({
        documentId: r.documentId,
        data: { state: 'submitted', progressPercent: 10, narrative: 'ส่งแล้ว' } as any,
      });
      expect(await chase()).toMatchObject({ remindersQueued: 0 });
      await app.strapi.db.query(REPORT).update({ where: { documentId: r.documentId }, data: { escalatedAt: t } });
      const newDue = new Date(t.getTime() - 1 * 86_400_000);
      await app.strapi.documents(REPORT as any).update({
        documentId: r.documentId,
        data: { state: 'returned', reviewerComment: 'ขอข้อมูลเพิ่ม', dueAt: newDue } as any,
      });
      // owed again: to be escalated afresh once overdue long enough
      expect((await app.strapi.db.query(REPORT).findOne({ where: { documentId: r.documentId } })).escalatedAt).toBeNull();
      const [a, b] = await Promise.all([chase(), chase()]);
      expect(a.remindersQueued + b.remindersQueued).toBe(1);
      expect(await chase()).toMatchObject({ remindersQueued: 0 });
      expect((await outboxKeys()).filter((k) => k.startsWith(`report:${r.documentId}:`))).toEqual([
        `report:${r.documentId}:${firstDue}:overdue:1`,
        `report:${r.documentId}:${newDue.toISOString()}#1:overdue:1`,
        `report:${r.documentId}:returned:1`,
      ]);
      // the emails queued here are not for the tests that dispatch the outbox next
      await app.strapi.db.query(NOTIFICATION).deleteMany({ where: { id: { $gt: lastId } } });
    });
  });

  describe("the agency officer's API", () => {
    let own: TestUser;
    let otherAgency: TestUser;
    let reviewer: TestUser;
    let mine: any;
    let theirs: any;
    let myProject: any;
    let theirProject: any;
    beforeAll(async () => {
      own = await createUser(app.strapi, 'agency-officer');
      otherAgency = await createUser(app.strapi, 'agency-officer');
      reviewer = await createUser(app.strapi, 'complaint-officer');
      await app.strapi.db.query(AGENCY).update({ where: { id: agencies[0].id }, data: { reportingOfficers: [own.id] } });
      await app.strapi.db.query(AGENCY).update({ where: { id: agencies[2].id }, data: { reportingOfficers: [otherAgency.id] } });
      myProject = await project(0);
      theirProject = await project(1);
      mine = await report(myProject, new Date(Date.now() - 86_400_000));
      theirs = await report(theirProject, new Date(Date.now() + 30 * 86_400_000));
    });

    const get = (path: string, user?: TestUser) => {
      const r = app.http().get(path);
      return user ? r.set('Authorization', user.auth) : r;
    };
    const post = (path: string, body: unknown, user?: TestUser) => {
      const r = app
        .http()
        .post(path)
        .send(body as object);
      return user ? r.set('Authorization', user.auth) : r;
    };
    const valid = {
      data: {
        progressPercent: 40,
        budgetSpent: 125000.5,
        narrative: 'ดำเนินการตามแผน',
        kpiResults: [{ name: 'จำนวนโรงงาน', target: 10, actual: 4 }],
      },
    };

    it("lists only the own agency's projects and reports; another agency's are 404", async () => {
      const list = await get('/api/progress-reports', own).expect(200);
      const docIds = list.body.data.map((r: any) => r.documentId);
      expect(docIds).toContain(mine.documentId);
      expect(docIds).not.toContain(theirs.documentId);
      for (const r of list.body.data) expect(r.slotKey).toBeUndefined();
      await get(`/api/progress-reports/${mine.documentId}`, own).expect(200);
      await get(`/api/progress-reports/${theirs.documentId}`, own).expect(404);
      const projects = await get('/api/projects', own).expect(200);
      expect(projects.body.data.map((p: any) => p.documentId)).toEqual(expect.arrayContaining([myProject.documentId]));
      expect(projects.body.data.map((p: any) => p.documentId)).not.toContain(theirProject.documentId);
      await get(`/api/projects/${theirProject.documentId}`, own).expect(404);
      // a filter cannot widen the scope
      const widened = await get(`/api/progress-reports?filters[documentId][$eq]=${theirs.documentId}`, own).expect(200);
      expect(widened.body.data).toEqual([]);
      // an officer of another agency sees neither
      await get(`/api/progress-reports/${mine.documentId}`, otherAgency).expect(404);
      await post(`/api/progress-reports/${mine.documentId}/submit`, valid, otherAgency).expect(404);
      await post(`/api/progress-reports/${theirs.documentId}/submit`, valid, own).expect(404);
    });

    it('refuses bad input with a 400 naming the field', async () => {
      const bad = async (data: unknown, field: string) => {
        const res = await post(`/api/progress-reports/${mine.documentId}/submit`, { data }, own).expect(400);
        expect(res.body.error.details.field).toBe(field);
        expect(res.body.error.message).toContain(field);
      };
      await bad({ narrative: 'x' }, 'progressPercent');
      await bad({ progressPercent: 140, narrative: 'x' }, 'progressPercent');
      await bad({ progressPercent: 'abc', narrative: 'x' }, 'progressPercent');
      await bad({ progressPercent: 10 }, 'narrative');
      await bad({ progressPercent: 10, narrative: 'x', state: 'accepted' }, 'state');
      await bad({ progressPercent: 10, narrative: 'x', kpiResults: [{ target: 1 }] }, 'kpiResults[0].name');
      await bad({ progressPercent: 10, narrative: 'x', budgetSpent: -1 }, 'budgetSpent');
      await bad('nope', 'data');
    });

    it('submits, records a late submission as late; a second submit is a conflict', async () => {
      const res = await post(`/api/progress-reports/${mine.documentId}/submit`, valid, own).expect(200);
      expect(res.body.data).toMatchObject({ state: 'submitted', late: true, narrative: 'ดำเนินการตามแผน' });
      expect(Number(res.body.data.progressPercent)).toBe(40);
      const again = await post(`/api/progress-reports/${mine.documentId}/submit`, valid, own).expect(409);
      expect(again.body.error.message).toMatch(/state/);
      expect(again.body.error.details.field).toBe('state');
      const onTime = await report(myProject, new Date(Date.now() + 86_400_000));
      const r2 = await post(`/api/progress-reports/${onTime.documentId}/submit`, valid, own).expect(200);
      expect(r2.body.data.late).toBe(false);
    });

    it('a reviewer returns it with a comment: re-opened, and the officer is told by email', async () => {
      await post(`/api/progress-reports/${mine.documentId}/return`, { data: {} }, reviewer).expect(400);
      const res = await post(
        `/api/progress-reports/${mine.documentId}/return`,
        { data: { comment: 'กรุณาแนบหลักฐาน <การเบิกจ่าย>' } },
        reviewer,
      ).expect(200);
      expect(res.body.data).toMatchObject({ state: 'returned', reviewerComment: 'กรุณาแนบหลักฐาน <การเบิกจ่าย>' });
      const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey: `report:${mine.documentId}:returned:1` } });
      expect(row).toMatchObject({ templateKey: 'report.returned', to: myProject.officerEmail, state: 'pending' });
      expect(row.html).toContain('&lt;การเบิกจ่าย&gt;');
      app.smtp.messages.length = 0;
      await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
      const [mail] = await app.smtp.waitFor(1);
      expect(mail.to).toEqual([myProject.officerEmail]);
      expect(mail.subject).toContain('ส่งคืนแก้ไข');
      // re-opened: the officer can submit again, the reviewer accepts
      await post(`/api/progress-reports/${mine.documentId}/submit`, valid, own).expect(200);
      const accepted = await post(`/api/progress-reports/${mine.documentId}/accept`, { data: { comment: 'ok' } }, reviewer).expect(200);
      expect(accepted.body.data.state).toBe('accepted');
    });

    it('a return made in the admin panel (Document Service) also emails the officer; the first submission decides lateness', async () => {
      const onTime = await report(myProject, new Date(Date.now() + 86_400_000));
      const first = await post(`/api/progress-reports/${onTime.documentId}/submit`, valid, own).expect(200);
      expect(first.body.data.late).toBe(false);
      await app.strapi.documents(REPORT as any).update({
        documentId: onTime.documentId,
        data: { state: 'returned', reviewerComment: 'แก้ไขตัวเลข', dueAt: new Date(Date.now() - 86_400_000) } as any,
      });
      const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey: `report:${onTime.documentId}:returned:1` } });
      expect(row).toMatchObject({ templateKey: 'report.returned', to: myProject.officerEmail });
      expect(row.text).toContain('แก้ไขตัวเลข');
      // resubmitted after the (moved) due date: still on time, because the first submission was
      const again = await post(`/api/progress-reports/${onTime.documentId}/submit`, valid, own).expect(200);
      expect(again.body.data.late).toBe(false);
      expect((await app.strapi.db.query(REPORT).findOne({ where: { documentId: onTime.documentId } })).returnCount).toBe(1);
    });

    it('role matrix over every reporting route', async () => {
      const pending = await report(myProject, new Date(Date.now() + 86_400_000));
      const roles: Array<[string, TestUser | undefined]> = [['public', undefined]];
      for (const type of ['authenticated', 'response-team-member', 'volunteer-coordinator', 'volunteer']) {
        roles.push([type, await createUser(app.strapi, type)]);
      }
      const routes = (id: string, pid: string): Array<[string, string, () => any]> => [
        ['GET', '/api/projects', () => null],
        ['GET', `/api/projects/${pid}`, () => null],
        ['GET', '/api/progress-reports', () => null],
        ['GET', `/api/progress-reports/${id}`, () => null],
        ['POST', `/api/progress-reports/${id}/submit`, () => valid],
        ['POST', `/api/progress-reports/${id}/accept`, () => ({ data: {} })],
        ['POST', `/api/progress-reports/${id}/return`, () => ({ data: { comment: 'x' } })],
      ];
      const call = (method: string, path: string, body: unknown, user?: TestUser) =>
        method === 'GET' ? get(path, user) : post(path, body, user);
      const statuses = async (user: TestUser | undefined) => {
        const out: number[] = [];
        for (const [method, path, body] of routes(pending.documentId, myProject.documentId)) {
          out.push((await call(method, path, body(), user)).status);
        }
        return out;
      };
      // roles without access: refused everywhere
      for (const [type, user] of roles) {
        expect({ type, statuses: await statuses(user) }).toEqual({
          type,
          statuses: user ? [403, 403, 403, 403, 403, 403, 403] : [403, 403, 403, 403, 403, 403, 403],
        });
      }
      // an officer of another agency: lists are empty-scoped, the report and project do not exist for them
      expect(await statuses(otherAgency)).toEqual([200, 404, 200, 404, 404, 403, 403]);
      // the reviewer: reads, cannot submit; a pending report cannot be accepted or returned (409)
      expect(await statuses(reviewer)).toEqual([200, 200, 200, 200, 403, 409, 409]);
      // the own officer: reads, submits (once), cannot review
      expect(await statuses(own)).toEqual([200, 200, 200, 200, 200, 403, 403]);
    });
  });
});
