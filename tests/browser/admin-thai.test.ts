import fs from 'fs';
import path from 'path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInToAdmin } from '../harness/browser';
import { bootStrapi, root, TestApp } from '../harness/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require('../harness/admin-build');

/**
 * The admin panel as a Thai official meets it: a Chromium with a Thai browser (`th-TH`) and people who
 * never chose a language. The login page and the Content Manager are in Thai; each admin role opens its
 * screens without one MISSING_TRANSLATION from react-intl in the console (the bundle is built outside
 * production mode, so react-intl reports each string it lacks); the complaint's edit form labels no field
 * by its attribute name, shows enumerations and relations in words and leaves the workflow's fields
 * read-only; no guided tour, marketplace or unrelated homepage block; the homepage greets by name.
 * Screenshots of each screen go to artifacts/screenshots/thai-*.png (test output, not committed).
 */
const EMAIL = 'demo.admin@example.test';
const PASSWORD = 'Demo-Admin-Passw0rd';
const LIMITED_PASSWORD = 'Limited-passw0rd';
const SHOTS = path.join(root, 'artifacts', 'screenshots');
const COMPLAINT = 'api::complaint.complaint';
const cm = (uid: string, id = '') => `/admin/content-manager/collection-types/${uid}${id ? `/${id}` : ''}`;

type Screen = { name: string; path: string; ready: string };

describe('the admin panel in Thai', () => {
  let app: TestApp;
  let browser: Browser;
  const missing = new Map<string, Set<string>>();
  const pageErrors: string[] = [];

  const schemaOf = (uid: string) =>
    app.strapi.getModel(uid as never) as unknown as { attributes: Record<string, { type: string; component?: string }> };

  beforeAll(async () => {
    const distDir = process.env.MIND_TEST_DIST_DIR;
    if (!distDir) throw new Error('MIND_TEST_DIST_DIR is not set (tests/harness/global-setup.js)');
    const build = await ensureAdminBuild(distDir);
    process.stderr.write(`admin-thai: admin bundle ${build.cached ? 'from cache' : 'built'} in ${Math.round(build.ms / 1000)} s\n`);
    app = await bootStrapi({ env: { SERVE_ADMIN: 'true', DEMO_DATA: 'true', DEMO_ADMIN_EMAIL: EMAIL, DEMO_ADMIN_PASSWORD: PASSWORD } });
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    if (process.env.MIND_MISSING_TRANSLATIONS) {
      const all = [...new Set([...missing.values()].flatMap((s) => [...s]))].sort();
      fs.writeFileSync(process.env.MIND_MISSING_TRANSLATIONS, JSON.stringify(all, null, 2));
    }
    await browser?.close();
    await app?.close();
  });

  /** A new admin-panel user holding only the admin role `code` (a person who never chose a language). */
  async function limitedAdmin(code: string) {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
    expect(role).toBeTruthy();
    const email = `${code}.thai@example.test`;
    if (!(await app.strapi.db.query('admin::user').findOne({ where: { email } }))) {
      await app.strapi.service('admin::user').create({
        email,
        firstname: 'ประภา',
        lastname: 'ใจงาม',
        password: LIMITED_PASSWORD,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
    }
    return email;
  }

  /** A fresh Thai browser (nothing in localStorage) whose console is watched for untranslated strings. */
  async function thaiBrowser(who: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1440, height: 1000 } });
    // a loaded 2-core machine: the panel's first load of a screen may take a while
    context.setDefaultTimeout(90_000);
    context.setDefaultNavigationTimeout(120_000);
    const page = await context.newPage();
    const ids = missing.get(who) ?? new Set<string>();
    missing.set(who, ids);
    page.on('console', (m) => {
      const text = m.text();
      if (!text.includes('MISSING_TRANSLATION')) return;
      const id = /Missing message: "([^"]+)"/.exec(text)?.[1] ?? text;
      ids.add(id);
    });
    page.on('pageerror', (e) => pageErrors.push(`${who}: ${e.message}`));
    return { context, page };
  }

  const logIn = (page: Page, email: string, password: string) => logInToAdmin(page, app.baseUrl, { email, password });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `thai-${name}.png`), fullPage: true });

  async function visit(page: Page, who: string, screen: Screen) {
    await page.goto(`${app.baseUrl}${screen.path}`);
    await page.locator(screen.ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await shot(page, `${who}-${screen.name}`);
  }

  async function firstId(uid: string) {
    const entry = await app.strapi.db.query(uid as never).findOne({ select: ['documentId'], orderBy: { id: 'asc' } });
    return (entry as { documentId: string }).documentId;
  }

  it('shows the login page in Thai to a browser that never chose a language', async () => {
    const { context, page } = await thaiBrowser('login');
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.getByText('ยินดีต้อนรับสู่ MIND Desk').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    expect(await page.evaluate(() => (globalThis as any).localStorage.getItem('strapi-admin-language'))).toBe('th');
    await page.waitForLoadState('networkidle');
    await shot(page, 'login');
    expect([...missing.get('login')!]).toEqual([]);
    await context.close();
  }, 900_000);

  it('shows the super admin a quiet Thai homepage and Thai screens, without one missing translation', async () => {
    const { context, page } = await thaiBrowser('super-admin');
    await logIn(page, EMAIL, PASSWORD);
    // the homepage greets the person by name; only our widgets and the profile
    await page.getByRole('heading', { name: 'สวัสดี คุณสมศรี' }).waitFor({ timeout: 60_000 });
    await page.locator('[data-widget="mind-complaints"]').waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'super-admin-home');
    const body = await page.locator('body').innerText();
    for (const unwanted of [
      'Marketplace',
      'มาร์เก็ตเพลส',
      'Discover your application',
      'Deploy',
      'Strapi Cloud',
      'Project statistics',
      'Last edited entries',
    ])
      expect(body).not.toContain(unwanted);
    const tour = await page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('STRAPI_GUIDED_TOUR') ?? '{}'));
    expect(tour.enabled).toBe(false);

    const complaintId = await firstId(COMPLAINT);
    const screens: Screen[] = [
      { name: 'complaints', path: cm(COMPLAINT), ready: 'table tbody tr' },
      { name: 'complaint', path: cm(COMPLAINT, complaintId), ready: 'form label' },
      { name: 'complaint-create', path: cm(COMPLAINT, 'create'), ready: 'form label' },
      { name: 'provinces', path: cm('api::province.province'), ready: 'table tbody tr' },
      { name: 'categories', path: cm('api::complaint-category.complaint-category'), ready: 'table tbody tr' },
      { name: 'email-templates', path: cm('api::email-template.email-template'), ready: 'table tbody tr' },
      { name: 'sla-policy', path: '/admin/content-manager/single-types/api::sla-policy.sla-policy', ready: 'form label' },
      { name: 'media-library', path: '/admin/plugins/upload', ready: 'main h1' },
      { name: 'profile', path: '/admin/me', ready: 'main h1' },
      { name: 'settings-users', path: '/admin/settings/users', ready: 'table tbody tr' },
      { name: 'settings-roles', path: '/admin/settings/roles', ready: 'table tbody tr' },
      { name: 'users-permissions-roles', path: '/admin/settings/users-permissions/roles', ready: 'table tbody tr' },
    ];
    for (const screen of screens) await visit(page, 'super-admin', screen);
    expect([...missing.get('super-admin')!]).toEqual([]);
    await context.close();
  }, 900_000);

  it('labels every field of the complaint edit form in Thai, never by its attribute name, with enumerations and relations in words', async () => {
    const { context, page } = await thaiBrowser('complaint-form');
    await logIn(page, EMAIL, PASSWORD);
    const complaint = await app.strapi.db.query(COMPLAINT).findOne({
      where: { province: { code: { $notNull: true } }, category: { id: { $notNull: true } } },
      populate: ['province', 'category'],
    });
    await visit(page, 'complaint-form', { name: 'complaint-edit', path: cm(COMPLAINT, complaint.documentId), ready: 'form label' });

    // a label as read: without the required mark and a relation's count, "ประเภทเรื่อง (1)"
    const labels = (await page.locator('form label').allInnerTexts())
      .map((l) =>
        l
          .replace(/\*$/, '')
          .replace(/\s*\(\d+\)$/, '')
          .trim(),
      )
      .filter(Boolean);
    expect(labels.length).toBeGreaterThan(15);
    const names = new Set<string>();
    const addNames = (uid: string) => {
      for (const [name, a] of Object.entries(schemaOf(uid).attributes)) {
        names.add(name);
        if (a.type === 'component' && a.component) addNames(a.component);
      }
    };
    addNames(COMPLAINT);
    expect(labels.filter((l) => names.has(l))).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(['เลขที่เรื่อง', 'สถานะ', 'ความเร่งด่วน', 'จังหวัด', 'ประเภทเรื่อง']));
    // the timeline is a side panel, not an editable relation
    expect(labels).not.toContain('ความเคลื่อนไหว');

    const form = await page.locator('main').innerText();
    // the province and category by their Thai names, the urgency and status in words
    expect(form).toContain(complaint.province.nameTh);
    expect(form).toContain(complaint.category.nameTh);
    const urgency = { normal: 'ปกติ', urgent: 'เร่งด่วน', emergency: 'ฉุกเฉิน' }[complaint.urgency as 'normal'];
    await page.getByRole('combobox', { name: 'ความเร่งด่วน' }).filter({ hasText: urgency }).waitFor();
    // the fields the workflow owns are read-only
    expect(await page.locator('input[name="ticketNumber"]').isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'สถานะ' }).isDisabled()).toBe(true);
    expect([...missing.get('complaint-form')!]).toEqual([]);
    await context.close();
  }, 900_000);

  const ROLES: { code: string; screens: (ids: Record<string, string>) => Screen[] }[] = [
    {
      code: 'complaint-officer',
      screens: (ids) => [
        { name: 'complaints', path: cm(COMPLAINT), ready: 'table tbody tr' },
        { name: 'complaint', path: cm(COMPLAINT, ids.complaint), ready: 'form label' },
        { name: 'teams', path: cm('api::response-team.response-team'), ready: 'table tbody tr' },
        { name: 'reports', path: cm('api::progress-report.progress-report'), ready: 'table tbody tr' },
        { name: 'media-library', path: '/admin/plugins/upload', ready: 'main h1' },
        { name: 'profile', path: '/admin/me', ready: 'main h1' },
      ],
    },
    {
      code: 'inspector',
      screens: (ids) => [
        { name: 'inspections', path: cm('api::inspection.inspection'), ready: 'table tbody tr' },
        { name: 'findings', path: cm('api::inspection-finding.inspection-finding'), ready: 'table tbody tr' },
        { name: 'finding', path: cm('api::inspection-finding.inspection-finding', ids.finding), ready: 'form label' },
      ],
    },
    {
      code: 'volunteer-coordinator',
      screens: (ids) => [
        { name: 'volunteers', path: cm('api::volunteer.volunteer'), ready: 'table tbody tr' },
        { name: 'volunteer', path: cm('api::volunteer.volunteer', ids.volunteer), ready: 'form label' },
        { name: 'activities', path: cm('api::volunteer-activity.volunteer-activity'), ready: 'table tbody tr' },
      ],
    },
    {
      code: 'training-editor',
      screens: (ids) => [
        { name: 'materials', path: cm('api::training-material.training-material'), ready: 'table tbody tr' },
        { name: 'material', path: cm('api::training-material.training-material', ids.material), ready: 'form label' },
      ],
    },
  ];

  it.each(ROLES.map((r) => [r.code, r] as const))(
    'opens the %s’s screens in Thai without one missing translation',
    async (code, role) => {
      const ids = {
        complaint: await firstId(COMPLAINT),
        finding: await firstId('api::inspection-finding.inspection-finding'),
        volunteer: await firstId('api::volunteer.volunteer'),
        material: await firstId('api::training-material.training-material'),
      };
      const { context, page } = await thaiBrowser(code);
      await logIn(page, await limitedAdmin(code), LIMITED_PASSWORD);
      await page.getByRole('heading', { name: 'สวัสดี คุณประภา' }).waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await shot(page, `${code}-home`);
      for (const screen of role.screens(ids)) await visit(page, code, screen);
      expect([...missing.get(code)!]).toEqual([]);
      await context.close();
    },
    900_000,
  );

  it('keeps English for a person who chose it: the same forms, in English', async () => {
    const { context, page } = await thaiBrowser('english');
    await logIn(page, EMAIL, PASSWORD);
    // the profile's language choice (and the login page's picker) store it here
    await page.evaluate(() => (globalThis as any).localStorage.setItem('strapi-admin-language', 'en'));
    await page.goto(`${app.baseUrl}${cm(COMPLAINT)}`);
    await page.getByRole('heading', { name: 'Complaint' }).waitFor();
    await page.locator('table thead').getByText('Ticket number').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForLoadState('networkidle');
    await shot(page, 'english-complaints');
    await context.close();
  }, 900_000);

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
