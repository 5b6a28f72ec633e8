import type { Core, Data } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import type { Job, JobContext, JobCounts } from '../job';
import { NOTIFICATION_UID } from '../model';

/**
 * dispatch-notifications: sends the outbox through Strapi's email plugin.
 *
 * A row is due when it is `pending`, or `failed` with `nextAttemptAt` reached. Rows are claimed in
 * batches (state `sending` + a claim token, set by one UPDATE that re-checks the state, so two
 * dispatchers never take the same row), sent, then marked `sent` — or `failed` with an exponential
 * backoff, or `dead` after `maxAttempts`, keeping the last error. A claim left behind by a crash is
 * released after `claimTimeoutSeconds` and retried (at-least-once for that rare case).
 */

export interface DispatchSettings {
  maxAttempts: number;
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  batchSize: number;
  concurrency: number;
  claimTimeoutSeconds: number;
}

const defaultDispatchSettings: DispatchSettings = {
  maxAttempts: 8,
  retryBaseSeconds: 60,
  retryMaxSeconds: 6 * 3600,
  batchSize: 50,
  concurrency: 5,
  claimTimeoutSeconds: 600,
};

function dispatchSettings(strapi: Core.Strapi): DispatchSettings {
  return { ...defaultDispatchSettings, ...((strapi.config.get('jobs.notifications') as Partial<DispatchSettings>) ?? {}) };
}

/** Pure: the delay before retry number `attempts` (1 = after the first failure): base·2^(n−1), capped. */
export function backoffSeconds(attempts: number, s: Pick<DispatchSettings, 'retryBaseSeconds' | 'retryMaxSeconds'>): number {
  return Math.min(s.retryMaxSeconds, s.retryBaseSeconds * 2 ** Math.max(0, attempts - 1));
}

export interface AttemptOutcome {
  state: 'sent' | 'failed' | 'dead';
  attempts: number;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
}

/** Pure: the row's new state after one attempt at `now` (error = undefined when delivered). */
export function outcomeOfAttempt(
  previousAttempts: number,
  error: string | undefined,
  now: Date,
  s: Pick<DispatchSettings, 'maxAttempts' | 'retryBaseSeconds' | 'retryMaxSeconds'>,
): AttemptOutcome {
  const attempts = previousAttempts + 1;
  if (error === undefined) return { state: 'sent', attempts, nextAttemptAt: null, sentAt: now, lastError: null };
  if (attempts >= s.maxAttempts) return { state: 'dead', attempts, nextAttemptAt: null, sentAt: null, lastError: error };
  return {
    state: 'failed',
    attempts,
    nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts, s) * 1000),
    sentAt: null,
    lastError: error,
  };
}

/** The where-clause of rows due at `now`. */
function dueWhere(now: Date) {
  return {
    $or: [
      { state: 'pending', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] },
      { state: 'failed', nextAttemptAt: { $lte: now } },
    ],
  };
}

/** An outbox row as the claim selects it (database ids are numbers). */
type ClaimedRow = Pick<Data.ContentType<typeof NOTIFICATION_UID>, 'to' | 'subject' | 'text' | 'html' | 'attempts' | 'dedupeKey'> & {
  id: number;
};

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(workers);
}

export async function dispatchNotifications(
  ctx: JobContext,
  settings: DispatchSettings = dispatchSettings(ctx.strapi),
): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const q = strapi.db.query(NOTIFICATION_UID);
  const counts: JobCounts = { examined: 0, emailsSent: 0, failures: 0, dead: 0, released: 0 };

  if (dryRun) {
    counts.examined = await q.count({ where: dueWhere(now) });
    return counts;
  }

  // Claims abandoned by a crashed dispatcher go back to the queue.
  const stale = await q.updateMany({
    where: { state: 'sending', claimedAt: { $lt: new Date(now.getTime() - settings.claimTimeoutSeconds * 1000) } },
    data: { state: 'failed', claimToken: null, nextAttemptAt: now, lastError: 'interrupted while sending' },
  });
  counts.released = stale.count;

  const mailer = strapi.plugin('email').service('email');
  const seen = new Set<number>();
  for (;;) {
    const candidates = await q.findMany({
      where: dueWhere(now),
      select: ['id'],
      orderBy: { id: 'asc' },
      limit: settings.batchSize,
    });
    const ids = candidates.map((r: { id: number }) => r.id).filter((id: number) => !seen.has(id));
    if (!ids.length) break;
    const token = randomBytes(12).toString('hex');
    await q.updateMany({
      where: { id: { $in: ids }, ...dueWhere(now) },
      data: { state: 'sending', claimToken: token, claimedAt: now },
    });
    const claimed = await q.findMany({
      where: { claimToken: token },
      select: ['id', 'to', 'subject', 'text', 'html', 'attempts', 'dedupeKey'],
    });
    ids.forEach((id: number) => seen.add(id));
    counts.examined += claimed.length;
    // delivered rows are marked together (one UPDATE per previous attempt count), failures one by one
    const sentByAttempts = new Map<number, number[]>();
    await mapLimit(claimed, settings.concurrency, async (row: ClaimedRow) => {
      let error: string | undefined;
      try {
        await mailer.send({
          to: row.to,
          subject: row.subject,
          text: row.text ?? undefined,
          html: row.html ?? undefined,
          // The outbox key travels with the message, so a duplicate delivery can be traced (and is checked by scripts/scale-out.js).
          headers: { 'X-MIND-Dedupe-Key': row.dedupeKey },
        });
      } catch (err) {
        error = (err as Error)?.message || String(err);
      }
      const outcome = outcomeOfAttempt(row.attempts ?? 0, error, now, settings);
      if (outcome.state === 'sent') {
        counts.emailsSent++;
        const list = sentByAttempts.get(outcome.attempts) ?? [];
        list.push(row.id);
        sentByAttempts.set(outcome.attempts, list);
        return;
      }
      await q.update({ where: { id: row.id }, data: { ...outcome, claimToken: null } });
      counts.failures++;
      if (outcome.state === 'dead') counts.dead++;
    });
    for (const [attempts, sentIds] of sentByAttempts) {
      await q.updateMany({
        where: { id: { $in: sentIds } },
        data: { state: 'sent', attempts, sentAt: now, nextAttemptAt: null, lastError: null, claimToken: null },
      });
    }
  }
  return counts;
}

const job: Job = {
  name: 'dispatch-notifications',
  description: 'Sends the notification outbox, with retry and exponential backoff',
  labelTh: 'ส่งอีเมลแจ้งเตือนจากคิว',
  defaultSchedule: '* * * * *',
  run: (ctx) => dispatchNotifications(ctx),
};

export default job;
