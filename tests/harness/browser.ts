import { chromium, Browser, Page } from 'playwright-core';

/** Debian's headless Chromium (never a browser Playwright downloads), quiet: no network of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs `who` in on the admin panel's login form and waits until the panel has left the login pages. */
export async function logInToAdmin(page: Page, baseUrl: string, who: { email: string; password: string }) {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 60_000 });
}
