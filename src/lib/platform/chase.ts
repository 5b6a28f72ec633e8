import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import type { JobContext, JobCounts } from './job';
import { appData, enqueue, enqueueMany, type EnqueueInput } from './outbox';
import type { TemplateFields } from './email-templates';
import { bangkokDate, bangkokDaysBetween } from './thai-date';
import { REMINDER_POLICY_UID } from './model';

/**
 * The one chasing mechanism: anything owed by a due date (progress reports, inspection findings, …)
 * plugs in as a `ChaseSource` that says how to load its open items, who is reminded with which
 * template, and how overdue items are grouped for escalation. The engine decides what is due (pure
 * functions below, per the reminder-policy), queues outbox rows with dedupe keys
 * (`<source>:<documentId>:<obligation>:due_soon`, `<source>:<documentId>:<obligation>:overdue:<n>`,
 * `<source>-escalation:<group>:<date>:<hash of the new items' obligations>`), works in id-ordered batches,
 * and marks escalated items.
 *
 * An obligation is what is owed by one deadline: the due instant (ISO), and `#<cycle>` once the item was
 * sent back (a re-opened finding, a returned report). A new due date or a re-open is therefore a new
 * obligation with its own reminder steps, while a re-run for the same deadline finds its keys already
 * in the outbox. Keys written before the obligation was in them are carried over by the migration
 * database/migrations/2026.12.01T13.00.00.chase-obligation-keys.js.
 */

export interface ReminderPolicy {
  dueSoonDays: number;
  overdueIntervalDays: number;
  escalateAfterDays: number;
  maxReminders: number;
  enabled: boolean;
}

export const defaultPolicy: ReminderPolicy = {
  dueSoonDays: 3,
  overdueIntervalDays: 7,
  escalateAfterDays: 14,
  maxReminders: 3,
  enabled: true,
};

async function loadPolicy(strapi: Core.Strapi): Promise<ReminderPolicy> {
  const row = await strapi.db.query(REMINDER_POLICY_UID).findOne({});
  const merged = { ...defaultPolicy };
  for (const k of Object.keys(defaultPolicy) as (keyof ReminderPolicy)[]) {
    if (row && row[k] !== null && row[k] !== undefined) (merged as Record<keyof ReminderPolicy, unknown>)[k] = row[k];
  }
  return merged;
}

/** What every chased item has. */
export interface Chased {
  id: number;
  documentId: string;
  state: string;
  dueAt: Date | string;
  escalatedAt?: string | Date | null;
}

/** The identity of what an item owes now: its due instant, and how often it was sent back (0: never). */
export interface Obligation {
  dueAt: Date | string;
  cycle?: number | null;
}

/** Pure: the obligation part of the dedupe keys, e.g. `2026-12-01T01:30:00.000Z` or `2026-12-01T01:30:00.000Z#2`. */
export function obligationKey(item: Obligation): string {
  const due = new Date(item.dueAt);
  if (Number.isNaN(due.getTime())) throw new Error(`chase: invalid due date ${String(item.dueAt)}`);
  const cycle = Number(item.cycle ?? 0);
  return cycle > 0 ? `${due.toISOString()}#${cycle}` : due.toISOString();
}

export type Reminder =
  { kind: 'due_soon'; daysLeft: number; dedupeKey: string } | { kind: 'overdue'; n: number; daysOverdue: number; dedupeKey: string };

/** Whole Bangkok days an item is overdue at `now` (0 when not overdue). */
export function daysOverdue(item: { dueAt: Date | string }, now: Date): number {
  const due = new Date(item.dueAt);
  return now.getTime() > due.getTime() ? Math.max(0, bangkokDaysBetween(due, now)) : 0;
}

/** Pure: the reminder due for an item at `now` under `policy`, or null. */
export function reminderDue(
  prefix: string,
  item: Pick<Chased, 'documentId' | 'state' | 'dueAt'> & Obligation,
  openStates: readonly string[],
  policy: ReminderPolicy,
  now: Date,
): Reminder | null {
  if (!policy.enabled || !openStates.includes(item.state)) return null;
  const due = new Date(item.dueAt);
  const key = `${prefix}:${item.documentId}:${obligationKey(item)}`;
  if (now.getTime() <= due.getTime()) {
    const daysLeft = bangkokDaysBetween(now, due);
    return daysLeft <= policy.dueSoonDays ? { kind: 'due_soon', daysLeft, dedupeKey: `${key}:due_soon` } : null;
  }
  const days = daysOverdue(item, now);
  if (days < 1) return null; // overdue by hours only, the same Bangkok day: tomorrow morning
  const n = Math.floor((days - 1) / policy.overdueIntervalDays) + 1;
  if (n > policy.maxReminders) return null;
  return { kind: 'overdue', n, daysOverdue: days, dedupeKey: `${key}:overdue:${n}` };
}

/** Pure: whether an item is overdue long enough to be escalated. */
function escalationDue(item: Pick<Chased, 'state' | 'dueAt'>, openStates: readonly string[], policy: ReminderPolicy, now: Date): boolean {
  return policy.enabled && openStates.includes(item.state) && daysOverdue(item, now) >= policy.escalateAfterDays;
}

/**
 * Pure: whether an item still has to be escalated for its current deadline. An escalation stamped
 * before the due date belonged to an earlier one (the due date was moved later since); a re-open or a
 * return clears the stamp.
 */
export function awaitsEscalation(item: Pick<Chased, 'dueAt' | 'escalatedAt'>): boolean {
  return !item.escalatedAt || new Date(item.escalatedAt).getTime() < new Date(item.dueAt).getTime();
}

/** Pure: one escalation email per group, day and set of newly escalated obligations (`<documentId>@<obligation>`). */
export function escalationKey(prefix: string, groupKey: string, now: Date, newObligations: string[]): string {
  const hash = createHash('sha256')
    .update([...newObligations].sort().join(','))
    .digest('hex')
    .slice(0, 16);
  return `${prefix}:${groupKey}:${bangkokDate(now)}:${hash}`;
}

type Email = Omit<EnqueueInput, 'dedupeKey'>;

interface ChaseContext {
  now: Date;
  policy: ReminderPolicy;
  /** the public URL, for links */
  base: string;
}

export interface ChaseSource<T extends Chased, G = unknown> {
  /** dedupe-key prefix and name in logs, e.g. `report`, `finding` */
  name: string;
  /** the chased content type; its `escalatedAt` is set when an item is escalated */
  uid: string;
  /** states in which the item is still owed */
  openStates: readonly string[];
  /** prefix of escalation dedupe keys (default `<name>-escalation`); never change it once emails went out */
  escalationPrefix?: string;
  /** a batch of open items due by `horizon`, ordered by id, after `afterId` */
  load(strapi: Core.Strapi, args: { horizon: Date; afterId: number; limit: number }): Promise<T[]>;
  /** how many times the item was sent back to be answered again (a re-open, a return); part of its obligation */
  cycle?(item: T): number | null | undefined;
  /** items not to chase at all (e.g. a cancelled project) */
  skip?(item: T): boolean;
  /** the reminder email to send, or null when there is nobody to send it to */
  reminder(item: T, reminder: Reminder, ctx: ChaseContext): Email | null;
  /** which escalation email an overdue item belongs to */
  group(item: T): { key: string; info: G };
  /** the escalation email for a group's items (all overdue long enough), or null when nobody can receive it */
  escalation(info: G, items: T[], ctx: ChaseContext): Email | null;
}

/** Runs one chase over a source: reminders in batches, then one escalation email per group. */
export async function runChase<T extends Chased, G>(
  ctx: JobContext,
  source: ChaseSource<T, G>,
  options: { policy?: ReminderPolicy; batchSize?: number } = {},
): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const policy = options.policy ?? (await loadPolicy(strapi));
  const batchSize = options.batchSize ?? 500;
  const counts: JobCounts = { examined: 0, remindersQueued: 0, escalations: 0, skipped: 0 };
  if (!policy.enabled) return counts;
  const chase: ChaseContext = { now, policy, base: appData(strapi).url };
  const templates = new Map<string, TemplateFields>();
  // dueAt ≤ end of the due-soon window; anything later needs nothing today
  const horizon = new Date(now.getTime() + (policy.dueSoonDays + 1) * 86_400_000);
  const groups = new Map<string, { info: G; items: T[] }>();

  let afterId = 0;
  for (;;) {
    const batch = await source.load(strapi, { horizon, afterId, limit: batchSize });
    if (!batch.length) break;
    afterId = batch[batch.length - 1].id;
    const reminders: EnqueueInput[] = [];
    for (const item of batch) {
      counts.examined++;
      if (source.skip?.(item)) {
        counts.skipped++;
        continue;
      }
      const due = reminderDue(source.name, { ...item, cycle: source.cycle?.(item) }, source.openStates, policy, now);
      if (due) {
        const email = source.reminder(item, due, chase);
        if (email)
          reminders.push({
            ...email,
            dedupeKey: due.dedupeKey,
            related: email.related ?? { uid: source.uid, documentId: item.documentId },
          });
        else counts.skipped++;
      }
      if (escalationDue(item, source.openStates, policy, now)) {
        const { key, info } = source.group(item);
        const group = groups.get(key) ?? { info, items: [] };
        group.items.push(item);
        groups.set(key, group);
      }
    }
    if (dryRun) counts.remindersQueued += reminders.length;
    else {
      const { created } = await enqueueMany(strapi, reminders, {
        templateCache: templates,
        now,
        onInvalid: (input, error) => {
          counts.skipped++;
          strapi.log.warn(`chase ${source.name}: ${input.dedupeKey} not queued: ${error.message}`);
        },
      });
      counts.remindersQueued += created;
    }
  }

  for (const [key, group] of groups) {
    const fresh = group.items.filter(awaitsEscalation);
    if (!fresh.length) continue;
    const email = source.escalation(group.info, group.items, chase);
    if (!email) {
      counts.skipped += fresh.length;
      strapi.log.warn(`chase ${source.name}: nobody to escalate ${fresh.length} items of ${key} to`);
      continue;
    }
    if (dryRun) {
      counts.escalations++;
      continue;
    }
    const { created } = await enqueue(
      strapi,
      {
        ...email,
        dedupeKey: escalationKey(
          source.escalationPrefix ?? `${source.name}-escalation`,
          key,
          now,
          fresh.map((i) => `${i.documentId}@${obligationKey({ dueAt: i.dueAt, cycle: source.cycle?.(i) })}`),
        ),
      },
      { templateCache: templates, now },
    );
    if (created) counts.escalations++;
    for (let i = 0; i < fresh.length; i += 500) {
      await strapi.db.query(source.uid).updateMany({
        where: { id: { $in: fresh.slice(i, i + 500).map((r) => r.id) } },
        data: { escalatedAt: now },
      });
    }
  }
  return counts;
}
