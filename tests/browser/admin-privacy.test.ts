import axe from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInToAdmin } from '../harness/browser';
import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, fileComplaint } from '../harness/complaints';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require('../harness/admin-build');

/**
 * The privacy officer's admin panel in a real Chromium (th-TH, Bangkok): the complaint's "Reveal contact"
 * refuses a short reason under the field and then shows the contact with the watermark; the homepage's
 * reveal-count widget counts that reveal; a proposed purge batch is approved with its button; a
 * data-subject request is verified and closed from its panel; a breach's panel shows its clock and the
 * notice to the PDPC. axe-core finds no serious or critical problem in the panels.
 */
const OFFICER = { email: 'privacy.panel@example.test', password: 'Privacy-Passw0rd1' };
const CM = '/admin/content-manager/collection-types';
const REQUEST = 'api::data-subject-request.data-subject-request';
const BREACH = 'api::data-breach.data-breach';
const BATCH = 'api::purge-batch.purge-batch';

describe('the privacy officer in the admin panel', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  /** The volunteer's row once `done` holds (the save is asynchronous); the last read after 60 s otherwise. */
  async function savedRow(documentId: string, done: (row: any) => boolean) {
    let row: any;
    for (let i = 0; i < 120; i++) {
      row = await app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { documentId } });
      if (done(row)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    return row;
  }

  /** axe-core over one panel: nothing serious or critical. */
  async function accessible(selector: string) {
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async (sel) => {
      const result = await (globalThis as any).axe.run((globalThis as any).document.querySelector(sel));
      return result.violations
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, selector);
    expect({ panel: selector, violations }).toEqual({ panel: selector, violations: [] });
  }

  beforeAll(async () => {
    const distDir = process.env.MIND_TEST_DIST_DIR;
    if (!distDir) throw new Error('MIND_TEST_DIST_DIR is not set (tests/harness/global-setup.js)');
    const build = await ensureAdminBuild(distDir);
    process.stderr.write(`admin-privacy: admin bundle ${build.cached ? 'from cache' : 'built'} in ${Math.round(build.ms / 1000)} s\n`);
    app = await bootStrapi({ env: { SERVE_ADMIN: 'true', PUBLIC_INTAKE_RATE_LIMIT: '0' } });
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'privacy-officer' });
    await (app.strapi.service('admin::user') as any).create({
      ...OFFICER,
      firstname: 'ปรียา',
      lastname: 'คุ้มครอง',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1600, height: 1100 } });
    await context.addInitScript(() => {
      const storage = (globalThis as any).localStorage;
      if (!storage.getItem('strapi-admin-language')) storage.setItem('strapi-admin-language', 'th');
    });
    // a busy 2-core machine: the admin bundle loads slowly
    context.setDefaultTimeout(90_000);
    context.setDefaultNavigationTimeout(120_000);
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await logInToAdmin(page, app.baseUrl, OFFICER);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('reveals a complainant only for a reason, under a watermark, and the homepage widget counts it', async () => {
    const c = await fileComplaint(app);
    await page.goto(`${app.baseUrl}${CM}/api::complaint.complaint/${c.documentId}`);
    const panel = page.locator('[data-work="complaint"]');
    await panel.locator('[data-action="reveal"]').click({ timeout: 60_000 });
    const reason = panel.locator('textarea[name="reason"]');
    await reason.fill('สั้นไป');
    await panel.locator('[data-work-form="reveal"] [data-submit]').click();
    await panel.locator('[data-field-error="reason"]').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('[data-work-contact]').count()).toBe(0);

    await reason.fill('โทรสอบถามตำแหน่งโรงงานเพิ่มเติมเพื่อลงพื้นที่');
    await panel.locator('[data-work-form="reveal"] [data-submit]').click();
    const contact = panel.locator('[data-work-contact]');
    await contact.waitFor();
    expect(await contact.innerText()).toContain(COMPLAINANT.phone);
    expect(await contact.locator('[data-work-watermark]').innerText()).toContain(OFFICER.email);
    await accessible('[data-work="complaint"]');

    await page.goto(`${app.baseUrl}/admin`);
    const widget = page.locator('[data-widget="mind-reveals"]');
    await widget.waitFor({ timeout: 60_000 });
    const row = widget.locator('tr', { hasText: OFFICER.email });
    expect(await row.locator('[data-reveal-count]').innerText()).toBe('1');
    await accessible('[data-widget="mind-reveals"]');
    expect(problems).toEqual([]);
  }, 300_000);

  it('approves a proposed purge batch with its button', async () => {
    const batch = await app.strapi.documents(BATCH).create({
      data: { state: 'proposed', asOf: new Date().toISOString(), counts: { 'audit-ip': 0 }, items: {}, report: 'ไม่มีรายการ' } as any,
    });
    await page.goto(`${app.baseUrl}${CM}/${BATCH}/${batch.documentId}`);
    const panel = page.locator('[data-purge-batch-work]');
    await panel.getByRole('button', { name: 'อนุมัติให้ลบ' }).click({ timeout: 60_000 });
    await panel.getByRole('status').filter({ hasText: 'อนุมัติแล้ว' }).waitFor();
    expect((await app.strapi.db.query(BATCH).findOne({ where: { documentId: batch.documentId } })).state).toBe('approved');
    await accessible('[data-purge-batch-work]');
  }, 300_000);

  it('verifies a data-subject request and closes it as fulfilled from its panel', async () => {
    const c = await fileComplaint(app);
    await app
      .http()
      .post('/api/data-subject-requests')
      .send({ trackingCode: c.trackingCode, contact: COMPLAINANT.email, kind: 'access' })
      .expect(202);
    const request = await app.strapi.db.query(REQUEST).findOne({ where: { state: 'received' }, orderBy: { id: 'desc' } });
    await page.goto(`${app.baseUrl}${CM}/${REQUEST}/${request.documentId}`);
    const panel = page.locator('[data-work="request"]');
    await panel.locator('[data-work-state="received"]', { hasText: 'รับคำขอแล้ว' }).waitFor({ timeout: 60_000 });
    // the due date in the Buddhist era, as Bangkok reads it
    const dueYear = new Date(new Date(request.dueAt).getTime() + 7 * 3_600_000).getUTCFullYear() + 543;
    expect(await panel.locator('[data-work-due]').innerText()).toContain(String(dueYear));
    await panel.locator('[data-action="verify"]').click();
    await panel.locator('[data-work-state="verified"]').waitFor();

    // an outcome is required: the server's message under the field
    await panel.locator('[data-action="close:fulfilled"]').click();
    await panel.locator('[data-work-form="close"] [data-submit]').click();
    await panel.locator('[data-field-error="outcome"]').waitFor();
    await panel.locator('textarea[name="outcome"]').fill('ส่งสำเนาข้อมูลทั้งหมดทางอีเมลแล้ว');
    await panel.locator('[data-work-form="close"] [data-submit]').click();
    await panel.locator('[data-work-state="fulfilled"]', { hasText: 'ดำเนินการแล้ว' }).waitFor();
    const stored = await app.strapi.db.query(REQUEST).findOne({ where: { documentId: request.documentId } });
    expect([stored.state, stored.outcome]).toEqual(['fulfilled', 'ส่งสำเนาข้อมูลทั้งหมดทางอีเมลแล้ว']);
    await accessible('[data-work="request"]');
  }, 300_000);

  it("a coordinator's volunteer form shows contact data masked, saves unchanged, and reveals it for a reason", async () => {
    const v = await app.strapi.documents('api::volunteer.volunteer' as any).create({
      data: {
        fullName: 'วิภา อาสาดี',
        phone: '0891112233',
        email: 'wipa.volunteer@example.test',
        nationalId: '1101700203450',
        consent: true,
        state: 'active',
      } as any,
    });
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'volunteer-coordinator' });
    const coordinator = { email: 'coordinator.panel@example.test', password: 'Coordinator-Passw0rd1' };
    await (app.strapi.service('admin::user') as any).create({
      ...coordinator,
      firstname: 'วันดี',
      lastname: 'ประสาน',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const other = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1600, height: 1100 } });
    other.setDefaultTimeout(90_000);
    other.setDefaultNavigationTimeout(120_000);
    await other.addInitScript(() => (globalThis as any).localStorage.setItem('strapi-admin-language', 'th'));
    const p = await other.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    try {
      await logInToAdmin(p, app.baseUrl, coordinator);
      await p.goto(`${app.baseUrl}${CM}/api::volunteer.volunteer/${v.documentId}`);
      const phone = p.locator('input[name="phone"]');
      await phone.waitFor({ timeout: 60_000 });
      expect([await phone.inputValue(), await p.locator('input[name="nationalId"]').inputValue()]).toEqual([
        '08x-xxx-2233',
        'x-xxxx-xxxxx-45-0',
      ]);

      // an officer edits another field and saves: the masked fields are no obstacle and keep what is stored
      await p.locator('input[name="fullName"]').fill('วิภา อาสาดียิ่ง');
      await p.getByRole('button', { name: 'บันทึก' }).click();
      const stored = await savedRow(v.documentId, (row) => row.fullName === 'วิภา อาสาดียิ่ง');
      expect([stored.fullName, stored.phone, stored.email, stored.nationalId]).toEqual([
        'วิภา อาสาดียิ่ง',
        '0891112233',
        'wipa.volunteer@example.test',
        '1101700203450',
      ]);

      const panel = p.locator('[data-work="volunteer"]');
      await panel.locator('[data-action="reveal"]').click();
      await panel.locator('textarea[name="reason"]').fill('โทรแจ้งเปลี่ยนเวลากิจกรรมอาสาพรุ่งนี้');
      await panel.locator('[data-work-form="reveal"] [data-submit]').click();
      const contact = panel.locator('[data-work-contact]');
      await contact.waitFor();
      expect(await contact.innerText()).toContain('0891112233');
      expect(await contact.locator('[data-work-watermark]').innerText()).toContain(coordinator.email);
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  }, 300_000);

  it("shows a breach's clock and its notice to the PDPC", async () => {
    const now = Date.now();
    const breach = await app.strapi.documents(BREACH).create({
      data: {
        title: 'บัญชีผู้ดูแลระบบถูกใช้โดยมิชอบ',
        description: 'บัญชีผู้ดูแลระบบถูกใช้เปิดดูข้อมูลผู้ร้องเรียนนอกเวลาราชการ',
        discoveredAt: new Date(now - 3_600_000).toISOString(),
        suspectedFrom: new Date(now - 86_400_000).toISOString(),
        actorKind: 'unknown',
        riskLevel: 'high',
        measures: 'ระงับบัญชีและเปลี่ยนรหัสผ่าน',
      } as any,
    });
    await page.goto(`${app.baseUrl}${CM}/${BREACH}/${breach.documentId}`);
    const panel = page.locator('[data-work="breach"]');
    await panel.locator('[data-breach-clock]').waitFor({ timeout: 60_000 });
    await panel.locator('[data-action="affected"]').click();
    await panel.locator('[data-breach-affected]').waitFor();
    await panel.locator('[data-action="notice:pdpc"]').click();
    const notice = panel.locator('[data-breach-notice="pdpc"]');
    await notice.waitFor();
    const text = await notice.inputValue();
    expect(text).toContain(`BR-${(await app.strapi.db.query(BREACH).findOne({ where: { documentId: breach.documentId } })).id}`);
    expect(text).toContain('ระงับบัญชีและเปลี่ยนรหัสผ่าน');
    await accessible('[data-work="breach"]');
    expect(problems).toEqual([]);
  }, 300_000);
});
