import fs from 'fs';
import path from 'path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require('../harness/admin-build');

/**
 * The admin panel in a real headless Chromium (Debian's, never downloaded), built from src/admin
 * (tests/harness/admin-build.js: about a minute the first time, cached while src/admin and the
 * packages are unchanged): the demo super admin logs in, sees the homepage widgets with the demo
 * figures — the same as the endpoints and the database say —, and follows widget links to the
 * Content Manager's lists filtered to exactly those complaints.
 */
const EMAIL = 'demo.admin@example.test';
const PASSWORD = 'Demo-Admin-Passw0rd';
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const OPEN = ['received', 'triaged', 'assigned', 'in_progress'];
const th = new Intl.NumberFormat('th-TH');

describe('admin homepage widgets in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  const problems: string[] = [];

  const endpoint = async (name: string) =>
    (await app.http().get(`/admin/mind-dashboard/${name}`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `admin-${name}.png`), fullPage: true });

  beforeAll(async () => {
    const distDir = process.env.MIND_TEST_DIST_DIR;
    if (!distDir) throw new Error('MIND_TEST_DIST_DIR is not set (tests/harness/global-setup.js)');
    const build = await ensureAdminBuild(distDir);
    process.stderr.write(`admin-browser: admin bundle ${build.cached ? 'from cache' : 'built'} in ${Math.round(build.ms / 1000)} s\n`);

    app = await bootStrapi({ env: { SERVE_ADMIN: 'true', DEMO_DATA: 'true', DEMO_ADMIN_EMAIL: EMAIL, DEMO_ADMIN_PASSWORD: PASSWORD } });
    // One failed run of a job, so that the jobs widget has a failure to show.
    await app.strapi.db.query('api::job-run.job-run').create({
      data: {
        job: 'dispatch-notifications',
        fireKey: 'dispatch-notifications:browser-test',
        trigger: 'schedule',
        state: 'failed',
        startedAt: new Date(Date.now() - 3600_000),
        finishedAt: new Date(Date.now() - 3590_000),
        error: 'Error: SMTP server refused the connection',
      },
    });
    token = (await app.http().post('/admin/login').send({ email: EMAIL, password: PASSWORD }).expect(200)).body.data.token;

    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1440, height: 1000 } });
    // A Thai administrator: the admin panel keeps the chosen interface language in localStorage.
    await context.addInitScript(() => {
      const storage = (globalThis as any).localStorage;
      if (!storage.getItem('strapi-admin-language')) storage.setItem('strapi-admin-language', 'th');
    });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in and shows the widgets with the demo figures, in Thai', async () => {
    await page.goto(`${app.baseUrl}/admin`);
    await page.locator('input[name="email"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await shot('login');
    await page.locator('button[type="submit"]').click();

    // Complaints: the figures of the endpoint, which are the database's
    const complaints = await endpoint('complaints');
    const openInDb = await app.strapi.db.query('api::complaint.complaint').count({ where: { state: { $in: OPEN } } });
    expect(complaints.totals.open).toBe(openInDb);
    expect(openInDb).toBeGreaterThan(0);
    const widget = page.locator('[data-widget="mind-complaints"]');
    await widget.waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'เรื่องร้องเรียนที่เปิดอยู่' }).waitFor();
    await widget.locator('[data-figure="open"]', { hasText: `เปิดอยู่ ${th.format(openInDb)} เรื่อง` }).waitFor();
    await widget.locator('[data-figure="breached"]', { hasText: `เกินกำหนด SLA ${th.format(complaints.totals.breached)} เรื่อง` }).waitFor();
    for (const c of complaints.cells) {
      const text = (await widget.locator(`[data-cell="${c.urgency}:${c.state}"]`).innerText()).replace(/\s+/g, ' ').trim();
      expect(text).toBe(c.breached ? `${th.format(c.open)} ${th.format(c.breached)}` : th.format(c.open));
    }
    // breaches are red
    if (complaints.totals.breached > 0) {
      expect(await widget.locator('[data-figure="breached"]').evaluate((e) => (globalThis as any).getComputedStyle(e).color)).toBe(
        'rgb(208, 43, 32)',
      );
    }

    // Provinces: every province's tile, with its open count
    const provinces = await endpoint('provinces');
    const grid = page.locator('[data-widget="mind-provinces"]');
    await grid.waitFor();
    expect(await grid.locator('[data-province]').count()).toBe(77);
    const busy = provinces.regions.flatMap((r: any) => r.provinces).filter((p: any) => p.open > 0);
    expect(busy.length).toBeGreaterThan(0);
    for (const p of busy)
      expect((await grid.locator(`[data-province="${p.code}"] [data-open]`).innerText()).trim()).toBe(th.format(p.open));
    // every tile names its province in Thai
    expect((await grid.locator('[data-province="TH-20"] [data-name]').innerText()).trim()).toBe('ชลบุรี');
    // the whole grid shows: the widget's body grows to fit it rather than cutting it off
    const fits = (e: unknown) => {
      const body = (e as { closest(s: string): { scrollHeight: number; clientHeight: number } }).closest('main');
      return body.scrollHeight <= body.clientHeight + 1;
    };
    expect(await grid.evaluate(fits)).toBe(true);
    expect(await grid.locator(`[data-region="east"] [data-province="TH-21"]`).count()).toBe(1);

    // Reporting: one bar per agency with reports due this quarter
    const reporting = await endpoint('reporting');
    const bars = page.locator('[data-widget="mind-reporting"]');
    await bars.waitFor();
    expect(await bars.locator('[data-agency]').count()).toBe(reporting.agencies.length);
    for (const a of reporting.agencies) {
      for (const o of ['onTime', 'late', 'missing', 'notDue']) {
        const link = bars.locator(`[data-agency="${a.code}"] [data-outcome="${o}"]`);
        if (a.counts[o]) expect((await link.innerText()).trim()).toBe(th.format(a.counts[o]));
        else expect(await link.count()).toBe(0);
      }
    }

    // Jobs: the failed one highlighted
    const jobs = page.locator('[data-widget="mind-jobs"]');
    await jobs.waitFor();
    expect(await jobs.locator('tr[data-job]').count()).toBe((await endpoint('jobs')).jobs.length);
    // all its rows visible, none cut off at the bottom of the widget
    expect(await jobs.evaluate(fits)).toBe(true);
    const lastRow = await jobs.locator('tr[data-job]').last().boundingBox();
    const widgetBody = await jobs.evaluate((e) => (e as any).closest('main').getBoundingClientRect().bottom);
    expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(widgetBody + 1);
    const failed = jobs.locator('tr[data-job="dispatch-notifications"]');
    expect(await failed.getAttribute('data-flagged')).toBe('true');
    await failed.getByText('ล้มเหลว', { exact: true }).waitFor();
    expect(await failed.evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor)).toBe('rgb(252, 236, 234)');
    expect(await jobs.locator('tr[data-job="generate-expected-reports"]').getAttribute('data-flagged')).toBe('false');

    // Volunteers: the demo's upcoming activities and their fill
    const volunteers = await endpoint('volunteers');
    expect(volunteers.activities.length).toBeGreaterThan(0);
    const list = page.locator('[data-widget="mind-volunteers"]');
    await list.waitFor();
    for (const a of volunteers.activities) {
      const fill = (await list.locator(`[data-activity="${a.documentId}"] [data-figure="fill"]`).innerText()).trim();
      expect(fill.startsWith(`${th.format(a.taken)}/${th.format(a.capacity)} คน`)).toBe(true);
    }
    expect(volunteers.activities.some((a: any) => a.placesLeft === 0)).toBe(true);
    await list.getByText('เต็ม', { exact: true }).first().waitFor();

    await page.waitForLoadState('networkidle');
    // the homepage scrolls inside its main area: a tall window shows every widget in one picture
    await page.setViewportSize({ width: 1440, height: 2400 });
    await shot('home');
    await page.setViewportSize({ width: 1440, height: 1000 });
    expect(problems).toEqual([]);
  });

  /** Ticket numbers in the Content Manager list on screen. */
  async function listedTickets(expected: number) {
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('table tbody tr').length === n, expected);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    return rows.map((r) => /CMP-\d{4}-\d{6}/.exec(r)?.[0]).sort();
  }

  it('follows the SLA-breach link to the Content Manager list of exactly those complaints', async () => {
    const complaints = await endpoint('complaints');
    expect(complaints.totals.breached).toBeGreaterThan(0);
    const now = new Date();
    const breached = await app.strapi.db.query('api::complaint.complaint').findMany({
      where: {
        state: { $in: OPEN },
        $or: [{ resolveDueAt: { $lt: now } }, { acknowledgedAt: { $null: true }, acknowledgeDueAt: { $lt: now } }],
      },
      select: ['ticketNumber'],
    });
    expect(breached).toHaveLength(complaints.totals.breached);

    await page.locator('[data-widget="mind-complaints"] [data-figure="breached"]').click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::complaint\.complaint\?/);
    expect(decodeURIComponent(page.url())).toContain('filters[$and][0][state][$in][0]=received');
    expect(await listedTickets(breached.length)).toEqual(breached.map((c: any) => c.ticketNumber).sort());
    await shot('cm-breached-complaints');
    expect(problems).toEqual([]);
  });

  it('follows a province tile to the list of that province’s open complaints', async () => {
    await page.goto(`${app.baseUrl}/admin`);
    const provinces = await endpoint('provinces');
    const busiest = provinces.regions.flatMap((r: any) => r.provinces).sort((a: any, b: any) => b.open - a.open)[0];
    const inDb = await app.strapi.db.query('api::complaint.complaint').findMany({
      where: { state: { $in: OPEN }, province: { code: busiest.code } },
      select: ['ticketNumber'],
    });
    expect(inDb).toHaveLength(busiest.open);

    await page.locator(`[data-widget="mind-provinces"] [data-province="${busiest.code}"] a`).click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::complaint\.complaint\?/);
    expect(decodeURIComponent(page.url())).toContain(`[province][code][$eq]=${busiest.code}`);
    expect(await listedTickets(inDb.length)).toEqual(inDb.map((c: any) => c.ticketNumber).sort());
    await shot('cm-province-complaints');
    expect(problems).toEqual([]);
  });
  it('follows an agency’s “missing” figure to the list of its overdue reports this quarter', async () => {
    await page.goto(`${app.baseUrl}/admin`);
    const reporting = await endpoint('reporting');
    const agency = reporting.agencies.find((a: any) => a.counts.missing > 0 && a.counts.missing <= 10);
    expect(agency).toBeDefined();
    await page.locator(`[data-widget="mind-reporting"] [data-agency="${agency.code}"] [data-outcome="missing"]`).click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::progress-report\.progress-report\?/);
    expect(decodeURIComponent(page.url())).toContain(`filters[project][agency][code][$eq]=${agency.code}`);
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('table tbody tr').length === n, agency.counts.missing);
    await shot('cm-missing-reports');
    expect(problems).toEqual([]);
  });
});
