import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { dueAtFor } from '../../src/lib/reporting/periods';
import { generateExpectedReports } from '../../src/lib/reporting/jobs/generate-expected-reports';
import { findJob } from '../../src/jobs';
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

  describe('the obligation engine chases reports (fixed clock)', () => {
    const now = bangkokTime(2027, 2, 1, 8, 30);
    const dueInDays = (days: number) => new Date(dueAtFor('2027-02-01', days).getTime());
    const chase = (at: Date) => findJob('chase-obligations')!.run({ strapi: app.strapi, now: at, dryRun: false });
    const digestsTo = async (to: string) =>
      (
        await app.strapi.db
          .query(NOTIFICATION)
          .findMany({ where: { templateKey: 'obligation.digest', to }, orderBy: { id: 'asc' }, select: ['text'] })
      ).map((n: any) => n.text as string);
    let officer: string;
    beforeAll(async () => {
      await app.strapi.db.query(NOTIFICATION).deleteMany({ where: {} });
      await app.strapi.db.query(REPORT).deleteMany({ where: {} });
      // any hour of any day: the engine's office hours are its own tests' concern (tests/api/obligations.test.ts)
      await app.strapi.db
        .query('api::reminder-policy.reminder-policy')
        .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
      const p0: any = await project(0);
      officer = p0.officerEmail;
      await report(p0, dueInDays(2), 'pending', 'R-SOON');
      await report(p0, dueInDays(5), 'pending', 'R-LATER');
      await report(p0, dueInDays(-1), 'pending', 'R-LATE-1');
      await report(p0, dueInDays(-15), 'pending', 'R-LATE-15');
      await report(p0, dueInDays(-10), 'submitted', 'R-SENT');
      await report(p0, dueInDays(-20), 'waived', 'R-WAIVED');
    });

    it("reminds the project's officer of what is due soon or late, the next level of what is long late, never of what was sent or waived", async () => {
      await chase(now);
      const [mine] = await digestsTo(officer);
      for (const label of ['R-SOON', 'R-LATE-1', 'R-LATE-15']) expect(mine).toContain(label);
      for (const label of ['R-LATER', 'R-SENT', 'R-WAIVED']) expect(mine).not.toContain(label);
      // the due date in Thai with the Buddhist year
      expect(mine).toContain('31 ม.ค. 2570');
      for (const up of ['supervisor0@example.test', 'head0@example.test']) {
        const [theirs] = await digestsTo(up);
        expect(theirs).toContain('R-LATE-15');
        expect(theirs).not.toContain('R-LATE-1 ');
      }
      const sent = await dispatchNotifications({ strapi: app.strapi, now, dryRun: false });
      expect(sent.emailsSent).toBe(3);
      const mails = await app.smtp.waitFor(3);
      expect(mails.find((m) => m.to.includes('head0@example.test'))!.subject).toMatch(/ประจำวันที่ 1 กุมภาพันธ์ 2570/);
    });

    it('chases a report returned with a new due date again, once, however many runs race for it', async () => {
      const t = new Date(now.getTime() + 40 * 86_400_000);
      const lastId = (await app.strapi.db.query(NOTIFICATION).findOne({ orderBy: { id: 'desc' }, select: ['id'] }))?.id ?? 0;
      const r: any = await report(await project(0), new Date(t.getTime() - 3 * 86_400_000), 'pending', 'R-RETURNED');
      const p: any = await app.strapi.db.query(REPORT).findOne({ where: { documentId: r.documentId }, populate: { project: true } });
      const to = p.project.officerEmail;
      const count = async () => (await digestsTo(to)).filter((text) => text.includes('R-RETURNED')).length;
      await chase(t);
      expect(await count()).toBe(1);
      // submitted, then returned (as in the admin panel) with a new due date that has already passed
      await app.strapi.documents(REPORT as any).update({
        documentId: r.documentId,
        data: { state: 'submitted', progressPercent: 10, narrative: 'ส่งแล้ว' } as any,
      });
      const t2 = new Date(t.getTime() + 86_400_000);
      await chase(t2);
      expect(await count()).toBe(1);
      await app.strapi.db.query(REPORT).update({ where: { documentId: r.documentId }, data: { escalatedAt: t } });
      await app.strapi.documents(REPORT as any).update({
        documentId: r.documentId,
        data: { state: 'returned', reviewerComment: 'ขอข้อมูลเพิ่ม', dueAt: new Date(t.getTime() - 86_400_000) } as any,
      });
      // owed again: to be escalated afresh once overdue long enough
      expect((await app.strapi.db.query(REPORT).findOne({ where: { documentId: r.documentId } })).escalatedAt).toBeNull();
      const t3 = new Date(t.getTime() + 2 * 86_400_000);
      await Promise.all([chase(t3), chase(t3)]);
      await chase(t3);
      expect(await count()).toBe(2);
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
