import { execFile } from 'child_process';
import path from 'path';
import { bootStrapi, root, TestApp } from '../harness/strapi';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const NOTIFICATION = 'api::notification.notification';
const JOB_RUN = 'api::job-run.job-run';

/** Runs `npm run jobs -- …` (scripts/jobs.js) against this test's database and SMTP server. */
function jobs(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'scripts', 'jobs.js'), ...args],
      {
        cwd: root,
        env: { ...process.env, JOBS_SKIP_BUILD: 'true', JOBS_DIST_DIR: process.env.MIND_TEST_DIST_DIR ?? path.join(root, 'dist') },
        timeout: 120000,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as any).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the jobs CLI on a seeded database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
    const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: {} });
    const project = await app.strapi.documents(PROJECT as any).create({
      data: {
        code: 'CLI-1',
        name: 'โครงการทดสอบคำสั่ง',
        agency: agency.documentId,
        officerName: 'ผู้รับผิดชอบ',
        officerEmail: 'cli-officer@example.test',
        fiscalYear: 2570,
        state: 'active',
        reportingFrequency: 'monthly',
        dueDaysAfterPeriodEnd: 15,
      } as any,
    });
    // the CLI runs on the real clock: let the digest go out at any hour of any day
    await app.strapi.db
      .query('api::reminder-policy.reminder-policy')
      .create({ data: { sendFrom: '00:00', sendUntil: '24:00', workingDaysOnly: false } });
    const day = 86_400_000;
    for (const [label, offset] of [
      ['A', -2],
      ['B', -9],
      ['C', 1],
    ] as const) {
      await app.strapi.documents(REPORT as any).create({
        data: {
          project: project.documentId,
          slotKey: `${project.documentId}:${label}`,
          periodLabel: label,
          periodStart: '2026-10-01',
          periodEnd: '2026-10-31',
          dueAt: new Date(Date.now() + offset * day),
          state: 'pending',
        } as any,
      });
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every job with its schedule, next run and last run', async () => {
    const out = await jobs(['list']);
    expect(out.code).toBe(0);
    for (const [name, schedule] of [
      ['generate-expected-reports', '10 0 * * *'],
      ['chase-obligations', '30 8 * * *'],
      ['dispatch-notifications', '* * * * *'],
    ]) {
      expect(out.stdout).toContain(name);
      expect(out.stdout).toContain(`schedule  ${schedule} (Asia/Bangkok)`);
    }
    expect(out.stdout).toMatch(/next run {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} \+07/);
    expect(out.stdout).toContain('last run  never');
  });

  it('a dry run prints what would be done and changes nothing', async () => {
    const out = await jobs(['run', 'chase-obligations', '--dry-run']);
    expect(out.code).toBe(0);
    // A: due; B: due and a week overdue; C: due tomorrow — four steps in one digest
    expect(out.stdout).toContain('chase-obligations (dry run, nothing changed): examined 3,');
    expect(out.stdout).toContain('stepsDue 4, digests 1, stepsSent 4');
    expect(await app.strapi.db.query(NOTIFICATION).count()).toBe(0);
  });

  it('runs the chase and the dispatch, prints their counts and records job-runs; a re-run adds nothing', async () => {
    const chase = await jobs(['run', 'chase-obligations']);
    expect(chase.stdout).toContain(
      'examined 3, reminders queued 0, escalations 0, emails sent 0, failures 0, stepsDue 4, digests 1, stepsSent 4',
    );
    expect(await app.strapi.db.query(NOTIFICATION).count()).toBe(1);
    const again = await jobs(['run', 'chase-obligations']);
    expect(again.stdout).toContain('digests 0, stepsSent 0');
    expect(await app.strapi.db.query(NOTIFICATION).count()).toBe(1);

    const dispatch = await jobs(['run', 'dispatch-notifications']);
    expect(dispatch.code).toBe(0);
    expect(dispatch.stdout).toContain('emails sent 1, failures 0');
    const mails = await app.smtp.waitFor(1);
    expect(mails.every((m) => m.to[0] === 'cli-officer@example.test')).toBe(true);

    const runs = await app.strapi.db.query(JOB_RUN).findMany({ where: { trigger: 'manual' } });
    expect(runs.map((r: any) => r.job).sort()).toEqual([
      'chase-obligations',
      'chase-obligations',
      'chase-obligations',
      'dispatch-notifications',
    ]);
    expect(runs.every((r: any) => r.state === 'succeeded')).toBe(true);
    const list = await jobs(['list']);
    expect(list.stdout).toMatch(/last run {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} \+07 succeeded: examined 3/);
  });

  it('an unknown job or command is refused with the list of jobs', async () => {
    const out = await jobs(['run', 'nope']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown job "nope"');
    expect(out.stderr).toContain('dispatch-notifications');
    expect((await jobs(['frobnicate'])).code).toBe(2);
  });
});
