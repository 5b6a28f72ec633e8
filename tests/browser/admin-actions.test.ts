import fs from 'fs';
import path from 'path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInToAdmin } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createTeam, fileComplaint } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require('../harness/admin-build');

/**
 * The edit views' workflow panels in a real Chromium (th-TH, Bangkok): a Complaint officer — a limited
 * admin user — moves a complaint to "triaged" and assigns a team with the buttons, and the timeline panel
 * and the audit trail show both; a super admin previews an e-mail template in Thai and English from the
 * unsaved form, cannot save one with an unknown placeholder (the error under the field), saves a good one
 * that the next e-mail then uses, and sends a test to their own address.
 */
const SUPER = { email: 'demo.admin@example.test', password: 'Demo-Admin-Passw0rd' };
const OFFICER = { email: 'officer.panel@example.test', password: 'Officer-Passw0rd1' };
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const CM = '/admin/content-manager/collection-types';

describe('admin workflow panels in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  const problems: string[] = [];
  let team: { documentId: string; name: string };

  async function signIn(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1600, height: 1100 } });
    await context.addInitScript(() => {
      try {
        const storage = (globalThis as any).localStorage;
        if (!storage.getItem('strapi-admin-language')) storage.setItem('strapi-admin-language', 'th');
      } catch {
        // the e-mail preview's sandboxed frame has no storage
      }
    });
    // a busy 2-core machine: the admin bundle loads slowly
    context.setDefaultTimeout(90_000);
    context.setDefaultNavigationTimeout(120_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await logInToAdmin(page, app.baseUrl, who);
    return { context, page };
  }
  /** `read()` until `ok` holds (up to `ms`); its last value. */
  async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v) || Date.now() > end) return v;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    const distDir = process.env.MIND_TEST_DIST_DIR;
    if (!distDir) throw new Error('MIND_TEST_DIST_DIR is not set (tests/harness/global-setup.js)');
    const build = await ensureAdminBuild(distDir);
    process.stderr.write(`admin-actions: admin bundle ${build.cached ? 'from cache' : 'built'} in ${Math.round(build.ms / 1000)} s\n`);
    app = await bootStrapi({
      env: { SERVE_ADMIN: 'true', PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password },
    });
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'complaint-officer' });
    await (app.strapi.service('admin::user') as any).create({
      ...OFFICER,
      firstname: 'สมหญิง',
      lastname: 'ใจดี',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    team = (await createTeam(app.strapi, 'ทีมม้าเร็ว ชลบุรี', [], 'team.chonburi@example.test')) as any;
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a Complaint officer triages and assigns with the buttons; the timeline panel and the audit trail show both', async () => {
    const c = await fileComplaint(app);
    const { context, page } = await signIn(OFFICER);
    await page.goto(`${app.baseUrl}${CM}/api::complaint.complaint/${c.documentId}`);
    const panel = page.locator('[data-work="complaint"]');
    await panel.locator('[data-work-state="received"]').waitFor({ timeout: 60_000 });
    await panel.locator('[data-work-state="received"]', { hasText: 'รับเรื่องแล้ว' }).waitFor();
    // only the moves the model allows from "received"
    expect(await panel.locator('[data-action^="transition:"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(
      ['transition:triaged', 'transition:rejected'],
    );
    await shot(page, 'admin-complaint-panel');

    await panel.locator('[data-action="transition:triaged"]').click();
    await panel.locator('textarea[name="note"]').fill('ตรวจสอบแล้ว เป็นเรื่องของโรงงานในพื้นที่');
    await panel.locator('[data-submit]').click();
    await panel.locator('[data-work-state="triaged"]').waitFor();
    await panel.locator('li[data-entry="status_change"][data-to="triaged"]').waitFor();

    await panel.locator('[data-action="assign"]').click();
    const submit = panel.locator('[data-submit]');
    expect(await submit.isDisabled()).toBe(true); // a team is required
    await panel.locator('select[name="team"]').selectOption(team.documentId);
    await submit.click();
    await panel.locator('[data-work-state="assigned"]').waitFor();
    await panel.locator('[data-work-team]', { hasText: team.name }).waitFor();
    const entry = panel.locator('li[data-entry="assignment"]');
    await entry.waitFor();
    expect(await entry.innerText()).toContain(`มอบหมายให้ ${team.name}`);
    // who and when: the officer by name, a Buddhist-era year
    const triaged = await panel.locator('li[data-entry="status_change"][data-to="triaged"]').innerText();
    expect(triaged).toContain('สมหญิง ใจดี');
    expect(triaged).toContain('คัดกรองแล้ว');
    expect(triaged).toContain(String(new Date().getFullYear() + 543));
    await shot(page, 'admin-complaint-panel-assigned');

    // the same entries in the database, and the audit trail names the officer
    const updates = await app.strapi.db
      .query('api::complaint-update.complaint-update')
      .findMany({ where: { complaint: { documentId: c.documentId } }, orderBy: { id: 'asc' } });
    expect(updates.map((u: any) => [u.kind, u.toStatus])).toEqual([
      ['status_change', 'received'],
      ['status_change', 'triaged'],
      ['assignment', 'assigned'],
    ]);
    const audit = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({
      where: { targetId: c.documentId, action: { $in: ['complaint.state_change', 'complaint.assign'] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a: any) => [a.action, a.actorKind, a.actorLabel])).toEqual([
      ['complaint.state_change', 'admin', OFFICER.email],
      ['complaint.assign', 'admin', OFFICER.email],
    ]);
    expect(audit[0].details).toMatchObject({ from: 'received', to: 'triaged' });
    await context.close();

    // the audit trail as the super admin reads it in the Content Manager
    const admin = await signIn(SUPER);
    await admin.page.goto(`${app.baseUrl}${CM}/api::audit-entry.audit-entry`);
    await admin.page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await admin.page.getByText('complaint.assign').first().waitFor();
    await shot(admin.page, 'admin-audit-trail');
    await admin.context.close();
    expect(problems).toEqual([]);
  }, 400_000);

  it('an e-mail template: Thai and English preview of the unsaved form, an unknown placeholder refused by field, the saved text used by the next e-mail, a test to oneself', async () => {
    const stored = () => app.strapi.db.query('api::email-template.email-template').findOne({ where: { key: 'complaint.assigned' } });
    const before = await stored();
    const { context, page } = await signIn(SUPER);
    await page.goto(`${app.baseUrl}${CM}/api::email-template.email-template/${before.documentId}`);
    const panel = page.locator('[data-work="template"]');
    await panel.locator('[data-preview="th"] [data-preview-subject]').waitFor({ timeout: 60_000 });
    await panel.locator('[data-preview="en"] [data-preview-subject]').waitFor();

    const subject = page.locator('input[name="subjectTh"]');
    await subject.fill('ด่วน: เรื่อง {{complaint.ticketNumber}} มอบหมายแล้ว');
    await panel.locator('[data-preview="th"] [data-preview-subject]', { hasText: /^ด่วน: เรื่อง CMP-\d{4}-\d{6} มอบหมายแล้ว$/ }).waitFor();
    expect(await panel.locator('[data-preview="en"] [data-preview-subject]').innerText()).not.toContain('{{');
    await shot(page, 'admin-template-preview');
    expect((await stored()).subjectTh).toBe(before.subjectTh); // a preview saves nothing

    // an unknown placeholder: the panel names the field, and the save is refused with the error under it
    await subject.fill('ด่วน: {{complaint.nope}}');
    await panel.locator('[data-problem-field="subjectTh"]').waitFor();
    await page.getByRole('button', { name: /^(บันทึก|Save)$/ }).click();
    await page.getByText('unknown placeholder {{complaint.nope}}').first().waitFor();
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'admin-template-refused');
    expect((await stored()).subjectTh).toBe(before.subjectTh);

    // a good text saved: the next e-mail of that key uses it
    await subject.fill('ด่วน: เรื่อง {{complaint.ticketNumber}} มอบหมายแล้ว');
    await panel.locator('[data-problem-field]').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^(บันทึก|Save)$/ }).click();
    const saved = 'ด่วน: เรื่อง {{complaint.ticketNumber}} มอบหมายแล้ว';
    expect(
      await until(
        async () => (await stored()).subjectTh,
        (v) => v === saved,
      ),
    ).toBe(saved);
    const c = await fileComplaint(app);
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false }); // the receipt
    await (app.strapi.service('api::complaint.complaint') as any).assign(c.documentId, { team: team.documentId, actor: { label: 'test' } });
    app.smtp.messages.length = 0;
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const wanted = `ด่วน: เรื่อง ${c.ticketNumber} มอบหมายแล้ว`;
    expect(
      await until(
        () => app.smtp.messages.map((m) => m.subject),
        (l) => l.includes(wanted),
        10_000,
      ),
    ).toContain(wanted);

    // a test of what is in the form, to the signed-in administrator
    app.smtp.messages.length = 0;
    // the side panel is sticky: scrolled to, it moves once more, so the click waits for it to rest
    const sendTest = panel.locator('[data-action="send-test"]');
    await sendTest.scrollIntoViewIfNeeded();
    let lastBox = '';
    await until(
      async () => lastBox === (lastBox = JSON.stringify(await sendTest.boundingBox())),
      (resting) => resting,
    );
    await sendTest.click();
    await panel.locator('[data-test-sent]', { hasText: SUPER.email }).waitFor();
    await shot(page, 'admin-template-test-sent');
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    await app.smtp.waitFor(2);
    const tests = app.smtp.messages.filter((m: any) => m.subject.startsWith('[ทดสอบ]') || m.subject.startsWith('[Test]'));
    expect(tests).toHaveLength(2);
    expect(tests.every((m: any) => JSON.stringify(m.to).includes(SUPER.email))).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  }, 400_000);
});
