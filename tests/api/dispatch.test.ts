import { bootStrapi, TestApp } from '../harness/strapi';
import { enqueue } from '../../src/lib/platform/outbox';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { fireJob, JOB_RUN_UID } from '../../src/lib/platform/scheduler';

const NOTIFICATION = 'api::notification.notification';
const T0 = new Date('2026-11-25T01:00:00Z'); // 08:00 in Bangkok
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('dispatch-notifications against a real SMTP server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_SECONDS: '60' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  const q = () => app.strapi.db.query(NOTIFICATION);
  const row = (dedupeKey: string) => q().findOne({ where: { dedupeKey } });
  const queue = (key: string, to = 'officer@example.test') =>
    enqueue(app.strapi, {
      to,
      templateKey: 'complaint.received',
      data: { complaint: { ticketNumber: key, title: 'กลิ่นเหม็น' } },
      dedupeKey: key,
    });
  const dispatch = (now: Date) => dispatchNotifications({ strapi: app.strapi, now, dryRun: false });

  it('delivers pending rows and marks them sent; a second run sends nothing', async () => {
    await queue('d:1');
    await queue('d:2', 'a@example.test, b@example.test');
    const counts = await dispatch(T0);
    expect(counts).toMatchObject({ examined: 2, emailsSent: 2, failures: 0 });
    const mails = await app.smtp.waitFor(2);
    expect(mails.map((m) => m.subject).sort()).toEqual(['ได้รับเรื่องร้องเรียนเลขที่ d:1 แล้ว', 'ได้รับเรื่องร้องเรียนเลขที่ d:2 แล้ว']);
    expect(mails.find((m) => m.subject.includes('d:2'))!.to).toEqual(['a@example.test', 'b@example.test']);
    expect(await row('d:1')).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    expect(new Date((await row('d:1')).sentAt)).toEqual(T0);
    expect(await dispatch(at(5))).toMatchObject({ examined: 0, emailsSent: 0 });
    expect(app.smtp.messages).toHaveLength(2);
  });

  it('server down: retries with backoff, keeps the error, loses nothing; server back: sent exactly once', async () => {
    app.smtp.messages.length = 0;
    app.smtp.rejectWith = 'mailbox unavailable';
    await queue('down:1');
    await queue('down:2');
    expect(await dispatch(T0)).toMatchObject({ examined: 2, emailsSent: 0, failures: 2 });
    const failed = await row('down:1');
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
    expect(failed.lastError).toMatch(/mailbox unavailable/);
    expect(new Date(failed.nextAttemptAt)).toEqual(at(60));
    // not due before the backoff has passed
    expect(await dispatch(at(30))).toMatchObject({ examined: 0 });
    expect(await dispatch(at(61))).toMatchObject({ examined: 2, failures: 2 });
    expect(await row('down:1')).toMatchObject({ state: 'failed', attempts: 2 });
    expect(new Date((await row('down:1')).nextAttemptAt)).toEqual(at(61 + 120));

    app.smtp.rejectWith = undefined;
    expect(await dispatch(at(61 + 120))).toMatchObject({ examined: 2, emailsSent: 2, failures: 0 });
    await app.smtp.waitFor(2);
    expect(await dispatch(at(3600))).toMatchObject({ examined: 0 });
    expect(app.smtp.messages.map((m) => m.subject).sort()).toEqual(['ได้รับเรื่องร้องเรียนเลขที่ down:1 แล้ว', 'ได้รับเรื่องร้องเรียนเลขที่ down:2 แล้ว']);
    expect(await row('down:2')).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
  });

  it('gives up as dead after the configured number of attempts, keeping the error', async () => {
    app.smtp.messages.length = 0;
    app.smtp.rejectWith = 'no such user';
    await queue('dead:1');
    await dispatch(T0);
    await dispatch(at(60));
    expect(await dispatch(at(60 + 120))).toMatchObject({ failures: 1, dead: 1 });
    const dead = await row('dead:1');
    expect(dead).toMatchObject({ state: 'dead', attempts: 3, nextAttemptAt: null });
    expect(dead.lastError).toMatch(/no such user/);
    app.smtp.rejectWith = undefined;
    expect(await dispatch(at(86400))).toMatchObject({ examined: 0 });
    expect(app.smtp.messages).toHaveLength(0);
  });

  it('releases a claim left by a crashed dispatcher and sends it', async () => {
    app.smtp.messages.length = 0;
    await queue('crash:1');
    await q().update({ where: { dedupeKey: 'crash:1' }, data: { state: 'sending', claimToken: 'dead-instance', claimedAt: T0 } });
    expect(await dispatch(at(60))).toMatchObject({ examined: 0, released: 0 });
    expect(await dispatch(at(601))).toMatchObject({ released: 1, emailsSent: 1 });
    await app.smtp.waitFor(1);
    expect(await row('crash:1')).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('a dry run counts what is due and sends nothing', async () => {
    app.smtp.messages.length = 0;
    await queue('dry:1');
    expect(await dispatchNotifications({ strapi: app.strapi, now: T0, dryRun: true })).toMatchObject({ examined: 1, emailsSent: 0 });
    expect(await row('dry:1')).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('one scheduled fire runs once: the second claim of the same minute does not run, one job-run row', async () => {
    const slot = new Date('2026-11-25T02:00:00Z');
    const [a, b] = await Promise.all([
      fireJob(app.strapi, 'dispatch-notifications', slot),
      fireJob(app.strapi, 'dispatch-notifications', new Date(slot.getTime() + 5000)),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    const runs = await app.strapi.db.query(JOB_RUN_UID).findMany({ where: { job: 'dispatch-notifications' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ fireKey: 'dispatch-notifications:2026-11-25T02:00:00.000Z', state: 'succeeded', trigger: 'schedule' });
    expect(runs[0].counts).toMatchObject({ emailsSent: 1 });
  });
});
