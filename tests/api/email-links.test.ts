import request from 'supertest';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createTeam, fileComplaint } from '../harness/complaints';
import type { CapturedMail } from '../harness/smtp';
import { foreignLinks, linksOf, pageStatus, staffApiStatus, targetOf } from '../harness/email-links';
import { findJob } from '../../src/jobs';
import { asTrusted } from '../../src/lib/platform/trusted-write';

/**
 * Every e-mail MIND Desk sends links to the page where its recipient acts, with an absolute address
 * (a mail client cannot open "/complaints/…"): field teams, agency officers, inspectors and volunteers
 * a page of the staff app (/staff/…), administrators the admin panel, citizens the tracking page, and
 * the password-reset e-mail the staff app's reset page. PUBLIC_URL is unset here, as in development:
 * the links use the address this instance listens on.
 *
 * Each kind of e-mail is triggered the way it happens in use (the filing form, an officer's
 * assignment, the scheduled jobs, a return, a sign-up and a cancellation, "forgot password"), sent
 * through the outbox to the test SMTP server, and each captured link is opened as its recipient: the
 * page answers 200, and for a staff page the API call the page makes answers 200 with the recipient's
 * token; an admin-panel link's entry answers 200 to the administrator's token (the panel's bundle is
 * not served in API tests; tests/browser/admin-browser.test.ts opens the panel itself).
 */
const DAY = 86400_000;
const HOUR = 3600_000;
const ADMIN = { email: 'desk-admin@example.test', password: 'Admin-Passw0rd' };
const COMPLAINANT_EMAIL = 'citizen.links@example.test';

const run = (app: TestApp, job: string, now = new Date()) => findJob(job)!.run({ strapi: app.strapi, now, dryRun: false });

describe('e-mail links', () => {
  let app: TestApp;
  let officer: TestUser;
  let member: TestUser;
  let agencyOfficer: TestUser;
  let head: TestUser;
  let inspector: TestUser;
  let volunteerA: TestUser;
  let volunteerB: TestUser;
  let adminToken: string;
  /** users-permissions accounts by e-mail: the token each recipient opens their links with */
  const accounts = new Map<string, TestUser>();
  const sentKeys: string[] = [];
  let mails: CapturedMail[] = [];

  const as = (u: TestUser) => ({
    post: (path: string, body: unknown) =>
      app
        .http()
        .post(path)
        .set('Authorization', u.auth)
        .send(body as object),
  });

  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_URL: '', PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: ADMIN.email, DEMO_ADMIN_PASSWORD: ADMIN.password },
    });
    adminToken = (await app.http().post('/admin/login').send(ADMIN).expect(200)).body.data.token;
    officer = await createUser(app.strapi, 'complaint-officer');
    member = await createUser(app.strapi, 'response-team-member');
    agencyOfficer = await createUser(app.strapi, 'agency-officer');
    head = await createUser(app.strapi, 'agency-officer');
    inspector = await createUser(app.strapi, 'inspector');
    volunteerA = await createUser(app.strapi, 'volunteer');
    volunteerB = await createUser(app.strapi, 'volunteer');
    for (const u of [officer, member, agencyOfficer, head, inspector, volunteerA, volunteerB]) accounts.set(u.email, u);

    // --- complaints: receipt, assignment, SLA due soon and breach (escalated to the desk's administrator)
    const slaPolicy = await app.strapi.documents('api::sla-policy.sla-policy').findFirst();
    await app.strapi
      .documents('api::sla-policy.sla-policy')
      .update({ documentId: slaPolicy!.documentId, data: { escalationEmails: ADMIN.email } as any });
    const team = await createTeam(app.strapi, 'links-team', [member], member.email);
    await app.strapi
      .documents('api::response-team.response-team')
      .update({ documentId: team.documentId, data: { lead: member.id } as any });
    const complaint = await fileComplaint(app, { complainant: { name: 'ผู้ร้อง ทดสอบลิงก์', email: COMPLAINANT_EMAIL } });
    await as(officer).post(`/api/complaints/${complaint.documentId}/assign`, { team: team.documentId }).expect(200);
    const due = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: complaint.documentId } });
    await run(app, 'watch-complaint-sla', new Date(new Date(due.resolveDueAt).getTime() - HOUR / 2));
    await run(app, 'watch-complaint-sla', new Date(new Date(due.resolveDueAt).getTime() + 2 * HOUR));

    // --- progress reports: due soon, overdue, escalation (agency head and supervisor), returned
    const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DPIM' } });
    await app.strapi.documents('api::agency.agency').update({
      documentId: agency.documentId,
      data: { reportingOfficers: [agencyOfficer.id, head.id], headEmail: head.email } as any,
    });
    const project: any = await app.strapi.documents('api::project.project').create({
      data: {
        code: 'LINK-1',
        name: 'โครงการทดสอบลิงก์',
        agency: agency.documentId,
        officerName: 'เจ้าหน้าที่รายงาน',
        officerEmail: agencyOfficer.email,
        supervisorEmail: officer.email,
        fiscalYear: 2570,
        state: 'active',
        reportingFrequency: 'quarterly',
        dueDaysAfterPeriodEnd: 15,
      } as any,
    });
    const report = (label: string, dueAt: Date) =>
      app.strapi.documents('api::progress-report.progress-report').create({
        data: {
          project: project.documentId,
          slotKey: `${project.documentId}:${label}`,
          periodLabel: label,
          periodStart: '2026-07-01',
          periodEnd: '2026-09-30',
          dueAt,
          state: 'pending',
        } as any,
      });
    const overdue = await report('LINK-Q1', new Date(Date.now() - 20 * DAY));
    await report('LINK-Q2', new Date(Date.now() + 2 * DAY));
    await as(agencyOfficer)
      .post(`/api/progress-reports/${overdue.documentId}/submit`, { data: { progressPercent: 40, narrative: 'ดำเนินการแล้วบางส่วน' } })
      .expect(200);
    await as(officer)
      .post(`/api/progress-reports/${overdue.documentId}/return`, { data: { comment: 'กรุณาแนบเอกสาร' } })
      .expect(200);

    // --- inspection findings: overdue reminder to the agency's officers, escalation to the head and the inspector
    const inspection: any = await app.strapi.documents('api::inspection.inspection').create({
      data: { code: 'INS-LINK-1', title: 'ตรวจลิงก์', type: 'regular', fiscalYear: 2570, round: 1, inspectors: [inspector.id] } as any,
    });
    await asTrusted(() =>
      app.strapi.documents('api::inspection-finding.inspection-finding').create({
        data: {
          inspection: inspection.documentId,
          title: 'ยังไม่มีแผนความเสี่ยง',
          finding: 'ไม่พบแผน',
          recommendation: 'จัดทำแผน',
          severity: 'high',
          responsibleAgency: agency.documentId,
          dueAt: new Date(Date.now() - 20 * DAY),
          state: 'open',
        } as any,
      }),
    );

    // --- volunteers: a reminder the day before, a place freed on the waitlist, a cancelled activity
    for (const [u, name] of [
      [volunteerA, 'อาสา หนึ่ง'],
      [volunteerB, 'อาสา สอง'],
    ] as const) {
      await app.strapi.documents('api::volunteer.volunteer').create({ data: { fullName: name, user: u.id, state: 'active' } as any });
    }
    const activity = (title: string, startsIn: number) =>
      app.strapi.documents('api::volunteer-activity.volunteer-activity').create({
        data: {
          title,
          startAt: new Date(Date.now() + startsIn),
          endAt: new Date(Date.now() + startsIn + 4 * HOUR),
          capacity: 1,
          state: 'open',
        } as any,
      });
    const tomorrow = await activity('เก็บขยะริมคลอง', 12 * HOUR);
    await as(volunteerA).post(`/api/volunteer-activities/${tomorrow.documentId}/sign-up`, {}).expect(201);
    // one digest per recipient over reports, findings and the activity; at any hour of any day of the test
    await app.strapi.db
      .query('api::reminder-policy.reminder-policy')
      .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
    await run(app, 'chase-obligations');
    const later = await activity('ปลูกป่า', 5 * DAY);
    const b = await as(volunteerB).post(`/api/volunteer-activities/${later.documentId}/sign-up`, {}).expect(201);
    await as(volunteerA).post(`/api/volunteer-activities/${later.documentId}/sign-up`, {}).expect(201);
    await as(volunteerB).post(`/api/participations/${b.body.data.documentId}/cancel`, {}).expect(200);
    const coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    await as(coordinator).post(`/api/volunteer-activities/${later.documentId}/cancel`, { reason: 'ฝนตกหนัก' }).expect(200);

    // --- the outbox sends it all; "forgot password" is sent by users-permissions at once
    for (let i = 0; i < 5; i++) await run(app, 'dispatch-notifications');
    const outbox = await app.strapi.db.query('api::notification.notification').findMany({ select: ['templateKey', 'state'] });
    sentKeys.push(...outbox.filter((r: any) => r.state === 'sent').map((r: any) => r.templateKey));
    await app.http().post('/api/auth/forgot-password').send({ email: agencyOfficer.email }).expect(200);
    mails = await app.smtp.waitFor(outbox.length + 1);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('triggers every kind of e-mail this suite can', () => {
    for (const key of [
      'complaint.received',
      'complaint.assigned',
      'complaint.sla_due_soon',
      'complaint.sla_breached',
      'obligation.digest',
      'report.returned',
      'participation.offered',
      'activity.cancelled',
    ])
      expect(sentKeys).toContain(key);
    expect(mails.some((m) => m.text.includes('/staff/reset-password.html?code='))).toBe(true);
  });

  it('has only absolute links, all under the address the instance listens on', () => {
    for (const mail of mails)
      expect({ subject: mail.subject, foreign: foreignLinks(mail, app.baseUrl) }).toEqual({ subject: mail.subject, foreign: [] });
    // and every e-mail but the cancellation notice (nothing to do) has at least one
    for (const mail of mails.filter((m) => !/ยกเลิกกิจกรรม|cancelled/i.test(m.subject)))
      expect([mail.subject, linksOf(mail).length > 0]).toEqual([mail.subject, true]);
  });

  it('links each recipient to a page that opens for them', async () => {
    const base = app.baseUrl;
    for (const mail of mails) {
      const links = linksOf(mail).filter((l) => l.startsWith(`${base}/`));
      const opened = new Set<string>();
      for (const link of links) {
        const target = targetOf(link, base);
        const where = `${mail.subject} → ${link}`;
        if (target.kind === 'staff') {
          expect([where, await pageStatus(base, link)]).toEqual([where, 200]);
          for (const to of mail.to) {
            const user = accounts.get(to);
            if (!user) continue;
            expect([where, to, await staffApiStatus(base, target.page, target.id, user.auth)]).toEqual([where, to, 200]);
            opened.add(to);
          }
        } else if (target.kind === 'admin') {
          if (!mail.to.includes(ADMIN.email)) continue;
          const entry = await request(base)
            .get(`/content-manager/collection-types/${target.uid}/${target.documentId}`)
            .set('Authorization', `Bearer ${adminToken}`);
          expect([where, entry.status]).toEqual([where, 200]);
          opened.add(ADMIN.email);
        } else if (target.kind === 'tracking') {
          expect([where, await pageStatus(base, link)]).toEqual([where, 200]);
          expect([where, (await request(base).get(`/api/public/complaints/${target.code}`)).status]).toEqual([where, 200]);
          for (const to of mail.to) opened.add(to);
        } else if (target.kind === 'reset') {
          expect([where, await pageStatus(base, link)]).toEqual([where, 200]);
          const reset = await request(base)
            .post('/api/auth/reset-password')
            .send({ code: target.code, password: 'New-Passw0rd!links', passwordConfirmation: 'New-Passw0rd!links' });
          expect([where, reset.status]).toEqual([where, 200]);
          for (const to of mail.to) opened.add(to);
        } else if (target.kind === 'volunteer-confirm') {
          expect([where, await pageStatus(base, link)]).toEqual([where, 200]);
          const confirmed = await request(base).post('/api/participations/confirm').send({ token: target.token });
          expect([where, confirmed.status, confirmed.body.data?.state]).toEqual([where, 200, 'registered']);
          for (const to of mail.to) opened.add(to);
        } else {
          throw new Error(`${where}: a link to no known page`);
        }
      }
      // every recipient of an e-mail with links can open one of them
      if (links.length) expect([mail.subject, [...mail.to].sort()]).toEqual([mail.subject, [...opened].sort()]);
    }
  });

  it('keeps a password-reset page an administrator set, and fills in ours when there is none', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
    expect(((await store.get()) as any).email_reset_password).toBe(`${app.baseUrl}/staff/reset-password.html`);
    await store.set({ value: { ...((await store.get()) as object), email_reset_password: 'https://intranet.example.go.th/reset' } });
    const before = app.smtp.messages.length;
    await app.http().post('/api/auth/forgot-password').send({ email: head.email }).expect(200);
    const [mail] = (await app.smtp.waitFor(before + 1)).slice(before);
    expect(mail.text).toContain('https://intranet.example.go.th/reset?code=');
  });
});
