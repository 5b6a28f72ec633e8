import type { Job } from '../../platform/job';
import { runChase, daysOverdue, type ChaseSource } from '../../platform/chase';
import { FINDING_OWED } from '../rules';
import { FINDING_UID } from '../model';
import { formatDate } from '../../platform/thai-date';
import { staffLink } from '../../platform/links';

/**
 * chase-inspection-findings: the shared chasing mechanism (src/lib/platform/chase.ts) applied to inspection
 * findings. Reminders go to the responsible agency's reporting officers (or its contact address);
 * escalation goes to the agency head and the inspectors, one email per agency.
 */
interface Agency {
  documentId: string;
  code: string;
  nameTh: string;
  nameEn: string;
  headEmail?: string | null;
  contactEmail?: string | null;
  reportingOfficers?: { email: string }[];
}

export interface ChasedFinding {
  id: number;
  documentId: string;
  state: string;
  dueAt: string;
  escalatedAt: string | null;
  reopenCount?: number | null;
  title: string;
  recommendation: string;
  severity: string;
  responsibleAgency?: Agency | null;
  inspection?: { code: string; round: number; inspectors?: { email: string }[] } | null;
}

/** Where the agency answers a finding: the staff app's finding page. */
const link = (base: string, documentId: string) => staffLink(base, 'finding', documentId);

export const findingSource: ChaseSource<ChasedFinding, Agency | null> = {
  name: 'finding',
  uid: FINDING_UID,
  openStates: FINDING_OWED,
  load: (strapi, { horizon, afterId, limit }) =>
    strapi.db.query(FINDING_UID).findMany({
      where: { state: { $in: FINDING_OWED }, dueAt: { $lte: horizon }, id: { $gt: afterId } },
      select: ['id', 'documentId', 'state', 'dueAt', 'escalatedAt', 'reopenCount', 'title', 'recommendation', 'severity'],
      populate: {
        responsibleAgency: {
          select: ['documentId', 'code', 'nameTh', 'nameEn', 'headEmail', 'contactEmail'],
          populate: { reportingOfficers: { select: ['email'] } },
        },
        inspection: { select: ['code', 'round'], populate: { inspectors: { select: ['email'] } } },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  // a re-opened finding is owed afresh: its reminders start over, keyed by the re-open
  cycle: (f) => f.reopenCount,
  reminder(f, reminder, { base }) {
    const agency = f.responsibleAgency;
    const to = agency?.reportingOfficers?.map((u) => u.email).filter(Boolean) ?? [];
    if (!to.length && agency?.contactEmail) to.push(agency.contactEmail);
    if (!to.length) return null;
    return {
      to,
      templateKey: reminder.kind === 'due_soon' ? 'finding.due_soon' : 'finding.overdue',
      data: {
        agency: { code: agency!.code, name: agency!.nameTh, nameEn: agency!.nameEn },
        inspection: { code: f.inspection?.code ?? '', round: f.inspection?.round ?? '' },
        finding: {
          title: f.title,
          recommendation: f.recommendation,
          dueDate: formatDate(f.dueAt, 'th'),
          daysLeft: reminder.kind === 'due_soon' ? reminder.daysLeft : 0,
          daysOverdue: reminder.kind === 'overdue' ? reminder.daysOverdue : 0,
          link: link(base, f.documentId),
        },
        reminderNumber: reminder.kind === 'overdue' ? reminder.n : 0,
      },
    };
  },
  group: (f) => ({ key: f.responsibleAgency?.documentId ?? 'none', info: f.responsibleAgency ?? null }),
  escalation(agency, findings, { now, base, policy }) {
    const to = new Set<string>();
    if (agency?.headEmail) to.add(agency.headEmail);
    for (const f of findings) for (const i of f.inspection?.inspectors ?? []) if (i.email) to.add(i.email);
    if (!to.size) return null;
    const sorted = [...findings].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
    return {
      to: [...to],
      templateKey: 'finding.escalation',
      data: {
        agency: agency
          ? { code: agency.code, name: agency.nameTh, nameEn: agency.nameEn }
          : { code: '-', name: 'ไม่ระบุหน่วยงาน', nameEn: 'no agency' },
        count: sorted.length,
        escalationDays: policy.escalateAfterDays,
        findings: sorted.map((f) => ({
          inspectionCode: f.inspection?.code ?? '',
          title: f.title,
          severity: f.severity,
          dueDate: formatDate(f.dueAt, 'th'),
          daysOverdue: daysOverdue(f, now),
          link: link(base, f.documentId),
        })),
      },
      related: agency ? { uid: 'api::agency.agency', documentId: agency.documentId } : undefined,
    };
  },
};

const job: Job = {
  name: 'chase-inspection-findings',
  description: 'Due-soon and overdue reminders to agencies for inspection findings; escalation to agency heads and inspectors',
  labelTh: 'ติดตามข้อเสนอแนะจากการตรวจราชการ',
  defaultSchedule: '40 8 * * *',
  run: (ctx) => runChase(ctx, findingSource),
};

export default job;
