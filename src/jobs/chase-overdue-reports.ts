import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import type { Job, JobContext, JobCounts } from './types';
import { enqueue, enqueueMany, appData, type EnqueueInput } from '../lib/outbox';
import type { TemplateFields } from '../lib/email-templates';
import { bangkokDaysBetween, formatDate } from '../lib/thai-date';
import { bangkokDate } from '../lib/reporting-periods';
import { REPORT_UID } from './generate-expected-reports';

/**
 * chase-overdue-reports, per the reminder-policy single type:
 *  - a due-soon reminder `dueSoonDays` (Bangkok calendar days) before `dueAt`;
 *  - overdue reminders to the responsible officer on the 1st day overdue, then every
 *    `overdueIntervalDays`, at most `maxReminders` overdue reminders per report;
 *  - after `escalateAfterDays` overdue, one escalation email per agency to the projects'
 *    supervisors and the agency head, listing all of that agency's reports overdue that long;
 *    sent when at least one report newly reaches that point (then `escalatedAt` is set).
 * Each email is an outbox row with a dedupeKey (`report:<documentId>:due_soon`,
 * `report:<documentId>:overdue:<n>`, `escalation:<agency>:<date>:<reports hash>`), so a re-run,
 * a crash half-way or a second instance adds nothing. Reports are read in id-ordered batches.
 */

export const POLICY_UID = 'api::reminder-policy.reminder-policy';

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

export async function loadPolicy(strapi: Core.Strapi): Promise<ReminderPolicy> {
  const row = await strapi.db.query(POLICY_UID as any).findOne({});
  const merged = { ...defaultPolicy };
  for (const k of Object.keys(defaultPolicy) as (keyof ReminderPolicy)[]) {
    if (row && row[k] !== null && row[k] !== undefined) (merged as any)[k] = row[k];
  }
  return merged;
}

/** Statuses in which a report is still owed (a returned report is open again). */
export const OPEN_STATUSES = ['pending', 'returned'];

export interface ChaseReport {
  documentId: string;
  state: string;
  dueAt: Date | string;
}

export type Reminder =
  | { kind: 'due_soon'; daysLeft: number; dedupeKey: string }
  | { kind: 'overdue'; n: number; daysOverdue: number; dedupeKey: string };

/** Whole Bangkok days a report is overdue at `now` (0 when not overdue). */
export function daysOverdue(report: ChaseReport, now: Date): number {
  const due = new Date(report.dueAt);
  return now.getTime() > due.getTime() ? Math.max(0, bangkokDaysBetween(due, now)) : 0;
}

/** Pure: the reminder due for a report at `now` under `policy`, or null. */
export function reminderDue(report: ChaseReport, policy: ReminderPolicy, now: Date): Reminder | null {
  if (!policy.enabled || !OPEN_STATUSES.includes(report.state)) return null;
  const due = new Date(report.dueAt);
  if (now.getTime() <= due.getTime()) {
    const daysLeft = bangkokDaysBetween(now, due);
    if (daysLeft <= policy.dueSoonDays) {
      return { kind: 'due_soon', daysLeft, dedupeKey: `report:${report.documentId}:due_soon` };
    }
    return null;
  }
  const days = daysOverdue(report, now);
  if (days < 1) return null; // overdue by hours only, the same Bangkok day: tomorrow morning
  const n = Math.floor((days - 1) / policy.overdueIntervalDays) + 1;
  if (n > policy.maxReminders) return null;
  return { kind: 'overdue', n, daysOverdue: days, dedupeKey: `report:${report.documentId}:overdue:${n}` };
}

/** Pure: whether a report is overdue long enough to be escalated. */
export function escalationDue(report: ChaseReport, policy: ReminderPolicy, now: Date): boolean {
  return policy.enabled && OPEN_STATUSES.includes(report.state) && daysOverdue(report, now) >= policy.escalateAfterDays;
}

/** The dedupe key of an agency's escalation email: one per agency, day and set of newly escalated reports. */
export function escalationKey(agencyKey: string, now: Date, newReportIds: string[]): string {
  const hash = createHash('sha256').update([...newReportIds].sort().join(',')).digest('hex').slice(0, 16);
  return `escalation:${agencyKey}:${bangkokDate(now)}:${hash}`;
}

interface LoadedReport {
  id: number;
  documentId: string;
  state: string;
  dueAt: string;
  periodLabel: string;
  escalatedAt: string | null;
  project?: {
    documentId: string;
    code: string;
    name: string;
    nameEn?: string | null;
    officerName: string;
    officerEmail: string;
    supervisorEmail?: string | null;
    emailLocale?: 'th' | 'en' | null;
    state: string;
    agency?: { documentId: string; code: string; nameTh: string; nameEn: string; headEmail?: string | null; contactEmail?: string | null } | null;
  } | null;
}

function reportLink(base: string, documentId: string) {
  return `${base}/api/progress-reports/${documentId}`;
}

export async function chaseOverdueReports(ctx: JobContext, batchSize = 500): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const policy = await loadPolicy(strapi);
  const counts: JobCounts = { examined: 0, remindersQueued: 0, escalations: 0, skipped: 0 };
  if (!policy.enabled) return counts;
  const templates = new Map<string, TemplateFields>();
  const base = appData(strapi).url;
  // dueAt ≤ end of the due-soon window; anything later needs nothing today
  const horizon = new Date(now.getTime() + (policy.dueSoonDays + 1) * 86_400_000);
  const escalations = new Map<string, { agency: NonNullable<NonNullable<LoadedReport['project']>['agency']> | null; reports: LoadedReport[] }>();

  let lastId = 0;
  for (;;) {
    const batch: LoadedReport[] = await strapi.db.query(REPORT_UID as any).findMany({
      where: { state: { $in: OPEN_STATUSES }, dueAt: { $lte: horizon }, id: { $gt: lastId } },
      select: ['id', 'documentId', 'state', 'dueAt', 'periodLabel', 'escalatedAt'],
      populate: {
        project: {
          select: ['documentId', 'code', 'name', 'nameEn', 'officerName', 'officerEmail', 'supervisorEmail', 'emailLocale', 'state'],
          populate: { agency: { select: ['documentId', 'code', 'nameTh', 'nameEn', 'headEmail', 'contactEmail'] } },
        },
      },
      orderBy: { id: 'asc' },
      limit: batchSize,
    });
    if (!batch.length) break;
    lastId = batch[batch.length - 1].id;
    const reminders: EnqueueInput[] = [];
    for (const report of batch) {
      counts.examined++;
      const project = report.project;
      if (!project || project.state === 'cancelled') {
        counts.skipped++;
        continue;
      }
      const locale = project.emailLocale === 'en' ? 'en' : 'th';
      const reminder = reminderDue(report, policy, now);
      if (reminder) {
        reminders.push({
          to: project.officerEmail,
          templateKey: reminder.kind === 'due_soon' ? 'report.due_soon' : 'report.overdue',
          data: {
            officer: { name: project.officerName },
            project: { code: project.code, name: locale === 'en' && project.nameEn ? project.nameEn : project.name, nameEn: project.nameEn },
            agency: project.agency ? { code: project.agency.code, name: project.agency.nameTh, nameEn: project.agency.nameEn } : {},
            report: {
              periodLabel: report.periodLabel,
              dueDate: formatDate(report.dueAt, locale),
              daysLeft: reminder.kind === 'due_soon' ? reminder.daysLeft : 0,
              daysOverdue: reminder.kind === 'overdue' ? reminder.daysOverdue : 0,
              link: reportLink(base, report.documentId),
            },
            reminderNumber: reminder.kind === 'overdue' ? reminder.n : 0,
          },
          dedupeKey: reminder.dedupeKey,
          locale,
          related: { uid: REPORT_UID, documentId: report.documentId },
        });
      }
      if (escalationDue(report, policy, now)) {
        const key = project.agency?.documentId ?? 'none';
        const group = escalations.get(key) ?? { agency: project.agency ?? null, reports: [] };
        group.reports.push(report);
        escalations.set(key, group);
      }
    }
    if (dryRun) counts.remindersQueued += reminders.length;
    else {
      const { created } = await enqueueMany(strapi, reminders, {
        templateCache: templates,
        now,
        onInvalid: (input, error) => {
          counts.skipped++;
          strapi.log.warn(`chase-overdue-reports: ${input.dedupeKey} not queued: ${error.message}`);
        },
      });
      counts.remindersQueued += created;
    }
  }

  for (const [agencyKey, group] of escalations) {
    const fresh = group.reports.filter((r) => !r.escalatedAt);
    if (!fresh.length) continue;
    const recipients = new Set<string>();
    if (group.agency?.headEmail) recipients.add(group.agency.headEmail);
    for (const r of group.reports) if (r.project?.supervisorEmail) recipients.add(r.project.supervisorEmail);
    if (!recipients.size && group.agency?.contactEmail) recipients.add(group.agency.contactEmail);
    if (!recipients.size) {
      counts.skipped += fresh.length;
      strapi.log.warn(`chase-overdue-reports: no supervisor or head email to escalate ${fresh.length} reports of ${agencyKey}`);
      continue;
    }
    if (dryRun) {
      counts.escalations++;
      continue;
    }
    const sorted = [...group.reports].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
    const { created } = await enqueue(
      strapi,
      {
        to: [...recipients],
        templateKey: 'report.escalation',
        data: {
          agency: group.agency
            ? { code: group.agency.code, name: group.agency.nameTh, nameEn: group.agency.nameEn }
            : { code: '-', name: 'ไม่ระบุหน่วยงาน', nameEn: 'no agency' },
          count: sorted.length,
          escalationDays: policy.escalateAfterDays,
          reports: sorted.map((r) => ({
            projectCode: r.project!.code,
            projectName: r.project!.name,
            periodLabel: r.periodLabel,
            dueDate: formatDate(r.dueAt, 'th'),
            daysOverdue: daysOverdue(r, now),
            officerName: r.project!.officerName,
            officerEmail: r.project!.officerEmail,
            link: reportLink(base, r.documentId),
          })),
        },
        dedupeKey: escalationKey(agencyKey, now, fresh.map((r) => r.documentId)),
        related: group.agency ? { uid: 'api::agency.agency', documentId: group.agency.documentId } : undefined,
      },
      { templateCache: templates, now },
    );
    if (created) counts.escalations++;
    for (let i = 0; i < fresh.length; i += 500) {
      await strapi.db.query(REPORT_UID as any).updateMany({
        where: { id: { $in: fresh.slice(i, i + 500).map((r) => r.id) } },
        data: { escalatedAt: now },
      });
    }
  }
  return counts;
}

const job: Job = {
  name: 'chase-overdue-reports',
  description: 'Due-soon and overdue reminders to officers, escalation to supervisors and agency heads',
  defaultSchedule: '30 8 * * *',
  run: (ctx) => chaseOverdueReports(ctx),
};

export default job;
