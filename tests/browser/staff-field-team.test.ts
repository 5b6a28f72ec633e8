import fs from 'fs';
import os from 'os';
import path from 'path';
import axe from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createTeam, fileComplaint, PNG_1PX } from '../harness/complaints';

/**
 * The staff app's field-team part (public/staff) in Debian's headless Chromium on a 360 × 740 phone:
 * a team member signs in, sees exactly their team's open complaints, records a field visit with a photo
 * and the phone's position while offline, comes back online and the server holds that visit once;
 * signing out makes the old token useless; a forgotten password is reset through the e-mail's link;
 * axe-core finds nothing on any of these pages at 360 and 1280 px.
 */
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = 'Passw0rd!test';
const POSITION = { latitude: 14.3532, longitude: 100.5689, accuracy: 8 };
const UPDATE = 'api::complaint-update.complaint-update';
const OPEN = ['received', 'triaged', 'assigned', 'in_progress'];

describe('staff app: field team on a phone', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let tmp: string;
  let photo: string;
  let officer: TestUser;
  let member: TestUser;
  let otherMember: TestUser;
  let teamA: { id: number; documentId: string };
  let visited: { documentId: string; ticketNumber: string };

  const as = (u: TestUser) => ({
    post: (url: string, body: object) => app.http().post(url).set('Authorization', u.auth).send(body),
  });

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0' } });
    base = app.baseUrl;
    officer = await createUser(app.strapi, 'complaint-officer');
    member = await createUser(app.strapi, 'response-team-member');
    otherMember = await createUser(app.strapi, 'response-team-member');
    teamA = (await createTeam(app.strapi, 'ทีมม้าเร็ว ก', [member], 'team-a@example.test')) as any;
    const teamB = await createTeam(app.strapi, 'ทีมม้าเร็ว ข', [otherMember], 'team-b@example.test');
    const assign = async (team: string, overrides: Record<string, unknown> = {}) => {
      const c = await fileComplaint(app, overrides);
      await as(officer).post(`/api/complaints/${c.documentId}/assign`, { team }).expect(200);
      return c;
    };
    // the team's: two open (one moved on), one already resolved; another team's; one not assigned yet
    visited = await assign(teamA.documentId, { title: 'น้ำเสียไหลลงคลองสาธารณะ' });
    const second = await assign(teamA.documentId, { title: 'ฝุ่นละอองจากโรงโม่หิน' });
    await as(member).post(`/api/complaints/${second.documentId}/transition`, { status: 'in_progress' }).expect(200);
    const done = await assign(teamA.documentId, { title: 'เสียงดังจากเครื่องจักร' });
    await as(member)
      .post(`/api/complaints/${done.documentId}/transition`, { status: 'resolved', resolutionSummary: 'ปรับเวลาทำงานของเครื่องจักร' })
      .expect(200);
    await assign(teamB.documentId, { title: 'กลิ่นจากโรงงานอาหารสัตว์' });
    await fileComplaint(app, { title: 'ควันดำจากปล่องโรงงาน' });

    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-browser-'));
    photo = path.join(tmp, 'site.png');
    fs.writeFileSync(photo, PNG_1PX);
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function phone(viewport = PHONE): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport, isMobile: viewport.width < 800, hasTouch: viewport.width < 800 });
    await context.grantPermissions(['geolocation'], { origin: base });
    await context.setGeolocation(POSITION);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // a request refused while offline is what the test does, not a fault of the page
      if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text()))
        problems.push(`console: ${m.text()}`);
    });
    return { context, page, problems };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `staff-${name}.png`), fullPage: true });

  async function signIn(page: Page, identifier: string, password = PASSWORD) {
    await page.goto(`${base}/staff/`);
    await page.getByLabel('อีเมลหรือชื่อผู้ใช้').fill(identifier);
    await page.getByLabel('รหัสผ่าน', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(`${base}/staff/complaints.html`, { timeout: 15000 }).catch(async (err) => {
      const said = await page.locator('main').innerText();
      throw new Error(`not signed in (${page.url()}): ${said}\n${err.message}`);
    });
  }

  /** axe-core over the page as it is: no violations. */
  async function noAxeViolations(page: Page, label: string) {
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as any).axe.run((globalThis as any).document);
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    });
    expect({ page: label, violations }).toEqual({ page: label, violations: [] });
  }

  async function visitsOf(documentId: string) {
    return app.strapi.db.query(UPDATE).findMany({
      where: { complaint: { documentId }, kind: 'field_visit' },
      populate: { attachments: true },
    });
  }

  const fits = (page: Page) =>
    page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);

  let signedIn: { context: BrowserContext; page: Page; problems: string[] };

  it("signs in on a phone and lists exactly the team's open complaints, nearest deadline first", async () => {
    signedIn = await phone();
    const { page, problems } = signedIn;
    await page.goto(`${base}/staff/complaints.html`);
    await page.waitForURL(/\/staff\/\?next=/); // not signed in: to sign-in, coming back afterwards
    await signIn(page, member.email);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByRole('heading', { level: 1, name: 'เรื่องร้องเรียนของทีมที่ยังไม่เสร็จ' }).waitFor();
    await page.locator('#complaint-list li').first().waitFor();

    const expected = await app.strapi.db.query('api::complaint.complaint').findMany({
      where: { assignedTeam: { id: teamA.id }, state: { $in: OPEN } },
      orderBy: { resolveDueAt: 'asc' },
    });
    expect(expected).toHaveLength(2);
    const shown = await page.locator('#complaint-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')));
    expect([...shown].sort()).toEqual(expected.map((c: any) => c.ticketNumber).sort());
    // nearest deadline first, with a countdown and the urgency
    const dueOf = (c: any) => Math.min(...[c.acknowledgedAt ? Infinity : Date.parse(c.acknowledgeDueAt), Date.parse(c.resolveDueAt)]);
    expect(shown).toEqual([...expected].sort((a: any, b: any) => dueOf(a) - dueOf(b)).map((c: any) => c.ticketNumber));
    await expect(page.locator('#complaint-list li').first().locator('.due').textContent()).resolves.toMatch(/^เหลือ .+\(กำหนด/);
    expect(await fits(page)).toBe(0);
    // the complainant is nowhere on the phone
    expect(await page.content()).not.toContain('สมศรี');
    await shot(page, 'field-1-list');

    // English switch, remembered
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: "My team's open complaints" }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: "My team's open complaints" }).waitFor();
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
    await page.getByRole('heading', { level: 1, name: 'เรื่องร้องเรียนของทีมที่ยังไม่เสร็จ' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('records a field visit with a photo and the position while offline; online again, the server holds it once', async () => {
    const { context, page, problems } = signedIn;
    await page.evaluate(() => (globalThis as any).navigator.serviceWorker.ready);
    await page.locator(`#complaint-list li[data-ticket="${visited.ticketNumber}"] a`).click();
    await page.waitForURL(`${base}/staff/complaint.html?id=${visited.documentId}`);
    await page.locator('#c-title', { hasText: 'น้ำเสียไหลลงคลองสาธารณะ' }).waitFor();
    await page.locator('#visit-position', { hasText: '14.35320, 100.56890' }).waitFor();
    expect(await page.content()).not.toContain('สมศรี');

    await context.setOffline(true);
    await page.locator('#staff-offline').waitFor({ state: 'visible' });
    // the page itself opens without signal (service worker), from what the phone kept
    await page.reload();
    await page.locator('#c-title', { hasText: 'น้ำเสียไหลลงคลองสาธารณะ' }).waitFor();
    await page.locator('#c-source', { hasText: 'ไม่มีสัญญาณ' }).waitFor();
    await page.locator('#visit-position', { hasText: '14.35320, 100.56890' }).waitFor();

    await page.getByLabel('สิ่งที่พบ').fill('พบท่อระบายน้ำเสียลงคลองหลังโรงงาน น้ำมีสีดำ');
    await page.getByLabel(/รูปถ่าย/).setInputFiles(photo);
    await page.getByRole('button', { name: 'บันทึกการลงพื้นที่' }).click();
    await page.locator('#visit-done', { hasText: 'เก็บบันทึกไว้ในเครื่องแล้ว' }).waitFor();
    await page.locator('#pending-visits li').first().waitFor();
    await shot(page, 'field-2-queued-offline');
    expect(await visitsOf(visited.documentId)).toHaveLength(0);

    // still queued after the page is opened again without signal: kept on the phone, not in memory
    await page.reload();
    await page.locator('#pending-visits li').first().waitFor();

    await context.setOffline(false);
    await page.locator('#pending-visits li').first().waitFor({ state: 'detached', timeout: 30000 });
    await page.locator('#timeline li[data-kind="field_visit"]').first().waitFor();
    // the list page opened afterwards sends nothing again
    await page.goto(`${base}/staff/complaints.html`);
    await page.locator('#complaint-list li').first().waitFor();
    await page.waitForTimeout(500);

    const visits = await visitsOf(visited.documentId);
    expect(visits).toHaveLength(1);
    expect(visits[0].note).toBe('พบท่อระบายน้ำเสียลงคลองหลังโรงงาน น้ำมีสีดำ');
    expect(visits[0].latitude).toBeCloseTo(POSITION.latitude, 5);
    expect(visits[0].longitude).toBeCloseTo(POSITION.longitude, 5);
    expect(visits[0].attachments).toHaveLength(1);
    expect(visits[0].attachments[0].mime).toBe('image/png');
    expect(visits[0].idempotencyKey).toMatch(new RegExp(`^user:${member.id}:[0-9a-f-]{36}$`));
    expect(problems).toEqual([]);
  });

  it('moves the complaint to in progress and to resolved with a summary', async () => {
    const { page } = signedIn;
    await page.goto(`${base}/staff/complaint.html?id=${visited.documentId}`);
    await page.locator('#c-status', { hasText: 'มอบหมายทีมแล้ว' }).waitFor();
    await page.getByLabel('สถานะใหม่').selectOption('in_progress');
    await page.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await page.locator('#c-status', { hasText: 'กำลังดำเนินการ' }).waitFor();
    await page.getByLabel('สถานะใหม่').selectOption('resolved');
    await page.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await page.locator('#resolutionSummary-error', { hasText: 'กรุณากรอกช่องนี้' }).waitFor();
    await page.getByLabel('สรุปผลการแก้ไข').fill('โรงงานปิดท่อและนำน้ำเสียเข้าระบบบำบัดแล้ว');
    await page.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await page.locator('#c-status', { hasText: 'แก้ไขแล้ว' }).waitFor();
    const c = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: visited.documentId } });
    expect(c.state).toBe('resolved');
    expect(c.resolutionSummary).toBe('โรงงานปิดท่อและนำน้ำเสียเข้าระบบบำบัดแล้ว');
  });

  it('has no axe-core violations on any of its pages at 360 and 1280 px', async () => {
    const pages = ['/staff/complaints.html', `/staff/complaint.html?id=${visited.documentId}`];
    for (const viewport of [PHONE, DESKTOP]) {
      const { context, page } = await phone(viewport);
      for (const p of ['/staff/', '/staff/forgot-password.html', '/staff/reset-password.html?code=abc']) {
        await page.goto(`${base}${p}`);
        await page.locator('#staff-top .brand').waitFor();
        await noAxeViolations(page, `${p} @${viewport.width}`);
        expect(await fits(page)).toBe(0);
      }
      await signIn(page, otherMember.email);
      for (const p of pages) {
        await page.goto(`${base}${p}`);
        await page.locator('#staff-top nav').waitFor();
        await page.waitForLoadState('networkidle');
        await noAxeViolations(page, `${p} @${viewport.width}`);
      }
      // another team's complaint: the API's 404, said plainly
      await page.locator('#c-error', { hasText: 'ไม่พบเรื่องนี้' }).waitFor();
      await context.close();
    }
  });

  it('signing out ends the session on the server: the old token is refused', async () => {
    const { page } = signedIn;
    await page.goto(`${base}/staff/complaints.html`);
    const jwt = await page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('mindDesk.staff.session')).jwt);
    await app.http().get('/api/users/me').set('Authorization', `Bearer ${jwt}`).expect(200);
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.waitForURL(`${base}/staff/`);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    await app.http().get('/api/users/me').set('Authorization', `Bearer ${jwt}`).expect(401);
    expect(await page.evaluate(() => (globalThis as any).localStorage.getItem('mindDesk.staff.session'))).toBeNull();
    // what the phone kept of the team's complaints is gone too
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = (globalThis as any).indexedDB.open('mindDesk.staff');
          req.onsuccess = () => {
            const count = req.result.transaction('complaints').objectStore('complaints').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(kept).toBe(0);
    await signedIn.context.close();
  });

  it('a forgotten password is reset through the link in the e-mail, and the new password signs in', async () => {
    const { context, page, problems } = await phone();
    await page.goto(`${base}/staff/`);
    await page.getByRole('link', { name: 'ลืมรหัสผ่าน' }).click();
    await page.waitForURL(`${base}/staff/forgot-password.html`);
    await page.getByLabel('อีเมล').fill(member.email);
    await page.getByRole('button', { name: 'ส่งลิงก์ตั้งรหัสผ่านใหม่' }).click();
    await page.locator('#form-done', { hasText: 'ระบบได้ส่งลิงก์' }).waitFor();

    let mail;
    for (let i = 0; i < 100 && !mail; i++) {
      mail = app.smtp.messages.find((m) => m.to.includes(member.email) && /reset-password/.test(m.html));
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail).toBeDefined();
    expect(mail!.subject).toContain('ตั้งรหัสผ่านใหม่');
    expect(mail!.from).toBe('no-reply@mind-desk.test');
    const link = /href="([^"]+)"/.exec(mail!.html)![1].replace(/&amp;/g, '&');
    expect(link).toMatch(new RegExp(`^${base.replace(/\./g, '\\.')}/staff/reset-password\\.html\\?code=[0-9a-f]+$`));

    await page.goto(link);
    await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('NewPassw0rd!2569');
    await page.getByLabel('ยืนยันรหัสผ่านใหม่').fill('NewPassw0rd!2569');
    await page.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }).click();
    await page.waitForURL(`${base}/staff/?reset=1`);
    await page.locator('#signin-notice', { hasText: 'เปลี่ยนรหัสผ่านแล้ว' }).waitFor();
    // the link works once
    await app
      .http()
      .post('/api/auth/reset-password')
      .send({ code: new URL(link).searchParams.get('code'), password: 'Another1!pass', passwordConfirmation: 'Another1!pass' })
      .expect(400);
    await app.http().post('/api/auth/local').send({ identifier: member.email, password: PASSWORD }).expect(400);
    await signIn(page, member.email, 'NewPassw0rd!2569');
    await page.locator('#complaint-list li').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
