import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, TestApp } from '../harness/strapi';
import { fileComplaint } from '../harness/complaints';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require('../harness/admin-build');

/**
 * The production Content-Security-Policy (src/lib/security/http-security.ts) in a real headless Chromium
 * (Debian's, never downloaded), with NODE_ENV=production — where Strapi does not relax the policy for
 * the admin panel as it does in development: the admin panel logs in and opens a complaint in the Content
 * Manager, and our own pages load, all without a single CSP violation or page error.
 */
const EMAIL = 'csp.admin@example.test';
const PASSWORD = 'Csp-Admin-Passw0rd';

describe('the production CSP in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const distDir = process.env.MIND_TEST_DIST_DIR;
    if (!distDir) throw new Error('MIND_TEST_DIST_DIR is not set (tests/harness/global-setup.js)');
    await ensureAdminBuild(distDir);
    app = await bootStrapi({
      env: {
        NODE_ENV: 'production',
        SERVE_ADMIN: 'true',
        PUBLIC_INTAKE_RATE_LIMIT: '0',
        DEMO_ADMIN_EMAIL: EMAIL,
        DEMO_ADMIN_PASSWORD: PASSWORD,
      },
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (/content security policy|refused to (load|execute|apply|connect|frame)/i.test(m.text())) problems.push(`csp: ${m.text()}`);
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves the admin panel under the policy: login and a complaint in the Content Manager', async () => {
    const c = await fileComplaint(app);
    const res = await page.goto(`${app.baseUrl}/admin`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res!.headers()['content-security-policy']).not.toContain("'unsafe-eval'");
    await page.locator('input[name="email"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(\/)?$/, { timeout: 60_000 });
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::complaint.complaint/${c.documentId}`);
    await page.getByText(c.ticketNumber).first().waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
  });

  it.each(['/', '/complaints/file.html', '/training/'])('serves %s under the policy', async (path) => {
    await page.goto(`${app.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  it('is enforced and seen: an injected inline script does not run and is reported', async () => {
    await page.goto(`${app.baseUrl}/training/`);
    const ran = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const s = doc.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      doc.head.appendChild(s);
      return (globalThis as any).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // the console message arrives asynchronously
    for (let i = 0; i < 100 && !problems.some((p) => p.startsWith('csp:')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(problems.some((p) => p.startsWith('csp:'))).toBe(true);
  });
});
