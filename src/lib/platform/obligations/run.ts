import { retryWhenBusy } from '../db-busy';
import type { Core, UID } from '@strapi/strapi';
import type { JobContext, JobCounts } from '../job';
import { appData, enqueue } from '../outbox';
import type { TemplateFields } from '../email-templates';
import { formatEnglishDate, formatThaiDate } from '../thai-date';
import { holidayDates } from '../holidays';
import { workingCalendar } from '../working-time';
import { REMINDER_POLICY_UID } from '../model';
import {
  cleanAddresses,
  defaultPolicy,
  digestKey,
  maySend,
  policyLadder,
  sendKey,
  stepsDue,
  type LadderStep,
  type ReminderPolicy,
} from './ladder';
import { DIGEST_TEMPLATE, digestLine, sortLines, type DigestLine } from './digest';
import type { AnySource } from './source';

/**
 * The obligation engine's effect: for every source, the open items with a deadline near enough, the
 * ladder steps due on them (./ladder.ts), one digest per recipient per Bangkok day in the outbox
 * (`digest:<recipient hash>:<date>`) listing every step due to them from every source.
 *
 * Each step goes to each recipient once per item and deadline: its key (sendKey) is written to the
 * `escalation_sends` ledger (database/migrations/2026.12.01T19.00.00.escalation-sends.js) in the
 * transaction that queues the digest carrying it. A run that finds the day's digest already queued
 * (by itself earlier, or by another instance) leaves the steps not in it for the next day's. A run
 * outside the policy's hours, or on a holiday for sources that keep office days, sends nothing and
 * leaves everything due for the next run.
 */
const ESCALATION_STEP_UID = 'api::escalation-step.escalation-step' as const satisfies UID.ContentType;
const LEDGER = 'escalation_sends';
const HOUR = 3600_000;

/** The reminder-policy single type over the defaults. */
async function loadPolicy(strapi: Core.Strapi): Promise<ReminderPolicy> {
  const row = await strapi.db.query(REMINDER_POLICY_UID).findOne({});
  const merged: Record<string, unknown> = { ...defaultPolicy };
  for (const k of Object.keys(defaultPolicy)) if (row && row[k] !== null && row[k] !== undefined && row[k] !== '') merged[k] = row[k];
  return merged as unknown as ReminderPolicy;
}

async function loadSteps(strapi: Core.Strapi): Promise<LadderStep[]> {
  const rows: Array<LadderStep & { documentId: string }> = await strapi.db.query(ESCALATION_STEP_UID).findMany({
    where: { active: true },
    orderBy: [{ offsetHours: 'asc' }, { id: 'asc' }],
    limit: 1000,
  });
  return rows.map((r) => ({ ...r, id: r.documentId, offsetHours: Number(r.offsetHours ?? 0) }));
}

/** The ladder of one source: the administrator's active steps, else its default. */
function ladderOf(source: AnySource, steps: LadderStep[], policy: ReminderPolicy): LadderStep[] {
  const own = steps.filter((s) => s.source === source.name);
  if (own.length) return own;
  const fallback = source.defaultLadder ?? 'policy';
  if (fallback === 'none') return [];
  if (fallback === 'policy') return policyLadder(source.name, policy);
  return fallback.map((s) => ({ ...s, source: source.name }));
}

interface Pending {
  to: string;
  keys: string[];
  lines: Array<DigestLine & { dueAt: number }>;
  /** items told to the next level, per content type: stamped `escalatedAt` once the digest is queued */
  escalated: Map<string, Set<number>>;
}

/** Runs every source through its ladder: one digest per recipient and day, each step once (see above). */
export async function runObligations(ctx: JobContext, sources: AnySource[], options: { batchSize?: number } = {}): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const counts: JobCounts = { examined: 0, stepsDue: 0, digests: 0, stepsSent: 0, skipped: 0, deferred: 0 };
  const policy = await loadPolicy(strapi);
  if (!policy.enabled) return counts;
  const calendar = workingCalendar({ holidays: await holidayDates(strapi) });
  const allSteps = await loadSteps(strapi);
  const { url: base } = appData(strapi);
  const pending = new Map<string, Pending>();
  const batchSize = options.batchSize ?? 500;

  for (const source of sources) {
    if (!maySend(now, policy, calendar, source.anyDay)) {
      counts.deferred++;
      continue;
    }
    const steps = ladderOf(source, allSteps, policy);
    if (!steps.length) continue;
    const earliest = Math.min(0, ...steps.map((s) => s.offsetHours));
    // an item whose deadline is further away than the earliest step before it needs nothing today
    const horizon = new Date(now.getTime() - earliest * HOUR);
    let afterId = 0;
    for (;;) {
      const batch = await source.load(strapi, { horizon, now, afterId, limit: batchSize });
      if (!batch.length) break;
      afterId = batch[batch.length - 1].id;
      const found: Array<{ key: string; to: string; line: DigestLine & { dueAt: number }; escalate?: number }> = [];
      for (const item of batch) {
        counts.examined++;
        for (const deadline of source.deadlines(item)) {
          for (const due of stepsDue(deadline, steps, now)) {
            counts.stepsDue++;
            const to = cleanAddresses(source.recipients(item, due.step));
            if (!to.length) {
              counts.skipped++;
              continue;
            }
            const line = { ...digestLine(source, source.describe(item, base), deadline, due, now), dueAt: deadline.dueAt.getTime() };
            const escalate = due.step.recipientKind === 'next_level' && source.escalatedUid ? item.id : undefined;
            for (const address of to)
              found.push({ key: sendKey(source.name, item.documentId, deadline, due, address), to: address, line, escalate });
          }
        }
      }
      const sent = await alreadySent(
        strapi,
        found.map((f) => f.key),
      );
      for (const f of found) {
        if (sent.has(f.key)) continue;
        const p: Pending = pending.get(f.to) ?? { to: f.to, keys: [], lines: [], escalated: new Map() };
        if (p.keys.includes(f.key)) continue;
        p.keys.push(f.key);
        p.lines.push(f.line);
        if (f.escalate !== undefined) {
          const ids = p.escalated.get(source.escalatedUid!) ?? new Set<number>();
          ids.add(f.escalate);
          p.escalated.set(source.escalatedUid!, ids);
        }
        pending.set(f.to, p);
      }
    }
  }

  const templates = new Map<string, TemplateFields>();
  const date = { th: formatThaiDate(now), en: formatEnglishDate(now) };
  for (const p of pending.values()) {
    const key = digestKey(p.to, now);
    if (dryRun) {
      counts.digests++;
      counts.stepsSent += p.keys.length;
      continue;
    }
    const items = sortLines(p.lines).map(({ dueAt: _dueAt, ...line }) => line);
    // two instances on one SQLite file: the digest's transaction may have to run again (the keys make it safe)
    const created = await retryWhenBusy(() =>
      strapi.db.transaction(async ({ trx }) => {
        const queued = await enqueue(
          strapi,
          { to: p.to, templateKey: DIGEST_TEMPLATE, data: { date, count: items.length, items }, dedupeKey: key },
          { templateCache: templates, now },
        );
        if (!queued.created) return false;
        for (let i = 0; i < p.keys.length; i += 400) {
          await trx(LEDGER)
            .insert(p.keys.slice(i, i + 400).map((k) => ({ key: k, digest_key: key, sent_at: now })))
            .onConflict('key')
            .ignore();
        }
        return true;
      }),
    );
    if (!created) continue;
    counts.digests++;
    counts.stepsSent += p.keys.length;
    for (const [uid, ids] of p.escalated) {
      const list = [...ids];
      for (let i = 0; i < list.length; i += 500)
        await strapi.db
          .query(uid as UID.ContentType)
          .updateMany({ where: { id: { $in: list.slice(i, i + 500) } }, data: { escalatedAt: now } });
    }
  }
  return counts;
}

/** The keys among `keys` already in the ledger. */
async function alreadySent(strapi: Core.Strapi, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += 400) {
    const rows: Array<{ key: string }> = await strapi.db
      .connection(LEDGER)
      .select('key')
      .whereIn('key', unique.slice(i, i + 400));
    rows.forEach((r) => out.add(r.key));
  }
  return out;
}
