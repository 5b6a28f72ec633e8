import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import type { Job, JobContext, JobCounts } from '../job';
import { HTTP_CALL_UID } from '../model';
import { defaultClassify, httpChannels, type HttpCall, type HttpChannel } from '../http-outbox';
import { mapLimit, outcomeOfAttempt, type DispatchSettings } from './dispatch-notifications';

/**
 * dispatch-http-calls: sends the outbound HTTP queue (../http-outbox.ts).
 *
 * The same claim as the e-mail dispatcher: a due row (`pending`, or `failed` with `nextAttemptAt` reached)
 * is taken by one UPDATE that re-checks its state and sets a claim token, so two dispatchers never send
 * one row; a claim left by a crash is released after `claimTimeoutSeconds`. Each channel's `perMinute`
 * quota counts the rows it claimed in the minute before `now`; what is over it waits for a later run.
 * A 2xx marks the row `delivered`; a retryable failure `failed` with backoff base·2^(n−1) (capped),
 * `dead` after `maxAttempts`; an answer the channel calls final (a 4xx by default) `dead` at once.
 */

export interface HttpDispatchSettings extends DispatchSettings {
  /** how long one call may take before it counts as a network failure */
  timeoutMs: number;
}

const defaults: HttpDispatchSettings = {
  maxAttempts: 10,
  retryBaseSeconds: 60,
  retryMaxSeconds: 6 * 3600,
  batchSize: 50,
  concurrency: 5,
  claimTimeoutSeconds: 600,
  timeoutMs: 15000,
};

function settingsOf(strapi: Core.Strapi): HttpDispatchSettings {
  return { ...defaults, ...((strapi.config.get('jobs.httpOutbox') as Partial<HttpDispatchSettings>) ?? {}) };
}

export type Verdict = 'delivered' | 'retry' | 'dead';

export interface HttpAttemptOutcome {
  state: 'delivered' | 'failed' | 'dead';
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastError: string | null;
}

/** Pure: the row's new state after one attempt at `now` that the channel read as `verdict`. */
export function outcomeOfHttpAttempt(
  previousAttempts: number,
  verdict: Verdict,
  error: string | null,
  now: Date,
  s: Pick<DispatchSettings, 'maxAttempts' | 'retryBaseSeconds' | 'retryMaxSeconds'>,
): HttpAttemptOutcome {
  const attempts = previousAttempts + 1;
  if (verdict === 'delivered') return { state: 'delivered', attempts, nextAttemptAt: null, deliveredAt: now, lastError: null };
  if (verdict === 'dead') return { state: 'dead', attempts, nextAttemptAt: null, deliveredAt: null, lastError: error };
  const o = outcomeOfAttempt(previousAttempts, error ?? 'failed', now, s);
  return { state: o.state === 'dead' ? 'dead' : 'failed', attempts, nextAttemptAt: o.nextAttemptAt, deliveredAt: null, lastError: error };
}

/** Pure: the calls a channel may still make this run (Infinity without a quota). */
export function quotaLeft(perMinute: number | undefined, usedInLastMinute: number): number {
  if (!perMinute || perMinute <= 0) return Infinity;
  return Math.max(0, perMinute - usedInLastMinute);
}

/** Pure: of the due rows (in order), the ids within each channel's remaining budget; `budget` is spent. */
export function takeWithinQuota(due: Array<{ id: number; channel: string }>, budget: Map<string, number>): number[] {
  const ids: number[] = [];
  for (const row of due) {
    const left = budget.get(row.channel) ?? Infinity;
    if (left <= 0) continue;
    if (budget.has(row.channel)) budget.set(row.channel, left - 1);
    ids.push(row.id);
  }
  return ids;
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

interface ClaimedCall {
  id: number;
  channel: string;
  method: HttpCall['method'];
  url: string;
  headers: Record<string, string> | null;
  body: string | null;
  dedupeKey: string;
  attempts: number | null;
  relatedUid: string | null;
  relatedDocumentId: string | null;
}

/** One attempt: the channel's verdict, the status (none on a network failure) and what went wrong. */
async function attempt(
  row: ClaimedCall,
  channel: HttpChannel,
  timeoutMs: number,
): Promise<{ verdict: Verdict; status: number | null; error: string | null }> {
  const body = row.body ?? '';
  const call: HttpCall = {
    channel: row.channel,
    dedupeKey: row.dedupeKey,
    method: row.method,
    url: row.url,
    headers: row.headers ?? {},
    body: row.body ?? undefined,
    related: row.relatedUid && row.relatedDocumentId ? { uid: row.relatedUid, documentId: row.relatedDocumentId } : undefined,
  };
  try {
    const extra = channel.prepare ? await channel.prepare(call, body) : {};
    const res = await fetch(row.url, {
      method: row.method,
      headers: { ...(row.headers ?? {}), ...extra, 'X-MIND-Dedupe-Key': row.dedupeKey },
      body: row.body ?? undefined,
      // a redirect is an answer, not an instruction: the queue calls only the address it was given
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text().catch(() => '');
    const verdict = (channel.classify ?? defaultClassify)(res.status);
    return { verdict, status: res.status, error: verdict === 'delivered' ? null : `HTTP ${res.status}: ${text.slice(0, 500)}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const detail = e?.cause?.code ?? e?.cause?.message;
    return { verdict: 'retry', status: null, error: `${e?.message || String(err)}${detail ? ` (${detail})` : ''}` };
  }
}

export async function dispatchHttpCalls(ctx: JobContext, settings: HttpDispatchSettings = settingsOf(ctx.strapi)): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const q = strapi.db.query(HTTP_CALL_UID);
  const counts: JobCounts = { examined: 0, delivered: 0, failures: 0, dead: 0, released: 0, overQuota: 0 };
  const registered = httpChannels();
  let open = [...registered.keys()];

  if (dryRun) {
    counts.examined = open.length ? await q.count({ where: { ...dueWhere(now), channel: { $in: open } } }) : 0;
    return counts;
  }

  const stale = await q.updateMany({
    where: { state: 'sending', claimedAt: { $lt: new Date(now.getTime() - settings.claimTimeoutSeconds * 1000) } },
    data: { state: 'failed', claimToken: null, nextAttemptAt: now, lastError: 'interrupted while sending' },
  });
  counts.released = stale.count;

  // what each channel with a quota has already used in the minute before now
  const budget = new Map<string, number>();
  for (const [name, channel] of registered) {
    if (!channel.perMinute) continue;
    const used = await q.count({ where: { channel: name, claimedAt: { $gt: new Date(now.getTime() - 60000), $lte: now } } });
    budget.set(name, quotaLeft(channel.perMinute, used));
  }

  let after = 0; // rows are taken in id order; a row passed over is over quota, its channel closed
  for (;;) {
    open = open.filter((c) => (budget.get(c) ?? Infinity) > 0);
    if (!open.length) break;
    const candidates: Array<{ id: number; channel: string }> = await q.findMany({
      where: { ...dueWhere(now), channel: { $in: open }, id: { $gt: after } },
      select: ['id', 'channel'],
      orderBy: { id: 'asc' },
      limit: settings.batchSize,
    });
    if (!candidates.length) break;
    after = candidates[candidates.length - 1].id;
    const ids = takeWithinQuota(candidates, budget);
    if (!ids.length) continue;
    const token = randomBytes(12).toString('hex');
    await q.updateMany({ where: { id: { $in: ids }, ...dueWhere(now) }, data: { state: 'sending', claimToken: token, claimedAt: now } });
    const claimed: ClaimedCall[] = await q.findMany({
      where: { claimToken: token },
      select: ['id', 'channel', 'method', 'url', 'headers', 'body', 'dedupeKey', 'attempts', 'relatedUid', 'relatedDocumentId'],
    });
    counts.examined += claimed.length;
    await mapLimit(claimed, settings.concurrency, async (row) => {
      const channel = registered.get(row.channel)!;
      const { verdict, status, error } = await attempt(row, channel, settings.timeoutMs);
      const outcome = outcomeOfHttpAttempt(row.attempts ?? 0, verdict, error, now, settings);
      await q.update({ where: { id: row.id }, data: { ...outcome, lastStatus: status, claimToken: null } });
      if (outcome.state === 'delivered') counts.delivered++;
      else counts.failures++;
      if (outcome.state === 'dead') counts.dead++;
    });
  }
  // due rows left waiting for their channel's next minute
  const waiting = [...budget.entries()].filter(([, left]) => left <= 0).map(([c]) => c);
  if (waiting.length) counts.overQuota = await q.count({ where: { ...dueWhere(now), channel: { $in: waiting } } });
  return counts;
}

const job: Job = {
  name: 'dispatch-http-calls',
  description: 'Sends the outbound HTTP queue (webhooks, bridges), with retry, exponential backoff and per-channel quotas',
  labelTh: 'ส่งข้อมูลถึงระบบภายนอกจากคิว',
  defaultSchedule: '* * * * *',
  run: (ctx) => dispatchHttpCalls(ctx),
};

export default job;
