import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { PNG_1PX } from '../harness/complaints';
import { formatEnglishDateTime, formatThaiDateTime } from '../../src/lib/platform/thai-date';

/**
 * The citizens' pages (public/index.html, public/complaints/*) in a real headless Chromium (Debian's,
 * never downloaded), on a phone-sized screen: a citizen opens `/`, files a complaint with a photo and
 * the phone's position, copies the tracking code and follows the complaint; Thai first, English
 * switch; checks in the browser before anything is sent; the API's refusals next to the fields.
 */
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const PHONE = { width: 360, height: 740 };
const UID = 'api::complaint.complaint';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('citizens’ pages in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let photo: string;
  let tmp: string;

  beforeAll(async () => {
    app = await bootStrapi();
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'citizen-browser-'));
    photo = path.join(tmp, 'smoke.png');
    fs.writeFileSync(photo, PNG_1PX);
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /**
   * A phone: 360 px wide, allows its position (Bangkok) unless told not to, and the clipboard; page
   * errors and console errors (CSP violations included) collected. Every page arrives with a strict
   * Content-Security-Policy added to the server's, so an inline script, style or event handler would
   * show up as an error.
   */
  async function phone(
    opts: { allowPosition?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page; problems: string[]; posts: string[] }> {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      geolocation: { latitude: 13.7563, longitude: 100.5018, accuracy: 12 },
      permissions: [...(opts.allowPosition === false ? [] : ['geolocation']), 'clipboard-read', 'clipboard-write'],
    });
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      // the server's own policy (if any) and the strict one: a browser enforces both
      const own = response.headers()['content-security-policy'];
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': own ? `${own}, ${STRICT_CSP}` : STRICT_CSP },
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const posts: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    return { context, page, problems, posts };
  }

  /** Nothing wider than the screen, and every form control has a label with text. */
  async function fitsAndLabelled(page: Page) {
    const report = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const unlabelled = Array.from(d.querySelectorAll('input, select, textarea'))
        .filter((el: any) => el.type !== 'hidden')
        .filter((el: any) => !(Array.from(el.labels ?? []) as any[]).some((l) => l.textContent.trim()) && !el.getAttribute('aria-label'))
        .map((el: any) => el.id || el.name);
      return { overflow: d.documentElement.scrollWidth - (globalThis as any).innerWidth, unlabelled };
    });
    expect(report).toEqual({ overflow: 0, unlabelled: [] });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `citizen-${name}.png`), fullPage: true });
  const count = () => app.strapi.db.query(UID).count();

  it('serves the landing page at / (not a redirect to the admin panel)', async () => {
    const res = await app.http().get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('href="/complaints/file.html"');
    expect(res.text).toContain('href="/complaints/track.html"');
    await app.http().head('/').expect(200);
  });

  it('a citizen files a complaint with a photo and their position on a phone, copies the code and tracks it', async () => {
    const { context, page, problems, posts } = await phone();
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByRole('heading', { level: 1, name: 'แจ้งปัญหาจากโรงงานถึงกระทรวงอุตสาหกรรม' }).waitFor();
    await fitsAndLabelled(page);
    await shot(page, '1-home-th');

    // Keyboard: the first Tab reaches the skip link, which becomes visible with a focus outline
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'ข้ามไปยังเนื้อหา' });
    expect(await skip.evaluate((el) => (globalThis as any).document.activeElement === el)).toBe(true);
    expect(await skip.evaluate((el) => (globalThis as any).getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await skip.isVisible()).toBe(true);

    await page.getByRole('link', { name: 'ยื่นเรื่องร้องเรียน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ยื่นเรื่องร้องเรียน' }).waitFor();
    await page.locator('#provinceCode option[value="TH-21"]').waitFor({ state: 'attached' });
    expect(await page.locator('#categoryCode option').count()).toBe(7); // 6 seeded categories and "choose"
    expect(await page.locator('#provinceCode option').count()).toBe(78);

    await page.getByLabel('ประเภทของปัญหา').selectOption({ label: 'กลิ่นเหม็นจากโรงงาน' });
    await page.getByLabel('หัวข้อเรื่อง (สั้น ๆ)').fill('กลิ่นเหม็นจากโรงงานทุกคืน');
    await page.getByLabel('ชื่อโรงงานหรือบริษัท (ถ้าทราบ)').fill('บริษัท ตัวอย่างเคมี จำกัด');
    await page.getByLabel('จังหวัด').selectOption({ label: 'ระยอง' });
    await page.getByLabel('ที่อยู่หรือจุดสังเกต').fill('ซอยข้างตลาด ต.มาบตาพุด');
    await page.getByRole('button', { name: 'ใช้ตำแหน่งปัจจุบันของโทรศัพท์' }).click();
    await page.locator('#locate-status', { hasText: 'ได้ตำแหน่งแล้ว (คลาดเคลื่อนประมาณ 12 เมตร)' }).waitFor();
    expect(await page.getByLabel('ละติจูด').inputValue()).toBe('13.756300');
    expect(await page.getByLabel('ลองจิจูด').inputValue()).toBe('100.501800');
    await page.getByLabel('แนบรูปถ่าย (ถ้ามี)').setInputFiles(photo);
    await page.locator('#file-list li', { hasText: 'smoke.png' }).waitFor();
    await page.getByLabel('ชื่อ–นามสกุล').fill('สมหญิง ทดสอบ');
    await page.getByLabel('เบอร์โทรศัพท์').fill('081-111-2222');
    await page.getByLabel('อีเมล', { exact: true }).fill('somying@example.test');
    await page.getByLabel('ข้าพเจ้ายินยอมให้เก็บและใช้ข้อมูลส่วนบุคคลตามที่ระบุข้างต้น').check();

    // The description left empty: a message next to it, the summary, and nothing sent or stored
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.locator('#description-error', { hasText: 'กรุณากรอกช่องนี้' }).waitFor();
    expect(await page.getByLabel('รายละเอียดสิ่งที่พบ').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#error-list li').allTextContents()).toEqual(['รายละเอียดสิ่งที่พบ: กรุณากรอกช่องนี้']);
    expect(await page.locator('.field-error:not(:empty)').count()).toBe(1);
    await fitsAndLabelled(page);
    await shot(page, '2-form-error-th');
    expect(posts).toEqual([]);
    expect(await count()).toBe(0);

    // Following the summary's link puts the cursor in the field; typing clears the message
    await page.locator('#error-list a').click();
    await page.keyboard.type('มีกลิ่นเหม็นคล้ายสารเคมีทุกคืนหลังสี่ทุ่ม แสบจมูก');
    await page.locator('#description-error').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();

    const done = page.getByRole('heading', { level: 1, name: 'ได้รับเรื่องร้องเรียนของคุณแล้ว' });
    await done.waitFor();
    const ticket = (await page.locator('#done-ticket').textContent())!;
    const code = (await page.locator('#done-code').textContent())!;
    expect(ticket).toMatch(/^CMP-\d{4}-\d{6}$/);
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    await fitsAndLabelled(page);
    await shot(page, '3-confirmation-th');

    // What is stored is what the citizen entered, photo included
    const c = await app.strapi.db.query(UID).findOne({
      where: { ticketNumber: ticket },
      populate: ['category', 'province', 'attachments', 'complainant'],
    });
    expect(c).toMatchObject({
      trackingCode: code,
      title: 'กลิ่นเหม็นจากโรงงานทุกคืน',
      description: 'มีกลิ่นเหม็นคล้ายสารเคมีทุกคืนหลังสี่ทุ่ม แสบจมูก',
      factoryName: 'บริษัท ตัวอย่างเคมี จำกัด',
      address: 'ซอยข้างตลาด ต.มาบตาพุด',
      channel: 'web',
      state: 'received',
      anonymous: false,
      consent: true,
      category: expect.objectContaining({ code: 'factory_odour' }),
      province: expect.objectContaining({ code: 'TH-21' }),
      complainant: expect.objectContaining({ name: 'สมหญิง ทดสอบ', phone: '081-111-2222', email: 'somying@example.test' }),
    });
    // latitude/longitude are `float`: Strapi's `decimal` is decimal(10,2) on PostgreSQL and kept only ~1 km.
    expect(Number(c.latitude)).toBeCloseTo(13.7563, 6);
    expect(Number(c.longitude)).toBeCloseTo(100.5018, 6);
    expect(c.consentAt).toBeTruthy();
    expect(c.attachments).toHaveLength(1);
    expect(c.attachments[0]).toMatchObject({ name: 'smoke.png', mime: 'image/png', width: 1, height: 1 });
    const stored = await app.http().get(c.attachments[0].url).expect(200);
    expect(stored.headers['content-type']).toBe('image/png');
    expect(await count()).toBe(1);

    // The deadlines on the confirmation: Bangkok time, Buddhist year
    expect(await page.locator('#done-ack').textContent()).toBe(formatThaiDateTime(c.acknowledgeDueAt));
    expect(await page.locator('#done-resolve').textContent()).toBe(formatThaiDateTime(c.resolveDueAt));

    // Copy button: the code lands on the clipboard
    await page.getByRole('button', { name: 'คัดลอกรหัสติดตาม' }).click();
    await page.locator('#copy-status', { hasText: 'คัดลอกรหัสติดตามแล้ว' }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(code);

    // Track it from the confirmation
    await page.getByRole('link', { name: 'ติดตามเรื่องนี้' }).click();
    await page.getByRole('heading', { level: 1, name: 'ติดตามเรื่องร้องเรียน' }).waitFor();
    await page.locator('#result-ticket', { hasText: ticket }).waitFor();
    expect(await page.locator('#result-status').textContent()).toBe('รับเรื่องแล้ว');
    expect(await page.locator('#result-category').textContent()).toBe('กลิ่นเหม็นจากโรงงาน');
    expect(await page.locator('#result-province').textContent()).toBe('ระยอง');
    expect(await page.locator('#result-ack-due').textContent()).toBe(formatThaiDateTime(c.acknowledgeDueAt));
    expect(await page.locator('#result-resolve-due').textContent()).toBe(formatThaiDateTime(c.resolveDueAt));
    expect(await page.locator('#result-resolve-due').textContent()).toMatch(/ 25\d\d เวลา \d\d:\d\d น\.$/);
    expect(await page.locator('#timeline li .what').allTextContents()).toEqual(['รับเรื่องแล้ว']);

    // An officer triages it with a public note; the citizen types the code as people do (lower case, dashes)
    const officer = await createUser(app.strapi, 'complaint-officer');
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/transition`)
      .set('Authorization', officer.auth)
      .send({ status: 'triaged', note: 'ส่งเรื่องให้สำนักงานอุตสาหกรรมจังหวัดระยองตรวจสอบ', visibility: 'public' })
      .expect(200);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/notes`)
      .set('Authorization', officer.auth)
      .send({ note: 'ภายใน: ผู้ร้องเคยร้องเรียนเรื่องอื่นมาก่อน', visibility: 'internal' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await page.goto(`${base}/complaints/track.html`);
    await page.getByLabel('รหัสติดตาม').fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)}-${code.slice(8)}`);
    await page.getByLabel('รหัสติดตาม').press('Enter');
    await page.locator('#result-status', { hasText: 'คัดกรองแล้ว' }).waitFor();
    const timeline = page.locator('#timeline li');
    expect(await timeline.locator('.what').allTextContents()).toEqual(['รับเรื่องแล้ว', 'สถานะเปลี่ยนเป็น: คัดกรองแล้ว']);
    expect(await timeline.nth(1).locator('.note').textContent()).toBe('ส่งเรื่องให้สำนักงานอุตสาหกรรมจังหวัดระยองตรวจสอบ');
    expect(await page.locator('#result').textContent()).not.toContain('ภายใน');
    expect(await page.locator('#result').textContent()).not.toContain('สมหญิง');
    await fitsAndLabelled(page);
    await shot(page, '4-track-th');

    // The English switch: lang attribute, labels, status and dates
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Track a complaint' }).waitFor();
    expect(await page.locator('#result-status').textContent()).toBe('Triaged');
    expect(await page.locator('#result-category').textContent()).toBe('Factory odour');
    expect(await page.locator('#result-province').textContent()).toBe('Rayong');
    expect(await page.locator('#result-resolve-due').textContent()).toBe(formatEnglishDateTime(c.resolveDueAt));
    expect(await timeline.locator('.what').allTextContents()).toEqual(['Received', 'Status changed to: Triaged']);
    expect(await page.getByLabel('Tracking code').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'ภาษาไทย' }).getAttribute('lang')).toBe('th');
    await fitsAndLabelled(page);
    await shot(page, '5-track-en');

    // The choice carries over to the other pages
    await page.getByRole('link', { name: 'File a new complaint' }).click();
    await page.getByRole('heading', { level: 1, name: 'File a complaint' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('#categoryCode option', { hasText: 'Factory odour' }).waitFor({ state: 'attached' });
    for (const label of [
      'Kind of problem',
      'Subject (short)',
      'What did you see?',
      'Province',
      'Address or landmark',
      'Latitude',
      'Longitude',
      'Add photos (optional)',
      'Full name',
      'Phone number',
      'Email',
    ]) {
      // the label's text, plus " *" on required fields
      const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
      expect([label, await page.getByLabel(exactly).count()]).toEqual([label, 1]);
    }
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.locator('#description-error', { hasText: 'Please fill in this field' }).waitFor();
    expect(await page.locator('#consent-error').textContent()).toBe('Please give your consent, or choose “report anonymously”');
    expect(await page.locator('#phone-error').textContent()).toBe('Please give a phone number or an email address');
    await fitsAndLabelled(page);
    await shot(page, '6-form-en');
    // an email answers the phone field's message too, while typing
    await page.getByLabel('Email', { exact: true }).pressSequentially('a@example.test');
    await page.locator('#phone-error').waitFor({ state: 'hidden' });
    expect(await page.locator('#error-list li', { hasText: 'Phone number' }).count()).toBe(0);

    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Report a problem with a factory to the Ministry of Industry' }).waitFor();
    await shot(page, '7-home-en');

    expect(posts.filter((u) => u.endsWith('/api/public/complaints'))).toHaveLength(1);
    expect(await count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks fields as the API does, files an anonymous complaint, and shows the API’s refusal next to the field', async () => {
    const { context, page, problems, posts } = await phone();
    // a browser without the Clipboard API: the copy button falls back to a selected text copy
    await page.addInitScript(() => {
      Object.defineProperty((globalThis as any).navigator, 'clipboard', { value: undefined });
    });
    const before = await count();
    await page.goto(`${base}/complaints/file.html`);
    await page.locator('#provinceCode option[value="TH-10"]').waitFor({ state: 'attached' });

    // Wrong values the API would refuse: caught in the browser, next to each field
    await page.getByLabel('ประเภทของปัญหา').selectOption('noise');
    await page.getByLabel('หัวข้อเรื่อง (สั้น ๆ)').fill('เสียงดัง');
    await page.getByLabel('รายละเอียดสิ่งที่พบ').fill('เครื่องจักรดังทั้งคืน');
    await page.getByLabel('จังหวัด').selectOption('TH-10');
    await page.getByLabel('ละติจูด').fill('95');
    await page.getByLabel('ชื่อ–นามสกุล').fill('ทดสอบ');
    await page.getByLabel('เบอร์โทรศัพท์').fill('abc');
    await page.getByLabel('อีเมล', { exact: true }).fill('not-an-email');
    const notImage = path.join(tmp, 'notes.png');
    fs.writeFileSync(notImage, 'this is text pretending to be a picture');
    await page.getByLabel('แนบรูปถ่าย (ถ้ามี)').setInputFiles(notImage);
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.locator('#error-summary').waitFor();
    const messages = async () =>
      Object.fromEntries(
        await page
          .locator('.field-error:not(:empty)')
          .evaluateAll((els) => els.map((e: any) => [e.id.replace(/-error$/, ''), e.textContent])),
      );
    expect(await messages()).toEqual({
      latitude: 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90',
      longitude: 'กรอกละติจูดและลองจิจูดคู่กัน หรือเว้นว่างทั้งสองช่อง',
      attachments: 'notes.png ไม่ใช่รูปภาพ JPEG, PNG, GIF หรือ WebP',
      phone: 'เบอร์โทรศัพท์ใช้ได้เฉพาะตัวเลข เว้นวรรค และ + - ( ) จำนวน 6–30 ตัว',
      email: 'รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com',
      consent: 'กรุณาให้ความยินยอม หรือเลือก “ไม่ประสงค์ออกนาม”',
    });
    expect(posts).toEqual([]);

    // Anonymous: no contact fields, no consent needed; coordinates cleared, no photo
    await page.getByLabel('ไม่ประสงค์ออกนาม').check();
    expect(await page.getByLabel('ชื่อ–นามสกุล').isHidden()).toBe(true);
    await page.getByLabel('ละติจูด').fill('');
    await page.getByLabel('แนบรูปถ่าย (ถ้ามี)').setInputFiles([]);
    await page.locator('#attachments-error').waitFor({ state: 'hidden' });
    expect(await messages()).toEqual({});

    // The API refuses what the browser cannot know: the category was switched off meanwhile
    await app.strapi.db.query('api::complaint-category.complaint-category').update({ where: { code: 'noise' }, data: { active: false } });
    try {
      await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
      await page.locator('#categoryCode-error', { hasText: 'unknown or inactive category "noise"' }).waitFor();
      expect(await page.getByLabel('ประเภทของปัญหา').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#error-list li').count()).toBe(1);
      expect(await count()).toBe(before);
    } finally {
      await app.strapi.db.query('api::complaint-category.complaint-category').update({ where: { code: 'noise' }, data: { active: true } });
    }
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ได้รับเรื่องร้องเรียนของคุณแล้ว' }).waitFor();
    const ticket = (await page.locator('#done-ticket').textContent())!;
    const c = await app.strapi.db
      .query(UID)
      .findOne({ where: { ticketNumber: ticket }, populate: ['complainant', 'attachments', 'province'] });
    expect(c).toMatchObject({ anonymous: true, consent: false, complainant: null, latitude: null, longitude: null, title: 'เสียงดัง' });
    expect(c.province.code).toBe('TH-10');
    expect(c.attachments ?? []).toEqual([]);
    expect(await count()).toBe(before + 1);

    await page.getByRole('button', { name: 'คัดลอกรหัสติดตาม' }).click();
    await page.locator('#copy-status', { hasText: 'คัดลอกรหัสติดตามแล้ว' }).waitFor();
    const reader = await context.newPage();
    await reader.goto(`${base}/`);
    expect(await reader.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(c.trackingCode);

    // Only the expected refusal reached the console (Chromium logs every 4xx response)
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    expect(problems.length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('says so when the phone’s position is refused, or a tracking code is malformed or unknown', async () => {
    const { context, page, problems } = await phone({ allowPosition: false });
    await page.goto(`${base}/complaints/file.html`);
    await page.getByRole('button', { name: 'ใช้ตำแหน่งปัจจุบันของโทรศัพท์' }).click();
    await page.locator('#locate-status', { hasText: 'ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง กรุณากรอกที่อยู่แทน' }).waitFor();
    expect(await page.getByLabel('ละติจูด').inputValue()).toBe('');

    await page.goto(`${base}/complaints/track.html`);
    await page.getByRole('button', { name: 'ดูสถานะ' }).click();
    await page.locator('#code-error', { hasText: 'กรุณากรอกรหัสติดตาม' }).waitFor();
    await page.getByLabel('รหัสติดตาม').fill('ABC');
    await page.getByRole('button', { name: 'ดูสถานะ' }).click();
    await page.locator('#code-error', { hasText: 'รหัสติดตามมี 12 ตัว' }).waitFor();
    await page.getByLabel('รหัสติดตาม').fill('2222-3333-4444');
    await page.getByRole('button', { name: 'ดูสถานะ' }).click();
    await page.locator('#track-message', { hasText: 'ไม่พบเรื่องที่มีรหัสติดตามนี้' }).waitFor();
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);

    // The strict policy the pages are tested under is really in force: an inline script is refused
    const probe = await context.newPage();
    const res = await probe.goto(`${base}/complaints/track.html`);
    expect(res!.headers()['content-security-policy']).toContain(STRICT_CSP);
    const ran = await probe.evaluate(() => {
      const g = globalThis as any;
      const s = g.document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      g.document.body.appendChild(s);
      return g.inlineRan === true;
    });
    expect(ran).toBe(false);
    await context.close();
  });
});
