import type { AddressInfo } from 'net';
import { Browser } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { loadTrainingDemo } from '../../src/lib/training/demo';

/**
 * The staff page in a real headless Chromium (Debian's, never downloaded): log in, search a Thai
 * word, open a material, acknowledge it, and see it leave the "still to read" list.
 */
describe('training web page in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await bootStrapi();
    const first = await loadTrainingDemo(app.strapi);
    expect(first.materials).toBeGreaterThanOrEqual(20);
    expect(first.funds).toBe(2);
    expect(await loadTrainingDemo(app.strapi)).toEqual({ topics: 0, funds: 0, materials: 0 });
    staff = await createUser(app.strapi, 'authenticated');
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in, searches in Thai, opens and acknowledges a material, which leaves the still-to-read list', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/training/`);
    expect(await page.getAttribute('html', 'lang')).toBe('th');

    // Without login: only public materials, and the login form
    await page.getByRole('heading', { name: 'เข้าสู่ระบบสำหรับเจ้าหน้าที่' }).waitFor();
    await page.getByLabel('อีเมลหรือชื่อผู้ใช้').fill(staff.email);
    await page.getByLabel('รหัสผ่าน').fill('Passw0rd!test');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();

    const required = page.locator('#required-list li');
    await page.getByRole('heading', { name: /เอกสารที่ยังต้องอ่าน/ }).waitFor();
    await required.first().waitFor();
    const before = await required.allTextContents();
    expect(before).toEqual(expect.arrayContaining(['พระราชบัญญัติโรงงาน พ.ศ. 2535']));

    // Search a Thai word that sits inside a longer run of Thai text
    await page.getByLabel('คำค้น (ชื่อเรื่อง สรุป หรือเนื้อหา)').fill('ใบอนุญาตประกอบกิจการ');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.locator('#result-summary', { hasText: 'ใบอนุญาตประกอบกิจการ' }).waitFor();
    const hit = page.locator('#results li', { hasText: 'พระราชบัญญัติโรงงาน พ.ศ. 2535' });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('ใบอนุญาตประกอบกิจการ');

    await hit.getByRole('link', { name: 'พระราชบัญญัติโรงงาน พ.ศ. 2535' }).click();
    await page.getByRole('heading', { level: 2, name: 'พระราชบัญญัติโรงงาน พ.ศ. 2535' }).waitFor();
    await page.locator('#detail-body', { hasText: 'โรงงานจำพวกที่ 3' }).waitFor();
    await page.getByRole('button', { name: 'รับทราบแล้ว' }).click();
    await page.locator('#ack-text', { hasText: 'คุณรับทราบฉบับที่ 1 แล้ว' }).waitFor();

    // Back on the list, the material has left the still-to-read list (keyboard: Enter on the link)
    await page.getByRole('link', { name: '← กลับไปยังรายการ' }).press('Enter');
    await page.getByRole('heading', { name: /เอกสารที่ยังต้องอ่าน/ }).waitFor();
    await page.locator('#required-list li', { hasText: /^พระราชบัญญัติโรงงาน พ.ศ. 2535$/ }).waitFor({ state: 'detached' });
    expect(await required.count()).toBe(before.length - 1);
    const after = await required.allTextContents();
    expect(after).not.toContain('พระราชบัญญัติโรงงาน พ.ศ. 2535');

    // Stored for real: the API agrees
    const mine = await app.http().get('/api/training-materials/my-required').set('Authorization', staff.auth).expect(200);
    expect(mine.body.data.map((m: { slug: string }) => m.slug)).not.toContain('factory-act-2535');

    // The English switch
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Still to read/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Search (title, summary or text)').fill('licence');
    await page.getByLabel('Search (title, summary or text)').press('Enter');
    await page.locator('#results li', { hasText: 'Factory Act B.E. 2535 (1992)' }).waitFor();

    // Fits a phone: nothing wider than the viewport
    const overflow = await page.evaluate(() => {
      const g = globalThis as any;
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  it('shows citizens only public materials, without login', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/training/`);
    await page.locator('#results li').first().waitFor();
    const titles = await page.locator('#results li h3').allTextContents();
    expect(titles).toContain('พระราชบัญญัติโรงงาน พ.ศ. 2535');
    expect(titles).not.toContain('ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการตรวจราชการ พ.ศ. 2548');
    expect(await page.locator('#required-section').isHidden()).toBe(true);
    await page.getByRole('link', { name: 'พระราชบัญญัติโรงงาน พ.ศ. 2535' }).click();
    await page.locator('#detail-body', { hasText: 'โรงงานจำพวกที่ 3' }).waitFor();
    expect(await page.locator('#ack-box').isHidden()).toBe(true);
    await page.goto(`${base}/training/#/m/inspection-regulation-2548`);
    await page.getByRole('heading', { name: 'ไม่พบเอกสารนี้ หรือคุณไม่มีสิทธิ์อ่าน' }).waitFor();
  });
});
