import type { Core, UID } from '@strapi/strapi';
import { createHash } from 'crypto';
import type { JobContext, JobCounts } from './job';
import { appData, enqueue } from './outbox';
import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition, type TemplateFields } from './email-templates';
import { bangkokDate, formatEnglishDate, formatThaiDate } from './thai-date';

/**
 * The escalation ladder: before and after each deadline, steps an administrator sets in the panel
 * (`escalation-step`: which source and deadline, an offset in hours — negative before the deadline,
 * positive after — who is told, a Thai label). A source (complaints now; any item with a due date
 * later) plugs in as a `LadderSource` that loads its open items, names their open deadlines and
 * resolves a step's recipient kind to addresses.
 *
 * Each step goes to each of its recipients once per item and deadline: its key
 * `<source>:<documentId>:<due ISO>:<deadline>:<step>:<recipient>` is written to the `escalation_sends`
 * ledger (database/migrations/2026.12.01T19.00.00.escalation-sends.js) in the same transaction that
 * queues the recipient's digest of the day. A recipient gets one digest per Bangkok day
 * (`deadline-digest:<recipient>:<date>`) listing every step due to them, instead of one email per
 * item: a run that finds the day's digest already queued (by itself earlier, or another instance)
 * leaves the steps not in it for tomorrow's. A deadline that moves (a reopen, a new urgency) is a new
 * due instant, so its steps go out again; a step before the deadline is not sent once it has passed.
 */
const ESCALATION_STEP_UID = 'api::escalation-step.escalation-step' as const satisfies UID.ContentType;
const LEDGER = 'escalation_sends';
const HOUR = 3600_000;

type RecipientKind = 'assignee' | 'assignee_lead' | 'province_office' | 'address';

export interface LadderStep {
  /** the step's documentId: part of the keys, so editing a step's label or offset does not resend it */
  id: string;
  /** which kind of item it is for, a LadderSource's name (`complaint`) */
  source: string;
  /** `any`, or the name of one of the source's deadlines (`acknowledge`, `resolve`) */
  deadline: string;
  offsetHours: number;
  recipientKind: RecipientKind;
  address?: string | null;
  labelTh: string;
  labelEn?: string | null;
}

export interface LadderDeadline {
  /** e.g. `acknowledge`, `resolve` */
  name: string;
  dueAt: Date;
  labelTh: string;
  labelEn: string;
}

/** One line of a digest. */
interface DigestItem {
  /** what the item is called by people: a ticket number, a project code */
  ref: string;
  title: string;
  link: string;
}

export interface LadderSource<T extends { id: number; documentId: string }> {
  /** the `source` of its steps and the first part of its keys, e.g. `complaint` */
  name: string;
  /** Thai and English name of its items in a digest */
  labelTh: string;
  labelEn: string;
  /** a batch of open items with an open deadline by `horizon`, ordered by id, after `afterId` */
  load(strapi: Core.Strapi, args: { horizon: Date; afterId: number; limit: number }): Promise<T[]>;
  /** the item's deadlines still owed */
  deadlines(item: T): LadderDeadline[];
  /** the addresses a step of this kind reaches for this item (may be none) */
  recipients(item: T, step: LadderStep): string[];
  /** how the item is listed in a digest; `base` is the public URL */
  describe(item: T, base: string): DigestItem;
}

/** Pure: when a step falls due for a deadline. */
function stepAt(step: Pick<LadderStep, 'offsetHours'>, deadline: Pick<LadderDeadline, 'dueAt'>): Date {
  return new Date(deadline.dueAt.getTime() + step.offsetHours * HOUR);
}

/**
 * Pure: the steps due for one deadline at `now` — those of this deadline (or `any`) whose time has
 * come, except a step before the deadline once the deadline has passed (too late to warn).
 */
export function stepsDue(deadline: LadderDeadline, steps: readonly LadderStep[], now: Date): LadderStep[] {
  return steps.filter(
    (s) =>
      (s.deadline === 'any' || s.deadline === deadline.name) &&
      stepAt(s, deadline).getTime() <= now.getTime() &&
      !(s.offsetHours < 0 && deadline.dueAt.getTime() <= now.getTime()),
  );
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Pure: the ledger key of one step of one deadline of one item, to one recipient. */
export function sendKey(source: string, documentId: string, deadline: Pick<LadderDeadline, 'name' | 'dueAt'>, stepId: string, to: string) {
  return `${source}:${documentId}:${deadline.dueAt.toISOString()}:${deadline.name}:${stepId}:${hashOf(to.toLowerCase())}`;
}

/** Pure: the key of a recipient's digest of one Bangkok day. */
export function digestKey(to: string, now: Date): string {
  return `deadline-digest:${hashOf(to.toLowerCase())}:${bangkokDate(now)}`;
}

/** "3 ชั่วโมง" / "2 วัน 4 ชั่วโมง" and the English, for how far a deadline is. */
function span(ms: number): { th: string; en: string } {
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const th = [days ? `${days} วัน` : '', rest || !days ? `${rest} ชั่วโมง` : ''].filter(Boolean).join(' ');
  const en = [days ? `${days} day${days === 1 ? '' : 's'}` : '', rest || !days ? `${rest} hour${rest === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' ');
  return { th, en };
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** The addresses of a step of kind `address` (comma, semicolon or space separated). */
export function addressesOf(step: Pick<LadderStep, 'address'>): string[] {
  return String(step.address ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => EMAIL.test(s));
}

async function loadSteps(strapi: Core.Strapi): Promise<LadderStep[]> {
  const rows: Array<LadderStep & { documentId: string }> = await strapi.db.query(ESCALATION_STEP_UID).findMany({
    where: { active: true },
    orderBy: [{ offsetHours: 'asc' }, { id: 'asc' }],
    limit: 1000,
  });
  return rows.map((r) => ({ ...r, id: r.documentId, offsetHours: Number(r.offsetHours ?? 0) }));
}

interface Pending {
  to: string;
  keys: string[];
  items: Record<string, unknown>[];
}

/** Runs the ladder over `sources`: one digest per recipient and day, each step once (see above). */
export async function runLadder(
  ctx: JobContext,
  sources: LadderSource<{ id: number; documentId: string }>[],
  options: { batchSize?: number } = {},
): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const counts: JobCounts = { examined: 0, stepsDue: 0, digests: 0, stepsSent: 0, skipped: 0 };
  const allSteps = await loadSteps(strapi);
  const { url: base } = appData(strapi);
  const pending = new Map<string, Pending>();
  const batchSize = options.batchSize ?? 500;

  for (const source of sources) {
    const steps = allSteps.filter((s) => s.source === source.name);
    if (!steps.length) continue;
    const earliest = Math.min(0, ...steps.map((s) => s.offsetHours));
    // an item whose deadline is further away than the earliest step before it needs nothing today
    const horizon = new Date(now.getTime() - earliest * HOUR);
    let afterId = 0;
    for (;;) {
      const batch = await source.load(strapi, { horizon, afterId, limit: batchSize });
      if (!batch.length) break;
      afterId = batch[batch.length - 1].id;
      const found: Array<{ key: string; to: string; item: Record<string, unknown> }> = [];
      for (const item of batch) {
        counts.examined++;
        for (const deadline of source.deadlines(item)) {
          for (const step of stepsDue(deadline, steps, now)) {
            counts.stepsDue++;
            const to = [...new Set(source.recipients(item, step).map((a) => a.trim().toLowerCase()))].filter((a) => EMAIL.test(a));
            if (!to.length) {
              counts.skipped++;
              strapi.log.warn(`ladder ${source.name}: step "${step.labelTh}" of ${item.documentId} has nobody to go to`);
              continue;
            }
            const left = deadline.dueAt.getTime() - now.getTime();
            const s = span(left);
            const line = {
              ...source.describe(item, base),
              sourceTh: source.labelTh,
              sourceEn: source.labelEn,
              deadlineTh: deadline.labelTh,
              deadlineEn: deadline.labelEn,
              dueTh: formatThaiDate(deadline.dueAt, { month: 'short' }) + ` ${bangkokClock(deadline.dueAt)} น.`,
              dueEn: `${formatEnglishDate(deadline.dueAt)} ${bangkokClock(deadline.dueAt)}`,
              whenTh: left > 0 ? `อีก ${s.th}` : `เกินกำหนด ${s.th}`,
              whenEn: left > 0 ? `in ${s.en}` : `${s.en} overdue`,
              stepTh: step.labelTh,
              stepEn: step.labelEn || step.labelTh,
            };
            for (const address of to)
              found.push({ key: sendKey(source.name, item.documentId, deadline, step.id, address), to: address, item: line });
          }
        }
      }
      const sent = await alreadySent(
        strapi,
        found.map((f) => f.key),
      );
      for (const f of found) {
        if (sent.has(f.key)) continue;
        const p = pending.get(f.to) ?? { to: f.to, keys: [], items: [] };
        p.keys.push(f.key);
        p.items.push(f.item);
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
    const created = await strapi.db.transaction(async ({ trx }) => {
      const queued = await enqueue(
        strapi,
        {
          to: p.to,
          templateKey: 'deadline.digest',
          data: { date, count: p.items.length, items: p.items },
          dedupeKey: key,
        },
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
    });
    if (created) {
      counts.digests++;
      counts.stepsSent += p.keys.length;
    }
  }
  return counts;
}

/**
 * The demo's ladder over complaints' resolve deadlines: the team lead a day before, the provincial
 * industry office when it passes, the division director two days after, the Inspector-General a week
 * after. Adds nothing when any step exists (an administrator's ladder stays).
 */
export async function loadLadderDemo(strapi: Core.Strapi): Promise<number> {
  if (await strapi.db.query(ESCALATION_STEP_UID).count()) return 0;
  const steps = [
    {
      deadline: 'resolve',
      offsetHours: -24,
      recipientKind: 'assignee_lead',
      labelTh: 'หัวหน้าทีม: ครบกำหนดภายใน 1 วัน',
      labelEn: 'Team lead: due within a day',
    },
    {
      deadline: 'any',
      offsetHours: 0,
      recipientKind: 'province_office',
      labelTh: 'สำนักงานอุตสาหกรรมจังหวัด: ครบกำหนดแล้ว',
      labelEn: 'Provincial industry office: deadline passed',
    },
    {
      deadline: 'resolve',
      offsetHours: 48,
      recipientKind: 'address',
      address: 'division-director@demo.mind-desk.local',
      labelTh: 'ผู้อำนวยการกอง: เกินกำหนด 2 วัน',
      labelEn: 'Division director: 2 days overdue',
    },
    {
      deadline: 'resolve',
      offsetHours: 168,
      recipientKind: 'address',
      address: 'inspector-general@demo.mind-desk.local',
      labelTh: 'ผู้ตรวจราชการกระทรวง: เกินกำหนด 7 วัน',
      labelEn: 'Inspector-General: 7 days overdue',
    },
  ];
  for (const step of steps) {
    await strapi.db.query(ESCALATION_STEP_UID).create({ data: { source: 'complaint', active: true, ...step } });
  }
  return steps.length;
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

/** "14:30" in Bangkok. */
function bangkokClock(d: Date): string {
  return new Date(d.getTime() + 7 * HOUR).toISOString().slice(11, 16);
}

const itemSample = {
  ref: 'CMP-2569-000123',
  title: 'กลิ่นเหม็นจากโรงงาน',
  link: 'https://mind-desk.example/admin/content-manager/collection-types/api::complaint.complaint/abc',
  sourceTh: 'เรื่องร้องเรียน',
  sourceEn: 'Complaint',
  deadlineTh: 'กำหนดแก้ไข',
  deadlineEn: 'resolution deadline',
  dueTh: '2 ธ.ค. 2569 14:30 น.',
  dueEn: '2 December 2026 14:30',
  whenTh: 'เกินกำหนด 1 วัน 2 ชั่วโมง',
  whenEn: '1 day 2 hours overdue',
  stepTh: 'แจ้งผู้อำนวยการกอง',
  stepEn: 'Division director',
};

/** The digest: every step due to one recipient on one day, with absolute links. */
export const ladderEmailTemplates: TemplateDefinition[] = [
  {
    key: 'deadline.digest',
    description: 'Daily digest of the escalation ladder: every deadline step due to one recipient that day (one email, not one per item)',
    sample: { app, date: { th: '2 ธันวาคม 2569', en: '2 December 2026' }, count: 1, items: [itemSample] },
    defaults: {
      subjectTh: 'แจ้งเตือนกำหนดเวลา {{count}} รายการ ประจำวันที่ {{date.th}}',
      textTh:
        'รายการที่ใกล้ครบหรือเกินกำหนดเวลา ประจำวันที่ {{date.th}} ({{count}} รายการ)\n\n' +
        '{{#items}}- [{{stepTh}}] {{sourceTh}} {{ref}} {{title}}\n  {{deadlineTh}} {{dueTh}} ({{whenTh}})\n  {{link}}\n{{/items}}\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>รายการที่ใกล้ครบหรือเกินกำหนดเวลา ประจำวันที่ {{date.th}} ({{count}} รายการ)</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>ขั้น</th><th>รายการ</th><th>กำหนด</th><th>สถานะ</th></tr>' +
          '{{#items}}<tr><td>{{stepTh}}</td><td>{{sourceTh}} <a href="{{link}}">{{ref}}</a> {{title}}</td><td>{{deadlineTh}} {{dueTh}}</td><td>{{whenTh}}</td></tr>{{/items}}</table>',
      ),
      subjectEn: '{{count}} deadline alerts for {{date.en}}',
      textEn:
        'Items near or past their deadline on {{date.en}} ({{count}})\n\n' +
        '{{#items}}- [{{stepEn}}] {{sourceEn}} {{ref}} {{title}}\n  {{deadlineEn}} {{dueEn}} ({{whenEn}})\n  {{link}}\n{{/items}}\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Items near or past their deadline on {{date.en}} ({{count}})</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Step</th><th>Item</th><th>Deadline</th><th>State</th></tr>' +
          '{{#items}}<tr><td>{{stepEn}}</td><td>{{sourceEn}} <a href="{{link}}">{{ref}}</a> {{title}}</td><td>{{deadlineEn}} {{dueEn}}</td><td>{{whenEn}}</td></tr>{{/items}}</table>',
      ),
    },
  },
];
