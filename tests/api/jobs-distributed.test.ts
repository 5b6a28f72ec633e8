import { fork, ChildProcess } from 'child_process';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { enqueue } from '../../src/lib/platform/outbox';
import { retryWhenBusy } from '../../src/lib/platform/db-busy';
import { fireJob, isSchedulerRunning, JOB_RUN_UID, FireResult } from '../../src/lib/platform/scheduler';
import { findJob } from '../../src/jobs';

/**
 * Two Strapi instances on one database (PostgreSQL in CI; SQLite works too): this jest process and
 * a child process (Strapi keeps a process-wide global, so a second instance needs its own process),
 * both sending to the test's SMTP server. Every fire of a job runs on one instance only, and every
 * email goes out once.
 */
class ChildInstance {
  private seq = 0;
  private waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private constructor(readonly proc: ChildProcess) {
    proc.on('message', (msg: any) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(msg.error));
      else w.resolve(msg.result);
    });
  }

  static start(env: Record<string, string>): Promise<ChildInstance> {
    const proc = fork(path.join(__dirname, '..', 'helpers', 'strapi-child.js'), [], {
      // the zone this process really runs in (jest's process.env is a copy: the harness's TZ never
      // reached Node here): Strapi's PostgreSQL datetimes carry no zone, so instances must share one
      env: { ...process.env, ...env, TZ: Intl.DateTimeFormat().resolvedOptions().timeZone } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      proc.once('exit', (code) => reject(new Error(`the second instance exited with ${code}`)));
      proc.once('message', (msg: any) => (msg?.ready ? resolve(new ChildInstance(proc)) : reject(new Error('unexpected message'))));
    });
  }

  call<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.proc.send({ id, cmd, ...args });
    });
  }

  fire(job: string, slot: Date): Promise<FireResult> {
    return this.call('fire', { job, slot: slot.toISOString() });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.removeAllListeners('exit');
    await this.call('stop').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

describe('two instances on one database', () => {
  let a: TestApp;
  let b: ChildInstance;
  const recipients = ['r1@example.test', 'r2@example.test', 'r3@example.test'];

  beforeAll(async () => {
    // the scheduler really runs on both, firing dispatch-notifications every 2 seconds
    const env = { CRON_ENABLED: 'true', CRON_DISPATCH_NOTIFICATIONS: '*/2 * * * * *' };
    a = await bootStrapi({ env });
    // same database, secrets and SMTP server: bootStrapi has put them in process.env
    b = await ChildInstance.start(env);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  const allMail = () => a.smtp.messages;

  it('node-cron on both instances: each minute runs once, each email is delivered once', async () => {
    expect(isSchedulerRunning(a.strapi)).toBe(true);
    expect(await b.call('scheduler')).toBe(true);
    for (const to of recipients) {
      await enqueue(a.strapi, {
        to,
        templateKey: 'complaint.received',
        data: { complaint: { ticketNumber: to } },
        dedupeKey: `dist:${to}`,
      });
    }
    const until = Date.now() + 70_000;
    while (allMail().length < recipients.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 5000)); // more fires on both instances
    expect(
      allMail()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(recipients);
    const runs = await a.strapi.db.query(JOB_RUN_UID).findMany({ where: { job: 'dispatch-notifications' } });
    const keys = runs.map((r: any) => r.fireKey);
    // both instances fired every 2 seconds, yet there is one row per minute: never two for one fire key
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k: string) => /^dispatch-notifications:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/.test(k))).toBe(true);
  });

  it('the same job fired at the same minute on both instances: one job-run, one digest per recipient', async () => {
    a.smtp.messages.length = 0;
    const agency = await a.strapi.db.query('api::agency.agency').findOne({ where: {} });
    // On SQLite both schedulers keep writing to the same file: a write whose snapshot they made stale is
    // refused at once (SQLITE_BUSY_SNAPSHOT), so the setup runs again, as the jobs' own writes do.
    await retryWhenBusy(() =>
      a.strapi.db.query('api::agency.agency').update({ where: { id: agency.id }, data: { headEmail: 'head@example.test' } }),
    );
    const project = await retryWhenBusy(() =>
      a.strapi.documents('api::project.project' as any).create({
        data: {
          code: 'DIST-1',
          name: 'โครงการ',
          agency: agency.documentId,
          officerName: 'เจ้าหน้าที่',
          officerEmail: 'officer@example.test',
          supervisorEmail: 'boss@example.test',
          fiscalYear: 2570,
          state: 'active',
          reportingFrequency: 'quarterly',
        } as any,
      }),
    );
    const slot = new Date('2027-02-01T01:30:00Z'); // 08:30 Bangkok
    for (const [label, days] of [
      ['Q1', 20],
      ['Q0', 3],
    ] as const) {
      await retryWhenBusy(() =>
        a.strapi.documents('api::progress-report.progress-report' as any).create({
          data: {
            project: project.documentId,
            slotKey: `${project.documentId}:${label}`,
            periodLabel: label,
            periodStart: '2026-10-01',
            periodEnd: '2026-12-31',
            dueAt: new Date(slot.getTime() - days * 86_400_000),
            state: 'pending',
          } as any,
        }),
      );
    }
    const [ra, rb] = await Promise.all([fireJob(a.strapi, 'chase-obligations', slot), b.fire('chase-obligations', slot)]);
    expect([ra.ran, rb.ran].sort()).toEqual([false, true]);
    const runs = await a.strapi.db.query(JOB_RUN_UID).findMany({ where: { job: 'chase-obligations' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ fireKey: 'chase-obligations:2027-02-01T01:30:00.000Z', state: 'succeeded' });
    // even a chase that slipped through twice (e.g. a manual run at the same moment) adds nothing
    await Promise.all([
      findJob('chase-obligations')!.run({ strapi: a.strapi, now: slot, dryRun: false }),
      findJob('chase-obligations')!.run({ strapi: a.strapi, now: slot, dryRun: false }),
    ]);
    // both dispatchers at once, at the schedulers' next minute (a fire key they have not used yet): a
    // dispatch fired months ahead would take their fresh claims for abandoned ones and send those rows again
    const dispatchSlot = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    await Promise.all([fireJob(a.strapi, 'dispatch-notifications', dispatchSlot), b.fire('dispatch-notifications', dispatchSlot)]);
    const until = Date.now() + 70_000;
    // the schedulers keep firing every minute too; wait until the 3 digests are out
    while (allMail().length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 3000));
    const received = allMail()
      .flatMap((m) => m.to)
      .sort();
    // one digest to the officer (both reports), one each to the head and the supervisor (the report 20 days late)
    expect(received).toEqual(['boss@example.test', 'head@example.test', 'officer@example.test']);
    expect(allMail()).toHaveLength(3);
  });
});
