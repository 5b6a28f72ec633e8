import type { Core, Data } from '@strapi/strapi';
import type { Job, JobContext, JobCounts } from '../../platform/job';
import { enqueueMany, appData, type EnqueueInput } from '../../platform/outbox';
import { adminEntryLink, staffLink } from '../../platform/links';
import { COMPLAINT_UID as UID, FINISHED, SLA_POLICY_UID, type Complaint } from '../model';
import { DEFAULT_SLA } from '../sla';
import { formatDateTime } from '../../platform/thai-date';

/**
 * watch-complaint-sla (every 15 minutes): for each open complaint, its acknowledge deadline (while it
 * is still `received`) and its resolve deadline (until it is finished) — "due soon" within the SLA
 * policy's lead hours, then "breached". Due-soon goes to the assigned team and its lead (or the SLA
 * policy's escalation addresses when no team has it yet); a breach goes to both. One email per
 * complaint, deadline, due time and stage: the dedupe key carries the due time, so a deadline
 * recomputed after an urgency change is watched afresh.
 */
const HOUR = 3600_000;

export interface SlaComplaint {
  id: number;
  documentId: string;
  state: string;
  acknowledgeDueAt: string | Date | null;
  resolveDueAt: string | Date | null;
}

/** A complaint as the watch selects it (the columns of slaAlerts, what the email names, its team and lead). */
type WatchedComplaint = SlaComplaint & Pick<Complaint, 'ticketNumber' | 'title' | 'urgency' | 'assignedTeam' | 'province' | 'category'>;

export interface SlaAlert {
  deadline: 'acknowledge' | 'resolve';
  stage: 'due_soon' | 'breached';
  due: Date;
  hours: number;
  dedupeKey: string;
}

/** Pure: the alerts due for a complaint at `now`. */
export function slaAlerts(c: SlaComplaint, leadHours: number, now: Date): SlaAlert[] {
  if ((FINISHED as readonly string[]).includes(c.state)) return [];
  const out: SlaAlert[] = [];
  const check = (deadline: SlaAlert['deadline'], value: string | Date | null) => {
    if (!value) return;
    const due = new Date(value);
    const left = due.getTime() - now.getTime();
    const stage = left <= 0 ? 'breached' : left <= leadHours * HOUR ? 'due_soon' : null;
    if (!stage) return;
    const stamp = due.toISOString().slice(0, 16);
    out.push({
      deadline,
      stage,
      due,
      hours: Math.floor(Math.abs(left) / HOUR),
      dedupeKey: `complaint:${c.documentId}:${deadline}:${stamp}:${stage}`,
    });
  };
  if (c.state === 'received') check('acknowledge', c.acknowledgeDueAt);
  check('resolve', c.resolveDueAt);
  return out;
}

const LABELS = {
  acknowledge: { th: 'กำหนดรับเรื่อง', en: 'acknowledgement deadline' },
  resolve: { th: 'กำหนดแก้ไข', en: 'resolution deadline' },
};

async function policy(strapi: Core.Strapi) {
  const row: Data.ContentType<typeof SLA_POLICY_UID> | null = await strapi.db.query(SLA_POLICY_UID).findOne({});
  const escalation = String(row?.escalationEmails ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { leadHours: row?.dueSoonLeadHours ?? DEFAULT_SLA.dueSoonLeadHours, escalation };
}

export async function watchComplaintSla(ctx: JobContext, batchSize = 500): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const { leadHours, escalation } = await policy(strapi);
  const base = appData(strapi).url;
  const horizon = new Date(now.getTime() + leadHours * HOUR);
  const counts: JobCounts = { examined: 0, remindersQueued: 0, escalations: 0, skipped: 0 };
  let afterId = 0;
  for (;;) {
    const batch: WatchedComplaint[] = await strapi.db.query(UID).findMany({
      where: {
        id: { $gt: afterId },
        state: { $notIn: FINISHED },
        $or: [{ resolveDueAt: { $lte: horizon } }, { state: 'received', acknowledgeDueAt: { $lte: horizon } }],
      },
      select: ['id', 'documentId', 'state', 'ticketNumber', 'title', 'urgency', 'acknowledgeDueAt', 'resolveDueAt'],
      populate: {
        assignedTeam: { select: ['name', 'email'], populate: { lead: { select: ['email', 'username'] } } },
        province: { select: ['nameTh'] },
        category: { select: ['nameTh'] },
      },
      orderBy: { id: 'asc' },
      limit: batchSize,
    });
    if (!batch.length) break;
    afterId = batch[batch.length - 1].id;
    const emails: EnqueueInput[] = [];
    const breaches: EnqueueInput[] = [];
    for (const c of batch) {
      counts.examined++;
      for (const alert of slaAlerts(c, leadHours, now)) {
        const team = c.assignedTeam;
        const to = new Set<string>();
        if (team?.email) to.add(team.email);
        if (team?.lead?.email) to.add(team.lead.email);
        if (alert.stage === 'breached' || !to.size) escalation.forEach((e) => to.add(e));
        if (!to.size) {
          counts.skipped++;
          continue;
        }
        (alert.stage === 'breached' ? breaches : emails).push({
          to: [...to],
          templateKey: alert.stage === 'breached' ? 'complaint.sla_breached' : 'complaint.sla_due_soon',
          data: {
            complaint: {
              ticketNumber: c.ticketNumber,
              title: c.title,
              urgency: c.urgency,
              status: c.state,
              category: c.category?.nameTh ?? '',
              province: c.province?.nameTh ?? '',
              // the team acts in the staff app; escalation addresses (officers) in the admin panel
              link: team ? staffLink(base, 'complaint', c.documentId) : adminEntryLink(strapi, base, UID, c.documentId),
              adminLink: adminEntryLink(strapi, base, UID, c.documentId),
            },
            team: { name: team?.name ?? 'ศูนย์รับเรื่องร้องเรียน', email: team?.email ?? '', leadName: team?.lead?.username ?? 'ผู้เกี่ยวข้อง' },
            deadline: {
              kind: alert.deadline,
              label: LABELS[alert.deadline].th,
              labelEn: LABELS[alert.deadline].en,
              due: formatDateTime(alert.due, 'th'),
              hoursLeft: alert.stage === 'due_soon' ? alert.hours : 0,
              hoursOverdue: alert.stage === 'breached' ? alert.hours : 0,
            },
          },
          dedupeKey: alert.dedupeKey,
          related: { uid: UID, documentId: c.documentId },
        });
      }
    }
    // a breach counts as an escalation when its email is new, not on every run that sees it again
    const escalated = dryRun ? breaches.length : (await enqueueMany(strapi, breaches, { now })).created;
    counts.escalations += escalated;
    counts.remindersQueued += escalated + (dryRun ? emails.length : (await enqueueMany(strapi, emails, { now })).created);
  }
  return counts;
}

const job: Job = {
  name: 'watch-complaint-sla',
  description: 'Due-soon and breached complaint deadlines to the response team, breaches also to the escalation addresses',
  labelTh: 'เฝ้าระวังกำหนดเวลาเรื่องร้องเรียน (SLA)',
  defaultSchedule: '*/15 * * * *',
  run: (ctx) => watchComplaintSla(ctx),
};

export default job;
