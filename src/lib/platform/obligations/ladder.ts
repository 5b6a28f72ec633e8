import { createHash } from 'crypto';
import { bangkokDate, bangkokParts } from '../thai-date';
import { isWorkingDay, parseClock, type WorkingCalendar } from '../working-time';

/**
 * The obligation ladder, pure: which steps of a deadline are due at an instant, the keys that make
 * each step go out once, whether now is a time to send at all. The effect (loading, the ledger, the
 * digest in the outbox) is ./run.ts.
 */
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Who a step reaches. `owner`: whoever owes the item (a project's officer and the agency's reporting
 * officers, a volunteer, a reader); `next_level`: the owner's reporting line (supervisor and agency
 * head, the team lead, the inspectors); `address`: the step's own addresses; the rest are the
 * complaint ladder's own kinds.
 */
export type RecipientKind = 'owner' | 'next_level' | 'address' | 'assignee' | 'assignee_lead' | 'province_office';

export interface LadderStep {
  /** the step's documentId (or `policy:<rung>` for the reminder-policy's ladder): part of the keys */
  id: string;
  /** which source it is for, a source's name (`report`, `finding`, `complaint`, `reading`, `activity`) */
  source: string;
  /** `any`, or the name of one of the source's deadlines (`due`, `acknowledge`, `resolve`, `start`) */
  deadline: string;
  /** hours from the deadline: negative before, 0 on it, positive after */
  offsetHours: number;
  /** repeat every this many days after the first time (0 or empty: once) */
  repeatEveryDays?: number | null;
  /** at most this many times in all when repeating (empty: until done) */
  maxRepeats?: number | null;
  recipientKind: RecipientKind;
  address?: string | null;
  labelTh: string;
  labelEn?: string | null;
}

export interface LadderDeadline {
  name: string;
  dueAt: Date;
  /** how often the item was sent back (a re-open, a return): a new cycle is owed afresh */
  cycle?: number | null;
  labelTh: string;
  labelEn: string;
}

/** One step due now: `n` counts its repeats (1 the first time). */
export interface DueStep {
  step: LadderStep;
  n: number;
}

/**
 * Pure: the steps due for one deadline at `now` — those of this deadline (or `any`) whose time has
 * come, except a step before the deadline once the deadline has passed (too late to warn). A
 * repeating step is due as its latest repeat (a missed day is not made up twice).
 */
export function stepsDue(deadline: LadderDeadline, steps: readonly LadderStep[], now: Date): DueStep[] {
  const out: DueStep[] = [];
  for (const step of steps) {
    if (step.deadline !== 'any' && step.deadline !== deadline.name) continue;
    const at = deadline.dueAt.getTime() + step.offsetHours * HOUR;
    if (at > now.getTime()) continue;
    if (step.offsetHours < 0 && deadline.dueAt.getTime() <= now.getTime()) continue;
    const every = Number(step.repeatEveryDays ?? 0);
    let n = every > 0 ? Math.floor((now.getTime() - at) / (every * DAY)) + 1 : 1;
    if (every > 0 && step.maxRepeats) n = Math.min(n, step.maxRepeats);
    out.push({ step, n });
  }
  return out;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Pure: the deadline's identity in keys: its due instant, and `#<cycle>` once sent back. */
function obligationOf(deadline: Pick<LadderDeadline, 'name' | 'dueAt' | 'cycle'>): string {
  const cycle = Number(deadline.cycle ?? 0);
  return `${deadline.dueAt.toISOString()}${cycle > 0 ? `#${cycle}` : ''}:${deadline.name}`;
}

/**
 * Pure: the ledger key of one repeat of one step of one deadline of one item, to one recipient:
 * `<source>:<documentId>:<due ISO>[#cycle]:<deadline>:<step>[@n]:<recipient hash>`. A moved deadline
 * or a new cycle is a new key (owed afresh); editing a step's label or offset is not.
 */
export function sendKey(source: string, documentId: string, deadline: LadderDeadline, due: DueStep, to: string): string {
  const step = due.n > 1 ? `${due.step.id}@${due.n}` : due.step.id;
  return `${source}:${documentId}:${obligationOf(deadline)}:${step}:${hashOf(to.toLowerCase())}`;
}

/** Pure: the key of a recipient's digest of one Bangkok day (the address hashed: keys are logged). */
export function digestKey(to: string, now: Date): string {
  return `digest:${hashOf(to.toLowerCase())}:${bangkokDate(now)}`;
}

/** The reminder-policy: the ladder of sources without steps of their own, and when mail may go out. */
export interface ReminderPolicy {
  dueSoonDays: number;
  overdueIntervalDays: number;
  escalateAfterDays: number;
  maxReminders: number;
  enabled: boolean;
  /** Bangkok clock, "HH:MM": no digest before … */
  sendFrom: string;
  /** … nor from this time on */
  sendUntil: string;
  /** and only on working days (the holiday calendar), except for sources that remind any day */
  workingDaysOnly: boolean;
}

export const defaultPolicy: ReminderPolicy = {
  dueSoonDays: 3,
  overdueIntervalDays: 7,
  escalateAfterDays: 14,
  maxReminders: 3,
  enabled: true,
  sendFrom: '08:00',
  sendUntil: '18:00',
  workingDaysOnly: true,
};

/**
 * Pure: the reminder-policy as a ladder for a source with no steps of its own — before due (the
 * owner, `dueSoonDays` ahead), on due (the owner), every `overdueIntervalDays` after (the owner, at
 * most `maxReminders` times), after `escalateAfterDays` the next level. The ids are fixed, so
 * editing the policy does not resend a step already sent.
 */
export function policyLadder(source: string, p: ReminderPolicy): LadderStep[] {
  const steps: LadderStep[] = [];
  const step = (id: string, s: Omit<LadderStep, 'id' | 'source' | 'deadline'>) =>
    steps.push({ id: `policy:${id}`, source, deadline: 'any', ...s });
  if (p.dueSoonDays > 0)
    step('before', {
      offsetHours: -p.dueSoonDays * 24,
      recipientKind: 'owner',
      labelTh: `ใกล้ครบกำหนด (ภายใน ${p.dueSoonDays} วัน)`,
      labelEn: `Due within ${p.dueSoonDays} days`,
    });
  step('due', { offsetHours: 0, recipientKind: 'owner', labelTh: 'ครบกำหนดแล้ว', labelEn: 'Due now' });
  if (p.maxReminders > 0)
    step('after', {
      offsetHours: p.overdueIntervalDays * 24,
      repeatEveryDays: p.overdueIntervalDays,
      maxRepeats: p.maxReminders,
      recipientKind: 'owner',
      labelTh: `เกินกำหนด (เตือนทุก ${p.overdueIntervalDays} วัน)`,
      labelEn: `Overdue (reminded every ${p.overdueIntervalDays} days)`,
    });
  step('escalate', {
    offsetHours: p.escalateAfterDays * 24,
    recipientKind: 'next_level',
    labelTh: `ยกระดับถึงผู้บังคับบัญชา (เกินกำหนด ${p.escalateAfterDays} วัน)`,
    labelEn: `Escalated to the next level (${p.escalateAfterDays} days overdue)`,
  });
  return steps;
}

/**
 * Pure: whether mail may go out at `now` — inside the policy's hours in Bangkok, and on a working day
 * of `calendar` unless `anyDay` (volunteers are reminded at weekends too). A run outside defers: what
 * is due stays due for the next run that may send.
 */
export function maySend(
  now: Date,
  policy: Pick<ReminderPolicy, 'sendFrom' | 'sendUntil'> & { workingDaysOnly?: boolean },
  calendar: WorkingCalendar,
  anyDay = false,
): boolean {
  const from = parseClock(policy.sendFrom) ?? parseClock(defaultPolicy.sendFrom)!;
  const until = parseClock(policy.sendUntil) ?? parseClock(defaultPolicy.sendUntil)!;
  const p = bangkokParts(now);
  const minute = p.hour * 60 + p.minute;
  if (minute < from || minute >= until) return false;
  return anyDay || policy.workingDaysOnly === false || isWorkingDay(bangkokDate(now), calendar);
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** Pure: a list of addresses cleaned (trimmed, lower-cased, unique, well-formed only). */
export function cleanAddresses(list: Array<string | null | undefined>): string[] {
  return [
    ...new Set(
      list.map((a) =>
        String(a ?? '')
          .trim()
          .toLowerCase(),
      ),
    ),
  ].filter((a) => EMAIL.test(a));
}

/** The addresses of a step of kind `address` (comma, semicolon or space separated). */
export function addressesOf(step: Pick<LadderStep, 'address'>): string[] {
  return cleanAddresses(String(step.address ?? '').split(/[,;\s]+/));
}

/** "3 ชั่วโมง" / "2 วัน 4 ชั่วโมง" and the English, for how far a deadline is. */
export function span(ms: number): { th: string; en: string } {
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const th = [days ? `${days} วัน` : '', rest || !days ? `${rest} ชั่วโมง` : ''].filter(Boolean).join(' ');
  const en = [days ? `${days} day${days === 1 ? '' : 's'}` : '', rest || !days ? `${rest} hour${rest === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' ');
  return { th, en };
}
