import { bootStrapi, TestApp } from '../harness/strapi';
import { loadReportingDemo } from '../../src/lib/reporting/demo';
import { findJob } from '../../src/jobs';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';

describe('mandatory reporting demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads 20 projects with submitted, pending, due-soon and overdue reports, once', async () => {
    const now = new Date();
    expect(await loadReportingDemo(app.strapi, now)).toBe(20);
    const projects = await app.strapi.db.query(PROJECT).findMany({ select: ['reportingFrequency'] });
    expect(projects).toHaveLength(20);
    expect(new Set(projects.map((p: any) => p.reportingFrequency)).size).toBe(4);
    const reports = await app.strapi.db.query(REPORT).findMany({ select: ['state', 'dueAt'] });
    const statuses = new Set(reports.map((r: any) => r.state));
    for (const s of ['pending', 'submitted', 'accepted', 'returned', 'waived']) expect(statuses).toContain(s);
    const t = now.getTime();
    const overdue = reports.filter((r: any) => r.state === 'pending' && new Date(r.dueAt).getTime() < t);
    const dueSoon = reports.filter(
      (r: any) => r.state === 'pending' && new Date(r.dueAt).getTime() > t && new Date(r.dueAt).getTime() < t + 3 * 86_400_000,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(dueSoon.length).toBeGreaterThan(0);
    // the obligation engine finds reminders to send and reports to escalate, whatever the hour the test runs at
    await app.strapi.db
      .query('api::reminder-policy.reminder-policy')
      .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
    const counts = await findJob('chase-obligations')!.run({ strapi: app.strapi, now, dryRun: false });
    expect(counts.digests).toBeGreaterThan(0);
    expect(await app.strapi.db.query(REPORT).count({ where: { escalatedAt: { $notNull: true } } })).toBeGreaterThan(0);

    const total = await app.strapi.db.query(REPORT).count();
    expect(await loadReportingDemo(app.strapi, now)).toBe(0);
    expect(await app.strapi.db.query(PROJECT).count()).toBe(20);
    expect(await app.strapi.db.query(REPORT).count()).toBe(total);
  });
});
