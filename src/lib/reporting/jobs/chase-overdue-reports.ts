import type { JobContext, JobCounts } from '../../platform/job';
import {
  runChase,
  daysOverdue,
  defaultPolicy,
  reminderDue as chaseReminderDue,
  type ChaseSource,
  type ReminderPolicy,
  type Reminder,
} from '../../platform/chase';
import { formatDate } from '../../platform/thai-date';
import { reportLink, reportMailContext, reportMailLocale } from '../emails';
import { OWED_STATES, REPORT_UID } from '../model';

/**
 * The former chase-overdue-reports job, no longer scheduled: progress reports are chased by the obligation
 * engine (src/lib/platform/obligations, docs/obligations.md); kept until its tests move there.
 * It applied the shared chasing mechanism (src/lib/platform/chase.ts) applied to progress reports,
 * per the reminder-policy single type:
 *  - a due-soon reminder `dueSoonDays` (Bangkok calendar days) before `dueAt`;
 *  - overdue reminders to the responsible officer on the 1st day overdue, then every
 *    `overdueIntervalDays`, at most `maxReminders` overdue reminders per report;
 *  - after `escalateAfterDays` overdue, one escalation email per agency to the projects'
 *    supervisors and the agency head, listing all of that agency's reports overdue that long;
 *    sent when at least one report newly reaches that point (then `escalatedAt` is set).
 * Dedupe keys: `report:<documentId>:<obligation>:due_soon`, `report:<documentId>:<obligation>:overdue:<n>`,
 * `escalation:<agency>:<date>:<hash of the reports' obligations>`; the obligation is the due instant and
 * the number of returns (src/lib/platform/chase.ts), so a returned report, or one given a new due date,
 * is chased afresh.
 */

export { defaultPolicy };
export type { ReminderPolicy, Reminder };

export interface ChaseReport {
  documentId: string;
  state: string;
  dueAt: Date | string;
  returnCount?: number | null;
}

/** Pure: the reminder due for a report at `now` under `policy`, or null. */
export function reminderDue(report: ChaseReport, policy: ReminderPolicy, now: Date): Reminder | null {
  return chaseReminderDue('report', { ...report, cycle: report.returnCount }, OWED_STATES, policy, now);
}

type Agency = { documentId: string; code: string; nameTh: string; nameEn: string; headEmail?: string | null; contactEmail?: string | null };

interface LoadedReport {
  id: number;
  documentId: string;
  state: string;
  dueAt: string;
  periodLabel: string;
  escalatedAt: string | null;
  returnCount?: number | null;
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
    agency?: Agency | null;
  } | null;
}

const reportSource: ChaseSource<LoadedReport, Agency | null> = {
  name: 'report',
  uid: REPORT_UID,
  openStates: OWED_STATES,
  escalationPrefix: 'escalation',
  load: (strapi, { horizon, afterId, limit }) =>
    strapi.db.query(REPORT_UID).findMany({
      where: { state: { $in: OWED_STATES }, dueAt: { $lte: horizon }, id: { $gt: afterId } },
      select: ['id', 'documentId', 'state', 'dueAt', 'periodLabel', 'escalatedAt', 'returnCount'],
      populate: {
        project: {
          select: ['documentId', 'code', 'name', 'nameEn', 'officerName', 'officerEmail', 'supervisorEmail', 'emailLocale', 'state'],
          populate: { agency: { select: ['documentId', 'code', 'nameTh', 'nameEn', 'headEmail', 'contactEmail'] } },
        },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  cycle: (report) => report.returnCount,
  skip: (report) => !report.project || report.project.state === 'cancelled',
  reminder(report, reminder, { base }) {
    const project = report.project!;
    const locale = reportMailLocale(project);
    return {
      to: project.officerEmail,
      templateKey: reminder.kind === 'due_soon' ? 'report.due_soon' : 'report.overdue',
      data: {
        ...reportMailContext(project),
        report: {
          periodLabel: report.periodLabel,
          dueDate: formatDate(report.dueAt, locale),
          daysLeft: reminder.kind === 'due_soon' ? reminder.daysLeft : 0,
          daysOverdue: reminder.kind === 'overdue' ? reminder.daysOverdue : 0,
          link: reportLink(base, report.documentId),
        },
        reminderNumber: reminder.kind === 'overdue' ? reminder.n : 0,
      },
      locale,
    };
  },
  group: (report) => ({ key: report.project?.agency?.documentId ?? 'none', info: report.project?.agency ?? null }),
  escalation(agency, reports, { now, base, policy }) {
    const recipients = new Set<string>();
    if (agency?.headEmail) recipients.add(agency.headEmail);
    for (const r of reports) if (r.project?.supervisorEmail) recipients.add(r.project.supervisorEmail);
    if (!recipients.size && agency?.contactEmail) recipients.add(agency.contactEmail);
    if (!recipients.size) return null;
    const sorted = [...reports].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
    return {
      to: [...recipients],
      templateKey: 'report.escalation',
      data: {
        agency: agency
          ? { code: agency.code, name: agency.nameTh, nameEn: agency.nameEn }
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
      related: agency ? { uid: 'api::agency.agency', documentId: agency.documentId } : undefined,
    };
  },
};

export function chaseOverdueReports(ctx: JobContext, batchSize = 500): Promise<JobCounts> {
  return runChase(ctx, reportSource, { batchSize });
}
