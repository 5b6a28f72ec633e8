import type { Core } from '@strapi/strapi';
import type { Job } from '../../platform/job';
import { addressesOf, runLadder, type LadderDeadline, type LadderSource, type LadderStep } from '../../platform/ladder';
import { COMPLAINT_UID as UID, FINISHED } from '../model';

/**
 * escalate-complaint-deadlines (daily, 08:00 Bangkok): the escalation ladder over complaints' deadlines
 * (src/lib/platform/ladder.ts). The acknowledge deadline counts while a complaint is still `received`,
 * the resolve deadline until it is finished. A step's recipient kind reaches: `assignee` the assigned
 * response team's address, `assignee_lead` its lead, `province_office` the complaint's provincial
 * industry office, `address` the step's own addresses (a division director, the Inspector-General).
 */
interface LadderComplaint {
  id: number;
  documentId: string;
  state: string;
  ticketNumber: string;
  title: string;
  acknowledgeDueAt: string | Date | null;
  resolveDueAt: string | Date | null;
  assignedTeam?: { email?: string | null; lead?: { email?: string | null } | null } | null;
  province?: { industryOfficeEmail?: string | null } | null;
}

const LABELS = {
  acknowledge: { th: 'กำหนดรับเรื่อง', en: 'acknowledgement deadline' },
  resolve: { th: 'กำหนดแก้ไข', en: 'resolution deadline' },
};

/** Pure: a complaint's deadlines still owed. */
export function complaintDeadlines(c: Pick<LadderComplaint, 'state' | 'acknowledgeDueAt' | 'resolveDueAt'>): LadderDeadline[] {
  if ((FINISHED as readonly string[]).includes(c.state)) return [];
  const out: LadderDeadline[] = [];
  const add = (name: keyof typeof LABELS, value: string | Date | null) => {
    if (!value) return;
    out.push({ name, dueAt: new Date(value), labelTh: LABELS[name].th, labelEn: LABELS[name].en });
  };
  if (c.state === 'received') add('acknowledge', c.acknowledgeDueAt);
  add('resolve', c.resolveDueAt);
  return out;
}

export const complaintLadder: LadderSource<LadderComplaint> = {
  name: 'complaint',
  labelTh: 'เรื่องร้องเรียน',
  labelEn: 'Complaint',
  load: (strapi: Core.Strapi, { horizon, afterId, limit }) =>
    strapi.db.query(UID).findMany({
      where: {
        id: { $gt: afterId },
        state: { $notIn: FINISHED },
        $or: [{ resolveDueAt: { $lte: horizon } }, { state: 'received', acknowledgeDueAt: { $lte: horizon } }],
      },
      select: ['id', 'documentId', 'state', 'ticketNumber', 'title', 'acknowledgeDueAt', 'resolveDueAt'],
      populate: {
        assignedTeam: { select: ['email'], populate: { lead: { select: ['email'] } } },
        province: { select: ['industryOfficeEmail'] },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  deadlines: complaintDeadlines,
  recipients(c: LadderComplaint, step: LadderStep): string[] {
    const one = (v: string | null | undefined) => (v ? [v] : []);
    switch (step.recipientKind) {
      case 'assignee':
        return one(c.assignedTeam?.email);
      case 'assignee_lead':
        return one(c.assignedTeam?.lead?.email);
      case 'province_office':
        return one(c.province?.industryOfficeEmail);
      default:
        return addressesOf(step);
    }
  },
  describe: (c: LadderComplaint, base: string) => ({
    ref: c.ticketNumber,
    title: c.title,
    link: `${base}/admin/content-manager/collection-types/${UID}/${c.documentId}`,
  }),
};

const job: Job = {
  name: 'escalate-complaint-deadlines',
  description: "Escalation ladder over complaints' deadlines: each step once per complaint and deadline, one digest per recipient per day",
  labelTh: 'ยกระดับเรื่องร้องเรียนตามกำหนดเวลา (สรุปรายวัน)',
  defaultSchedule: '0 8 * * *',
  run: (ctx) => runLadder(ctx, [complaintLadder as LadderSource<{ id: number; documentId: string }>]),
};

export default job;
