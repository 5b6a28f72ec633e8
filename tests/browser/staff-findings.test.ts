import fs from 'fs';
import os from 'os';
import path from 'path';
import axe from 'axe-core';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { PNG_1PX } from '../harness/complaints';
import { linksOf } from '../harness/email-links';
import { findJob } from '../../src/jobs';

/**
 * The follow-up of a finding from an agency officer's phone (360 × 740, strict CSP): the digest's link
 * opens the finding; the officer proposes a commitment (the API's 400 shown under the field), sees it
 * pending, then accepted once the inspector accepts it; asks for more time (a date before the due date
 * refused under the field) and sees the request approved; sends the fix with its evidence, which the
 * inspector can then close. axe-core finds no violations at 360 px.
 */
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'Passw0rd!test';
const DAY = 86400_000;
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The calendar day in Bangkok, as a date field takes it (YYYY-MM-DD). */
const bangkokDay = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);

describe('staff app: an agency officer follows a finding up on a phone', () => {
  let app: TestApp;
  let browser: Browser;
  let tmp: string;
  let evidence: string;
  let officer: TestUser;
  let inspector: TestUser;
  let findingId: string;

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_URL: '' } });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-findings-'));
    evidence = path.join(tmp, 'evidence.png');
    fs.writeFileSync(evidence, PNG_1PX);
    fs.mkdirSync(SHOTS, { recursive: true });

    officer = await createUser(app.strapi, 'agency-officer');
    inspector = await createUser(app.strapi, 'inspector');
    const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DIW' } });
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agency.documentId, data: { reportingOfficers: [officer.id] } as any });
    const post = (url: string, data: object) => app.http().post(url).set('Authorization', inspector.auth).send({ data }).expect(201);
    const inspection = (
      await post('/api/inspections', {
        code: 'INS-F-1',
        title: 'ตรวจติดตามโรงงาน',
        fiscalYear: 2570,
        round: 1,
        agencies: [agency.documentId],
      })
    ).body.data;
    // three days overdue: the daily digest chases it
    findingId = (
      await post('/api/inspection-findings', {
        inspection: inspection.documentId,
        title: 'ไม่มีระบบบำบัดน้ำเสีย',
        finding: 'โรงงานปล่อยน้ำเสียโดยไม่ผ่านการบำบัด',
        recommendation: 'ติดตั้งระบบบำบัดน้ำเสียให้แล้วเสร็จ',
        severity: 'critical',
        responsibleAgency: agency.documentId,
        dueAt: new Date(Date.now() - 3 * DAY).toISOString(),
      })
    ).body.data.documentId;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function phone() {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
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
      // the API's refusals the page shows under the fields are logged by the browser as failed requests
      if (m.type() === 'error' && !/status of 40[09]/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    return { context, page, problems };
  }

  /** axe-core's violations, and how far the page overflows the phone's width. */
  async function audit(page: Page): Promise<{ violations: string[]; overflow: number }> {
    await page.evaluate(axe.source);
    const result = await page.evaluate(() => (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] }));
    const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
    return {
      violations: (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      overflow,
    };
  }

  const decide = (what: string, comment?: string) =>
    app
      .http()
      .post(`/api/inspection-findings/${findingId}/${what}`)
      .set('Authorization', inspector.auth)
      .send(comment ? { comment } : {})
      .expect(200);
  const stored = () =>
    app.strapi.db.query('api::inspection-finding.inspection-finding').findOne({
      where: { documentId: findingId },
      populate: { commitments: true, extensionRequests: true, responseAttachments: true },
    });

  it('proposes a commitment, asks for more time and sends the evidence of the fix from the digest link', async () => {
    await app.strapi.db
      .query('api::reminder-policy.reminder-policy')
      .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
    await findJob('chase-obligations')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
    await findJob('dispatch-notifications')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
    const mail = (await app.smtp.waitFor(1)).find((m) => m.to.includes(officer.email))!;
    const link = linksOf(mail).find((l) => l.endsWith(`/staff/finding.html?id=${findingId}`));
    expect(link).toBe(`${app.baseUrl}/staff/finding.html?id=${findingId}`);

    const { context, page, problems } = await phone();
    await page.goto(link!);
    await page.getByLabel('อีเมลหรือชื่อผู้ใช้').fill(officer.email);
    await page.getByLabel('รหัสผ่าน').fill(PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(`**/staff/finding.html?id=${findingId}`);
    await page.getByRole('heading', { level: 1, name: 'ไม่มีระบบบำบัดน้ำเสีย' }).waitFor();
    const facts = page.locator('#finding-facts');
    await facts.filter({ hasText: 'รอตอบ' }).waitFor();
    expect(await facts.textContent()).toMatch(/ครบกำหนด .*25\d\d/); // the due date in the Buddhist era
    expect(await facts.textContent()).toContain('เกินกำหนด 3 วัน');
    expect(await page.locator('#list-commitments').textContent()).toContain('ไม่มีรายการ');

    // the commitment: the API refuses it without an owner, and the page says so under that field
    await page.getByLabel('สิ่งที่จะดำเนินการ').fill('ติดตั้งระบบบำบัดน้ำเสียแบบตะกอนเร่ง');
    await page.getByLabel('แล้วเสร็จภายในวันที่').fill(bangkokDay(Date.now() + 60 * DAY));
    await page.getByRole('button', { name: 'เสนอคำมั่น' }).click();
    await page.locator('#commit-owner-error', { hasText: 'กรุณาระบุผู้รับผิดชอบ' }).waitFor();
    expect(await page.getByLabel('ผู้รับผิดชอบ').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#commit-action-error').textContent()).toBe('');
    expect((await stored()).commitments).toEqual([]);
    const withErrors = await audit(page);
    expect(withErrors).toEqual({ violations: [], overflow: 0 });
    await page.screenshot({ path: path.join(SHOTS, 'staff-finding-commitment-error.png'), fullPage: true });

    await page.getByLabel('ผู้รับผิดชอบ').fill('ผอ.กองโรงงานอุตสาหกรรม');
    await page.getByRole('button', { name: 'เสนอคำมั่น' }).click();
    await page.locator('#followup-done', { hasText: 'ส่งคำมั่นแล้ว รอผู้ตรวจราชการพิจารณา' }).waitFor();
    const first = page.locator('#list-commitments li', { hasText: 'ฉบับที่ 1' });
    expect(await first.textContent()).toContain('รอผู้ตรวจราชการพิจารณา');
    expect(await first.textContent()).toContain('ผู้รับผิดชอบ: ผอ.กองโรงงานอุตสาหกรรม');
    expect(await first.textContent()).toMatch(/แล้วเสร็จภายใน .*25\d\d/);
    expect(await page.getByLabel('ผู้รับผิดชอบ').getAttribute('aria-invalid')).toBeNull();

    // the inspector accepts it (through the API); the officer sees it accepted
    await decide('commitment/accept');
    await page.reload();
    await page.locator('#list-commitments li', { hasText: 'ผู้ตรวจราชการรับแล้ว' }).waitFor();

    // more time: a date before the due date is refused under the field, a later one waits, then is approved
    await page.getByLabel('ขอขยายถึงวันที่').fill(bangkokDay(Date.now() - 10 * DAY));
    await page.getByLabel('เหตุผล').fill('รอผู้รับเหมาติดตั้งระบบ');
    await page.getByRole('button', { name: 'ส่งคำขอขยายเวลา' }).click();
    await page.locator('#ext-requestedDueAt-error', { hasText: 'ต้องหลังกำหนดปัจจุบัน' }).waitFor();
    expect((await stored()).extensionRequests).toEqual([]);
    await page.getByLabel('ขอขยายถึงวันที่').fill(bangkokDay(Date.now() + 45 * DAY));
    await page.getByRole('button', { name: 'ส่งคำขอขยายเวลา' }).click();
    await page.locator('#followup-done', { hasText: 'ส่งคำขอขยายเวลาแล้ว' }).waitFor();
    expect(await page.locator('#list-extensions li').first().textContent()).toContain('รอผู้ตรวจราชการพิจารณา');
    expect(await page.locator('#extension-waiting').isVisible()).toBe(true);
    expect(await page.locator('#extension-form').isVisible()).toBe(false);
    await decide('extension/approve', 'อนุมัติตามเหตุผล');
    await page.reload();
    const approved = page.locator('#list-extensions li', { hasText: 'อนุมัติแล้ว' });
    await approved.waitFor();
    expect(await approved.textContent()).toContain('ความเห็นผู้ตรวจราชการ: อนุมัติตามเหตุผล');
    await facts.filter({ hasText: 'อีก 45 วัน' }).waitFor();

    // the fix and its evidence
    await page.getByLabel('คำตอบของหน่วยงาน').fill('ติดตั้งระบบบำบัดแล้วเสร็จ แนบภาพถ่ายมาพร้อมนี้');
    await page.getByLabel('ไฟล์แนบ (PDF รูปภาพ เอกสาร)').setInputFiles(evidence);
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.locator('#finding-done', { hasText: 'ส่งคำตอบแล้ว' }).waitFor();
    await facts.filter({ hasText: 'ตอบแล้ว' }).waitFor();
    expect(await facts.textContent()).toContain('evidence.png');
    const answered = await stored();
    expect(answered).toMatchObject({ state: 'responded', agencyResponse: 'ติดตั้งระบบบำบัดแล้วเสร็จ แนบภาพถ่ายมาพร้อมนี้' });
    expect(answered.responseAttachments).toHaveLength(1);
    expect(await audit(page)).toEqual({ violations: [], overflow: 0 });
    await page.screenshot({ path: path.join(SHOTS, 'staff-finding-followed-up.png'), fullPage: true });

    // with the evidence in and the commitment accepted, the inspector can close it; nothing is left to send
    await decide('accept', 'ตรวจสอบแล้ว ระบบทำงานได้');
    await page.reload();
    await facts.filter({ hasText: 'ยอมรับคำตอบแล้ว' }).waitFor();
    expect(await page.locator('#commitment-form').isVisible()).toBe(false);
    expect(await page.locator('#extension-form').isVisible()).toBe(false);
    expect(await page.locator('#finding-form').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
