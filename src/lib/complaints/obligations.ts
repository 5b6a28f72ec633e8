import type { ObligationSource } from '../platform/obligations/source';
import { addressesOf, type LadderDeadline } from '../platform/obligations/ladder';
import { COMPLAINT_UID as UID, FINISHED } from './model';

/**
 * Complaint deadlines as obligations (src/lib/platform/obligations): the acknowledge deadline while a
 * complaint is still `received`, the resolve deadline until it is finished. Only the steps an
 * administrator sets (no default ladder: the SLA watch already warns the team). A step's recipient
 * kind reaches: `owner`/`assignee` the assigned response team's address, `next_level`/`assignee_lead`
 * its lead, `province_office` the complaint's provincial industry office, `address` the step's own.
 */
interface OwedComplaint {
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
export function complaintDeadlines(c: Pick<OwedComplaint, 'state' | 'acknowledgeDueAt' | 'resolveDueAt'>): LadderDeadline[] {
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

const WHY = {
  team: { th: 'ทีมของคุณได้รับมอบหมายเรื่องนี้', en: 'your team is assigned this complaint' },
  lead: { th: 'คุณเป็นหัวหน้าทีมที่ได้รับมอบหมาย', en: 'you lead the assigned team' },
  office: { th: 'เรื่องนี้อยู่ในจังหวัดของสำนักงานคุณ', en: "the complaint is in your office's province" },
};

export const complaintObligations: ObligationSource<OwedComplaint> = {
  name: 'complaint',
  labelTh: 'เรื่องร้องเรียน',
  labelEn: 'Complaint',
  defaultLadder: 'none',
  load: (strapi, { horizon, afterId, limit }) =>
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
  recipients(c, step) {
    const one = (v: string | null | undefined) => (v ? [v] : []);
    switch (step.recipientKind) {
      case 'owner':
      case 'assignee':
        return one(c.assignedTeam?.email);
      case 'next_level':
      case 'assignee_lead':
        return one(c.assignedTeam?.lead?.email);
      case 'province_office':
        return one(c.province?.industryOfficeEmail);
      default:
        return addressesOf(step);
    }
  },
  why: (kind) => (kind === 'owner' || kind === 'assignee' ? WHY.team : kind === 'province_office' ? WHY.office : WHY.lead),
  describe: (c, base) => ({
    ref: c.ticketNumber,
    title: c.title,
    link: `${base}/admin/content-manager/collection-types/${UID}/${c.documentId}`,
  }),
};
