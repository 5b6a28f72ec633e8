import axe from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';

/**
 * The volunteer's certificates and call-outs page of the staff app (public/staff/volunteering.html), on a
 * phone (360 × 740) under a strict Content-Security-Policy added to the server's: they answer an open
 * call-out, download a certificate's PDF, ask for a yearly certificate (errors named at the field), and
 * the page has no axe-core violations.
 */
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'Passw0rd!test';
const DAY = 86400_000;
const HOUR = 3600_000;
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('staff app: a volunteer’s certificates and call-outs', () => {
  let app: TestApp;
  let browser: Browser;
  let volunteer: TestUser;
  let certificateCode: string;
  let rosterId: string;

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_URL: '' } });
    const s = app.strapi;
    const coordinator = await createUser(s, 'volunteer-coordinator');
    volunteer = await createUser(s, 'volunteer');
    const province = await s.db.query('api::province.province').findOne({ where: { code: 'TH-20' } });
    const mine: any = await s.documents('api::volunteer.volunteer').create({
      data: { fullName: 'นางอาสา รับรอง', user: volunteer.id, state: 'active', province: province.documentId } as any,
    });
    // an activity that took place, attended for 3 hours and signed off by the coordinator, with its certificate
    const startAt = new Date(Date.now() + 3 * DAY);
    const activity: any = await s.documents('api::volunteer-activity.volunteer-activity').create({
      data: {
        title: 'เก็บขยะชายหาดบางแสน',
        place: 'หาดบางแสน',
        province: province.documentId,
        startAt,
        endAt: new Date(startAt.getTime() + 4 * HOUR),
        capacity: 10,
        state: 'open',
      } as any,
    });
    const participations = s.service('api::participation.participation') as any;
    const p = await participations.signUp(activity.documentId, mine.documentId);
    const took = new Date(Date.now() - 2 * DAY);
    await s.db
      .query('api::volunteer-activity.volunteer-activity')
      .update({ where: { documentId: activity.documentId }, data: { startAt: took, endAt: new Date(took.getTime() + 4 * HOUR) } });
    await participations.recordAttendance(p.documentId, { state: 'attended', hours: 3 }, new Date(), coordinator.id);
    const issued = await (s.service('api::volunteer-certificate.volunteer-certificate') as any).issue({
      volunteerDocumentId: mine.documentId,
      activity: activity.documentId,
    });
    certificateCode = (
      await s.db.query('api::volunteer-certificate.volunteer-certificate').findOne({ where: { documentId: issued.documentId } })
    ).code;
    // an open call-out that reached them
    rosterId = (
      await (s.service('api::volunteer-roster.volunteer-roster') as any).call(
        { title: 'น้ำท่วมนิคมอุตสาหกรรม ชลบุรี', message: 'ช่วยขนย้ายสิ่งของ', province: 'TH-20', needed: 3, nearby: false },
        coordinator.id,
      )
    ).documentId;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function device(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true });
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
      if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    return { context, page, problems };
  }

  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    const result = await page.evaluate(() => (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] }));
    return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  it('answers a call-out, downloads a certificate and asks for a yearly one, in Thai with Buddhist-era dates', async () => {
    const { context, page, problems } = await device();
    await page.goto(`${app.baseUrl}/staff/`);
    await page.getByLabel('อีเมลหรือชื่อผู้ใช้').fill(volunteer.email);
    await page.getByLabel('รหัสผ่าน').fill(PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL('**/staff/activities.html');
    await page.getByRole('link', { name: 'ใบรับรองและการเรียกกำลัง' }).click();
    await page.locator('#page-status', { hasText: 'โหลดข้อมูลแล้ว' }).waitFor();

    // the call-out, and their answer
    const call = page.locator('#list-calls li', { hasText: 'น้ำท่วมนิคมอุตสาหกรรม ชลบุรี' });
    expect(await call.textContent()).toContain('คำตอบของท่าน: ยังไม่ได้ตอบ');
    expect(await call.textContent()).toMatch(/เรียกเมื่อ .*25\d\d/);
    await call.getByRole('button', { name: 'ไป: น้ำท่วมนิคมอุตสาหกรรม ชลบุรี', exact: true }).click();
    await page.locator('#page-status', { hasText: 'บันทึกคำตอบแล้ว' }).waitFor();
    expect(await call.textContent()).toContain('คำตอบของท่าน: ไป');
    const answer = await app.strapi.db
      .query('api::volunteer-roster.volunteer-roster-answer')
      .findOne({ where: { roster: { documentId: rosterId }, volunteer: { user: { id: volunteer.id } } } });
    expect(answer.answer).toBe('yes');

    // the certificate: valid, its hours, a Buddhist-era date, and its PDF
    const cert = page.locator('#list-certs li', { hasText: certificateCode });
    expect(await cert.textContent()).toContain('เก็บขยะชายหาดบางแสน');
    expect(await cert.textContent()).toContain('ใช้ได้');
    expect(await cert.textContent()).toMatch(/3 ชั่วโมง · 1 กิจกรรม · ออกเมื่อ .*25\d\d/);
    const [download] = await Promise.all([page.waitForEvent('download'), cert.getByRole('button', { name: /ดาวน์โหลด PDF/ }).click()]);
    expect(download.suggestedFilename()).toBe(`volunteer-certificate-${certificateCode}.pdf`);

    // a yearly certificate: a malformed year is named at the field before anything is sent; a year
    // without signed-off attendance is refused by the server, named at the same field
    await page.getByLabel('ปี พ.ศ.').fill('25');
    await page.getByRole('button', { name: 'ขอใบรับรองประจำปี' }).click();
    await page.locator('#year-error', { hasText: 'ต้องเป็นปี พ.ศ. 4 หลัก' }).waitFor();
    expect(await page.getByLabel('ปี พ.ศ.').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('ปี พ.ศ.').fill('2599');
    await page.getByRole('button', { name: 'ขอใบรับรองประจำปี' }).click();
    await page.locator('#year-error', { hasText: 'no signed-off attendance' }).waitFor();
    const year = String(new Date(Date.now() - 2 * DAY + 7 * HOUR).getUTCFullYear() + 543);
    await page.getByLabel('ปี พ.ศ.').fill(year);
    await page.getByRole('button', { name: 'ขอใบรับรองประจำปี' }).click();
    await page.locator('#ask-status', { hasText: 'ออกใบรับรองแล้ว' }).waitFor();
    await page.locator('#list-certs li', { hasText: `ประจำปี พ.ศ. ${year}` }).waitFor();

    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
    expect(overflow).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
