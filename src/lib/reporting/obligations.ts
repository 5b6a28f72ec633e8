import type { ObligationSource } from '../platform/obligations/source';
import { addressesOf } from '../platform/obligations/ladder';
import { reportLink } from './emails';
import { OWED_STATES, REPORT_UID } from './model';

/**
 * Progress reports as obligations (src/lib/platform/obligations): a report is owed while pending or
 * returned, by its due date; a returned one is owed afresh (its return count is the cycle). The owner
 * is the project's officer and the agency's reporting officers (so an agency officer's digest lists
 * everything the agency owes); the next level the project's supervisor and the agency head (the
 * agency's contact address when it has neither). A cancelled project owes nothing.
 */
interface OwedReport {
  id: number;
  documentId: string;
  state: string;
  dueAt: string;
  periodLabel: string;
  returnCount?: number | null;
  project?: {
    code: string;
    name: string;
    officerEmail?: string | null;
    supervisorEmail?: string | null;
    state: string;
    agency?: { headEmail?: string | null; contactEmail?: string | null; reportingOfficers?: { email?: string | null }[] } | null;
  } | null;
}

export const reportObligations: ObligationSource<OwedReport> = {
  name: 'report',
  labelTh: 'รายงานความก้าวหน้า',
  labelEn: 'Progress report',
  escalatedUid: REPORT_UID,
  load: (strapi, { horizon, afterId, limit }) =>
    strapi.db.query(REPORT_UID).findMany({
      where: { state: { $in: OWED_STATES }, dueAt: { $lte: horizon }, id: { $gt: afterId }, project: { state: { $ne: 'cancelled' } } },
      select: ['id', 'documentId', 'state', 'dueAt', 'periodLabel', 'returnCount'],
      populate: {
        project: {
          select: ['code', 'name', 'officerEmail', 'supervisorEmail', 'state'],
          populate: { agency: { select: ['headEmail', 'contactEmail'], populate: { reportingOfficers: { select: ['email'] } } } },
        },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  deadlines: (r) =>
    r.project && r.dueAt
      ? [{ name: 'due', dueAt: new Date(r.dueAt), cycle: r.returnCount, labelTh: 'กำหนดส่งรายงาน', labelEn: 'report due' }]
      : [],
  recipients(r, step) {
    const agency = r.project?.agency;
    if (step.recipientKind === 'owner')
      return [r.project?.officerEmail ?? '', ...(agency?.reportingOfficers ?? []).map((u) => u.email ?? '')];
    if (step.recipientKind === 'next_level') {
      const up = [r.project?.supervisorEmail, agency?.headEmail].filter((a): a is string => !!a);
      return up.length ? up : agency?.contactEmail ? [agency.contactEmail] : [];
    }
    if (step.recipientKind === 'address') return addressesOf(step);
    return [];
  },
  why: (kind) =>
    kind === 'owner'
      ? { th: 'คุณเป็นผู้รับผิดชอบรายงานของโครงการ หรือเจ้าหน้าที่รายงานของหน่วยงานเจ้าของโครงการ', en: 'you report for the project or for its agency' }
      : { th: 'คุณเป็นผู้บังคับบัญชาของผู้รับผิดชอบรายงาน หรือหัวหน้าหน่วยงาน', en: "you supervise the project's reporting or head its agency" },
  describe: (r, base) => ({
    ref: `${r.project?.code ?? ''} ${r.periodLabel}`.trim(),
    title: r.project?.name ?? '',
    link: reportLink(base, r.documentId),
  }),
};
