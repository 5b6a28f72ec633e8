import type { ObligationSource } from '../platform/obligations/source';
import { addressesOf } from '../platform/obligations/ladder';
import { staffLink } from '../platform/links';
import { FINDING_UID } from './model';
import { FINDING_OWED } from './rules';

/**
 * Inspection findings as obligations (src/lib/platform/obligations): owed while open, by the due date;
 * a re-opened finding is owed afresh (its re-open count is the cycle). The owner is the responsible
 * agency's reporting officers (its contact address when it has none); the next level the agency head
 * and the inspection's inspectors.
 */
interface OwedFinding {
  id: number;
  documentId: string;
  state: string;
  dueAt: string;
  reopenCount?: number | null;
  title: string;
  responsibleAgency?: { headEmail?: string | null; contactEmail?: string | null; reportingOfficers?: { email?: string | null }[] } | null;
  inspection?: { code: string; inspectors?: { email?: string | null }[] } | null;
}

export const findingObligations: ObligationSource<OwedFinding> = {
  name: 'finding',
  labelTh: 'ข้อเสนอแนะจากการตรวจราชการ',
  labelEn: 'Inspection finding',
  escalatedUid: FINDING_UID,
  load: (strapi, { horizon, afterId, limit }) =>
    strapi.db.query(FINDING_UID).findMany({
      where: { state: { $in: FINDING_OWED }, dueAt: { $lte: horizon }, id: { $gt: afterId } },
      select: ['id', 'documentId', 'state', 'dueAt', 'reopenCount', 'title'],
      populate: {
        responsibleAgency: { select: ['headEmail', 'contactEmail'], populate: { reportingOfficers: { select: ['email'] } } },
        inspection: { select: ['code'], populate: { inspectors: { select: ['email'] } } },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  deadlines: (f) =>
    f.dueAt ? [{ name: 'due', dueAt: new Date(f.dueAt), cycle: f.reopenCount, labelTh: 'กำหนดดำเนินการ', labelEn: 'due date' }] : [],
  recipients(f, step) {
    const agency = f.responsibleAgency;
    if (step.recipientKind === 'owner') {
      const officers = (agency?.reportingOfficers ?? []).map((u) => u.email ?? '').filter(Boolean);
      return officers.length ? officers : agency?.contactEmail ? [agency.contactEmail] : [];
    }
    if (step.recipientKind === 'next_level')
      return [agency?.headEmail ?? '', ...(f.inspection?.inspectors ?? []).map((i) => i.email ?? '')].filter(Boolean);
    if (step.recipientKind === 'address') return addressesOf(step);
    return [];
  },
  why: (kind) =>
    kind === 'owner'
      ? { th: 'หน่วยงานของคุณรับผิดชอบข้อเสนอแนะนี้', en: 'your agency is responsible for this finding' }
      : { th: 'คุณเป็นหัวหน้าหน่วยงานที่รับผิดชอบ หรือผู้ตรวจราชการของการตรวจนี้', en: 'you head the responsible agency or inspected it' },
  describe: (f, base) => ({ ref: f.inspection?.code ?? '', title: f.title, link: staffLink(base, 'finding', f.documentId) }),
};
