import fs from 'fs';
import os from 'os';
import path from 'path';
import axe from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { PNG_1PX } from '../harness/complaints';
import { linksOf } from '../harness/email-links';
import { findJob } from '../../src/jobs';
import { asTrusted } from '../../src/lib/platform/trusted-write';

/**
 * The staff app's pages for agency reporting officers and volunteers (public/staff), in Debian's
 * headless Chromium on a phone (360 × 740), under a strict Content-Security-Policy added to the
 * server's: an agency officer opens the link of the reminder e-mail for an overdue report, signs in,
 * submits the report with the form (a file attached) and sees it submitted and late in their list; a
 * volunteer signs up for a full activity and sees their place on the waitlist; every page has no
 * axe-core violations at 360 and 1280 px.
 */
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
const PASSWORD = 'Passw0rd!test';
const DAY = 86400_000;
const HOUR = 3600_000;
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('staff app: agency officers and volunteers in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let tmp: string;
  let attachment: string;
  let officer: TestUser;
  let volunteer: TestUser;
  let overdueId: string;
  let findingId: string;
  let fullActivityId: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_URL: '' } });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-agency-'));
    attachment = path.join(tmp, 'evidence.png');
    fs.writeFileSync(attachment, PNG_1PX);
    fs.mkdirSync(SHOTS, { recursive: true });

    // an agency officer with a project whose report is 5 days overdue, another due later, and a finding to answer
    officer = await createUser(app.strapi, 'agency-officer');
    const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DPIM' } });
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agency.documentId, data: { reportingOfficers: [officer.id] } as any });
    const project: any = await app.strapi.documents('api::project.project').create({
      data: {
        code: 'PRJ-B-1',
        name: 'โครงการพัฒนาเหมืองแร่ทดสอบ',
        agency: agency.documentId,
        officerName: 'นางสาวรายงาน ตรงเวลา',
        officerEmail: officer.email,
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
    overdueId = (await report('FY2570-Q1', new Date(Date.now() - 5 * DAY))).documentId;
    await report('FY2570-Q2', new Date(Date.now() + 40 * DAY));
    const inspection: any = await app.strapi.documents('api::inspection.inspection').create({
      data: { code: 'INS-B-1', title: 'ตรวจราชการรอบที่ 1', type: 'regular', fiscalYear: 2570, round: 1 } as any,
    });
    findingId = (
      await asTrusted(() =>
        app.strapi.documents('api::inspection-finding.inspection-finding').create({
          data: {
            inspection: inspection.documentId,
            title: 'ยังไม่มีแผนบริหารความเสี่ยง',
            finding: 'ไม่พบแผนบริหารความเสี่ยงของโครงการ',
            recommendation: 'จัดทำแผนภายใน 30 วัน',
            severity: 'high',
            responsibleAgency: agency.documentId,
            dueAt: new Date(Date.now() + 10 * DAY),
            state: 'open',
          } as any,
        }),
      )
    ).documentId;

    // a volunteer, and a one-place activity someone else already has
    volunteer = await createUser(app.strapi, 'volunteer');
    const other = await createUser(app.strapi, 'volunteer');
    const province = await app.strapi.db.query('api::province.province').findOne({ where: { code: 'TH-11' } });
    const mine: any = await app.strapi.documents('api::volunteer.volunteer').create({
      data: { fullName: 'นายอาสา ใจดี', user: volunteer.id, state: 'active', province: province.documentId } as any,
    });
    const theirs: any = await app.strapi
      .documents('api::volunteer.volunteer')
      .create({ data: { fullName: 'นางสาวมาก่อน', user: other.id, state: 'active' } as any });
    const activity: any = await app.strapi.documents('api::volunteer-activity.volunteer-activity').create({
      data: {
        title: 'ปลูกป่าชายเลนบางปู',
        description: 'ปลูกต้นโกงกางร่วมกับชุมชน',
        place: 'สถานตากอากาศบางปู',
        province: province.documentId,
        startAt: new Date(Date.now() + 3 * DAY),
        endAt: new Date(Date.now() + 3 * DAY + 4 * HOUR),
        capacity: 1,
        state: 'open',
      } as any,
    });
    fullActivityId = activity.documentId;
    await app.strapi.service('api::participation.participation' as any).signUp(activity.documentId, theirs.documentId);
    expect(mine.documentId).toBeTruthy();

    pages.reports = '/staff/reports.html';
    pages.report = `/staff/report.html?id=${overdueId}`;
    pages.findings = '/staff/findings.html';
    pages.finding = `/staff/finding.html?id=${findingId}`;
    pages.activities = '/staff/activities.html';
    pages.activity = `/staff/activity.html?id=${fullActivityId}`;
    pages.me = '/staff/me.html';
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A phone (or a desktop) whose pages get a strict CSP on top of the server's; errors collected. */
  async function device(viewport = PHONE): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({
      viewport,
      isMobile: viewport === PHONE,
      hasTouch: viewport === PHONE,
      geolocation: { latitude: 13.6, longitude: 100.6, accuracy: 20 },
      permissions: ['geolocation'],
    });
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const own = response.headers()['content-security-policy'];
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': own ? `${own}, ${STRICT_CSP}` : STRICT_CSP },
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { context, page, problems };
  }

  async function signIn(page: Page, user: TestUser) {
    await page.getByLabel('อีเมลหรือชื่อผู้ใช้').fill(user.email);
    await page.getByLabel('รหัสผ่าน').fill(PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  }

  /** axe-core's violations on the page as it is (injected through the DevTools protocol, not a script tag the CSP would refuse). */
  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    const result = await page.evaluate(() => (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] }));
    return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `staff-${name}.png`), fullPage: true });

  it('an agency officer opens the reminder e-mail of an overdue report, signs in, submits it and sees it submitted and late', async () => {
    // the daily digest, whatever the hour and day the test runs at
    await app.strapi.db
      .query('api::reminder-policy.reminder-policy')
      .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
    await findJob('chase-obligations')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
    await findJob('dispatch-notifications')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
    const [mail] = (await app.smtp.waitFor(1)).filter((m) => m.to.includes(officer.email));
    // the digest lists each owed report with its own link
    const link = linksOf(mail).find((l) => l.endsWith(`/staff/report.html?id=${overdueId}`))!;
    expect(link).toBe(`${app.baseUrl}/staff/report.html?id=${overdueId}`);

    const { context, page, problems } = await device();
    await page.goto(link);
    // not signed in: the sign-in page, which comes back to the report
    await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบสำหรับเจ้าหน้าที่' }).waitFor();
    await signIn(page, officer);
    await page.waitForURL(`**/staff/report.html?id=${overdueId}`);
    await page.locator('#report-facts', { hasText: 'PRJ-B-1' }).waitFor();
    await page.locator('#report-facts', { hasText: 'เกินกำหนด 5 วัน' }).waitFor();
    expect(await page.locator('#report-facts').textContent()).toMatch(/25\d\d/); // a Buddhist-era year

    // the form's own checks, named next to the fields, before anything is sent
    await page.getByLabel('ความก้าวหน้า (ร้อยละ 0–100)').fill('150');
    await page.getByRole('button', { name: 'เพิ่มตัวชี้วัด' }).click();
    await page.getByLabel('ผลที่ได้').fill('12');
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await page.locator('#progressPercent-error', { hasText: 'ต้องเป็นตัวเลข 0 ถึง 100' }).waitFor();
    await page.locator('#narrative-error', { hasText: 'กรุณากรอกช่องนี้' }).waitFor();
    await page.locator('#kpi-0-name-error', { hasText: 'กรุณากรอกช่องนี้' }).waitFor();
    expect(await page.getByLabel('ความก้าวหน้า (ร้อยละ 0–100)').getAttribute('aria-invalid')).toBe('true');
    const untouched = await app.strapi.db.query('api::progress-report.progress-report').findOne({ where: { documentId: overdueId } });
    expect(untouched.state).toBe('pending');
    await shot(page, 'report-errors');

    await page.getByLabel('ความก้าวหน้า (ร้อยละ 0–100)').fill('60');
    await page.getByLabel('ผลการดำเนินงาน').fill('อบรมผู้ประกอบการแล้ว 3 รุ่น');
    await page.getByLabel('งบประมาณที่ใช้ไป (บาท)').fill('125000');
    await page.getByLabel('ปัญหาอุปสรรค').fill('ฝนตกหนักช่วงกันยายน');
    await page.getByLabel('ตัวชี้วัดที่ 1: ชื่อ').fill('จำนวนผู้เข้าอบรม');
    await page.getByLabel('หน่วยนับ').fill('คน');
    await page.getByLabel('ค่าเป้าหมาย').fill('100');
    await page.getByLabel('ไฟล์แนบ (PDF รูปภาพ เอกสาร)').setInputFiles(attachment);
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await page.locator('#report-done', { hasText: 'ส่งรายงานแล้ว (ส่งช้ากว่ากำหนด)' }).waitFor();
    await shot(page, 'report-submitted');

    const stored = await app.strapi.db.query('api::progress-report.progress-report').findOne({
      where: { documentId: overdueId },
      populate: { attachments: true, kpiResults: true },
    });
    expect(stored).toMatchObject({ state: 'submitted', late: true, narrative: 'อบรมผู้ประกอบการแล้ว 3 รุ่น', obstacles: 'ฝนตกหนักช่วงกันยายน' });
    expect(Number(stored.progressPercent)).toBe(60);
    expect(Number(stored.budgetSpent)).toBe(125000);
    expect(stored.kpiResults).toEqual([expect.objectContaining({ name: 'จำนวนผู้เข้าอบรม', unit: 'คน' })]);
    expect(Number(stored.kpiResults[0].target)).toBe(100);
    expect(Number(stored.kpiResults[0].actual)).toBe(12);
    expect(stored.attachments).toEqual([expect.objectContaining({ name: 'evidence.png' })]);

    await page.getByRole('link', { name: 'กลับไปยังรายการรายงาน' }).click();
    const done = page.locator('#list-done li', { hasText: 'FY2570-Q1' });
    await done.waitFor();
    expect(await done.textContent()).toContain('ส่งแล้ว');
    expect(await done.textContent()).toContain('ส่งช้า');
    expect(await page.locator('#list-overdue').textContent()).not.toContain('FY2570-Q1');
    expect(await page.locator('#list-later').textContent()).toContain('FY2570-Q2');
    await shot(page, 'reports-list');

    // the finding: answered from the phone, its state shown
    await page.getByRole('link', { name: 'ข้อตรวจพบ' }).click();
    await page.getByRole('link', { name: 'ยังไม่มีแผนบริหารความเสี่ยง' }).click();
    await page.getByLabel('คำตอบของหน่วยงาน').fill('จัดทำแผนแล้ว แนบมาพร้อมนี้');
    await page.getByLabel('ไฟล์แนบ (PDF รูปภาพ เอกสาร)').setInputFiles(attachment);
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.locator('#finding-done', { hasText: 'ส่งคำตอบแล้ว' }).waitFor();
    await page.locator('#finding-facts', { hasText: 'ตอบแล้ว' }).waitFor();
    const finding = await app.strapi.db.query('api::inspection-finding.inspection-finding').findOne({
      where: { documentId: findingId },
      populate: { responseAttachments: true },
    });
    expect(finding).toMatchObject({ state: 'responded', agencyResponse: 'จัดทำแผนแล้ว แนบมาพร้อมนี้' });
    expect(finding.responseAttachments).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a volunteer signs up for a full activity and sees their place on the waitlist', async () => {
    const { context, page, problems } = await device();
    await page.goto(`${app.baseUrl}/staff/`);
    await signIn(page, volunteer);
    await page.waitForURL('**/staff/activities.html');
    const item = page.locator('#list-activities li', { hasText: 'ปลูกป่าชายเลนบางปู' });
    await item.waitFor();
    expect(await item.textContent()).toContain('เต็มแล้ว');
    // sorted by distance once the phone gives its position
    await page.getByRole('button', { name: 'เรียงตามระยะทางจากตำแหน่งของฉัน' }).click();
    await page.locator('#list-status', { hasText: 'เรียงตามระยะทางจากตำแหน่งของท่าน' }).waitFor();
    expect(await item.textContent()).toMatch(/ห่างประมาณ \d+ กม\./);

    await item.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'ปลูกป่าชายเลนบางปู' }).waitFor();
    await page.getByRole('button', { name: 'สมัครเข้าร่วม' }).click();
    await page.locator('#my-place', { hasText: 'ท่านอยู่ลำดับที่ 1 ของรายชื่อสำรอง' }).waitFor();
    expect(await page.getByRole('button', { name: 'ยกเลิกการสมัคร' }).isVisible()).toBe(true);
    await shot(page, 'activity-waitlisted');
    const p = await app.strapi.db.query('api::participation.participation').findOne({
      where: { activity: { documentId: fullActivityId }, volunteer: { user: { id: volunteer.id } } },
    });
    expect(p.state).toBe('waitlisted');

    // my page: the participation, and the profile's consent
    await page.getByRole('link', { name: 'ข้อมูลของฉัน' }).click();
    await page.locator('#list-participations li', { hasText: 'ปลูกป่าชายเลนบางปู' }).waitFor();
    expect(await page.locator('#list-participations').textContent()).toContain('อยู่ในรายชื่อสำรอง');
    expect(await page.getByLabel('โทรศัพท์').isDisabled()).toBe(true);
    await page.getByLabel('ยินยอมให้เก็บข้อมูลติดต่อ').check();
    await page.getByLabel('โทรศัพท์').fill('081-555-1212');
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.locator('#form-ok', { hasText: 'บันทึกแล้ว' }).waitFor();
    const profile = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { user: { id: volunteer.id } } });
    expect(profile).toMatchObject({ consent: true, phone: '081-555-1212' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESK],
  ])('has no axe-core violations on any page (%s)', async (_name, viewport) => {
    const found: Record<string, string[]> = {};
    for (const [who, user, names] of [
      ['agency', officer, ['reports', 'report', 'findings', 'finding']],
      ['volunteer', volunteer, ['activities', 'activity', 'me']],
    ] as const) {
      const { context, page, problems } = await device(viewport);
      await page.goto(`${app.baseUrl}/staff/`);
      await signIn(page, user);
      await page.waitForURL(who === 'agency' ? '**/staff/reports.html' : '**/staff/activities.html');
      for (const name of names) {
        await page.goto(`${app.baseUrl}${pages[name]}`);
        await page.waitForFunction(() => {
          const status = (globalThis as any).document.querySelector('.status[role="status"]');
          return !status || !/กำลังโหลด/.test(status.textContent);
        });
        found[name] = await violations(page);
        const overflow = await page.evaluate(
          () => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth,
        );
        expect([name, overflow]).toEqual([name, 0]);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(found).toEqual({ reports: [], report: [], findings: [], finding: [], activities: [], activity: [], me: [] });
  });
});
