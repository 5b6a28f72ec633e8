import type { Core } from '@strapi/strapi';
import type { Job, JobContext, JobCounts } from '../../platform/job';
import { complaintComplainants } from './complaints';
import { auditIps, outboxEmails, staffAccounts, volunteerContacts } from './others';
import type { Dataset, DatasetKey, DueRow, PurgeContext } from './dataset';
import { asTrusted } from '../../platform/trusted-write';
import { activeRules } from './rules';
import { countsOf, PURGE_BATCH_UID, reportOf, type BatchItems } from './batch';

/**
 * propose-purge (daily, PDPA retention per purpose), in two steps per run:
 *
 * 1. each approved purge batch is cleaned: only the records it lists, and only those still past
 *    their rule's period now (a rule switched off or lengthened since spares them), each audited
 *    (`personal_data.purge`); the batch becomes `purged` with what was cleaned;
 * 2. per active retention rule, the records past its period at the run's clock and in no open batch
 *    (proposed or approved) become one new `proposed` batch, with its report, for the privacy officer.
 *
 * A dry run (`npm run jobs -- run propose-purge --dry-run`) counts what step 2 would propose, per
 * dataset, and writes nothing. At most MAX_PER_DATASET records per dataset per batch: the next run
 * proposes the rest.
 */
const DATASET_LIST: Dataset[] = [complaintComplainants, volunteerContacts, outboxEmails, auditIps, staffAccounts];
const MAX_PER_DATASET = 1000;
const ACTOR = { actorKind: 'system', actorLabel: 'job propose-purge', channel: 'job' } as const;

interface BatchRow {
  id: number;
  documentId: string;
  items?: BatchItems | null;
}

/** Ids already in an open batch, per dataset (not proposed twice). */
async function pendingIds(strapi: Core.Strapi): Promise<Map<DatasetKey, Set<string>>> {
  const open: BatchRow[] = await strapi.db
    .query(PURGE_BATCH_UID)
    .findMany({ where: { state: { $in: ['proposed', 'approved'] } }, select: ['id', 'documentId', 'items'] });
  const out = new Map<DatasetKey, Set<string>>();
  for (const b of open) {
    for (const [key, ids] of Object.entries(b.items ?? {}) as Array<[DatasetKey, string[]]>) {
      const set = out.get(key) ?? new Set<string>();
      for (const id of ids ?? []) set.add(String(id));
      out.set(key, set);
    }
  }
  return out;
}

async function purgeApproved(strapi: Core.Strapi, now: Date, counts: JobCounts) {
  const rules = await activeRules(strapi);
  const approved: BatchRow[] = await strapi.db
    .query(PURGE_BATCH_UID)
    .findMany({ where: { state: 'approved' }, select: ['id', 'documentId', 'items'], orderBy: { id: 'asc' } });
  for (const batch of approved) {
    const purged: Record<string, number> = {};
    for (const dataset of DATASET_LIST) {
      const listed = (batch.items ?? {})[dataset.key] ?? [];
      const rule = rules.get(dataset.key);
      purged[dataset.key] = 0;
      if (!listed.length || !rule) continue;
      const still = await dataset.due(strapi, now, rule.retentionDays, listed.length, listed.map(String));
      const ctx: PurgeContext = { now, days: rule.retentionDays, batch: batch.documentId, actor: ACTOR, counts };
      for (const row of still) {
        await dataset.purge(strapi, row.id, ctx);
        purged[dataset.key]++;
        counts.purged++;
      }
    }
    await strapi.db
      .query(PURGE_BATCH_UID)
      .update({ where: { id: batch.id }, data: { state: 'purged', purgedAt: now, purgedCounts: purged } });
    counts.batchesPurged++;
  }
}

/** What is due now, per dataset, outside open batches. */
async function dueNow(strapi: Core.Strapi, now: Date) {
  const rules = await activeRules(strapi);
  const pending = await pendingIds(strapi);
  const due: Partial<Record<DatasetKey, DueRow[]>> = {};
  const days: Partial<Record<DatasetKey, number>> = {};
  for (const dataset of DATASET_LIST) {
    const rule = rules.get(dataset.key);
    if (!rule) continue;
    const skip = pending.get(dataset.key) ?? new Set<string>();
    const rows = await dataset.due(strapi, now, rule.retentionDays, MAX_PER_DATASET + skip.size);
    due[dataset.key] = rows.filter((r) => !skip.has(r.id)).slice(0, MAX_PER_DATASET);
    days[dataset.key] = rule.retentionDays;
  }
  return { due, days };
}

export async function proposePurge(ctx: JobContext): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const counts: JobCounts = { examined: 0, proposed: 0, batchesProposed: 0, purged: 0, batchesPurged: 0 };
  if (!dryRun) await purgeApproved(strapi, now, counts);
  const { due, days } = await dueNow(strapi, now);
  const items: BatchItems = {};
  for (const [key, rows] of Object.entries(due) as Array<[DatasetKey, DueRow[]]>) {
    counts[key] = rows.length;
    counts.examined += rows.length;
    if (rows.length) items[key] = rows.map((r) => r.id);
  }
  counts.proposed = counts.examined;
  if (!counts.proposed || dryRun) return counts;
  await asTrusted(() =>
    strapi.documents(PURGE_BATCH_UID).create({
      data: { state: 'proposed', asOf: now, items, counts: countsOf(items), report: reportOf(due, days, now) },
    }),
  );
  counts.batchesProposed = 1;
  return counts;
}

const job: Job = {
  name: 'propose-purge',
  description:
    'PDPA retention per purpose: cleans approved purge batches, and proposes a batch of the personal data past its retention rule',
  labelTh: 'เสนอและลบข้อมูลส่วนบุคคลที่พ้นระยะเวลาเก็บ (PDPA)',
  defaultSchedule: '30 2 * * *',
  run: (ctx) => proposePurge(ctx),
};

export default job;
