import type { ObligationSource } from '../../platform/obligations/source';
import { addressesOf } from '../../platform/obligations/ladder';
import { ADMIN_USER_UID } from '../../platform/model';
import { KIND_LABEL, OPEN_STATES, REQUEST_UID, type RequestKind } from './model';

/**
 * Data-subject requests as obligations (src/lib/platform/obligations): owed from receipt until
 * fulfilled or refused, by `dueAt` (30 calendar days, PDPA s.30). The owner is every active admin user
 * with the privacy officer's role; the next level the super admins. Admin users are not linked from the
 * request, so `load` reads their addresses once per batch and hangs them on each item.
 */
interface OwedRequest {
  id: number;
  documentId: string;
  reference: string;
  kind: RequestKind;
  dueAt: string;
  officers: string[];
  chiefs: string[];
}

const emailsOfRole = async (strapi: Parameters<ObligationSource['load']>[0], code: string): Promise<string[]> =>
  (
    (await strapi.db.query(ADMIN_USER_UID).findMany({
      where: { isActive: true, blocked: false, roles: { code } },
      select: ['email'],
    })) as { email: string }[]
  ).map((u) => u.email);

export function requestObligations(privacyOfficerRole: string): ObligationSource<OwedRequest> {
  return {
    name: 'data-subject-request',
    labelTh: 'คำขอของเจ้าของข้อมูลส่วนบุคคล',
    labelEn: 'Data-subject request',
    // a week before the statutory day, on it, then the super admins the day after and weekly
    defaultLadder: [
      {
        id: 'dsr:week',
        deadline: 'any',
        offsetHours: -7 * 24,
        recipientKind: 'owner',
        labelTh: 'เหลือเวลาตอบอีก 7 วัน',
        labelEn: 'A week left to answer',
      },
      {
        id: 'dsr:due',
        deadline: 'any',
        offsetHours: 0,
        recipientKind: 'owner',
        labelTh: 'ครบกำหนด 30 วันแล้ว',
        labelEn: 'The 30 days are up',
      },
      {
        id: 'dsr:escalate',
        deadline: 'any',
        offsetHours: 24,
        repeatEveryDays: 7,
        recipientKind: 'next_level',
        labelTh: 'ยกระดับถึงผู้ดูแลระบบสูงสุด (เกินกำหนดตามกฎหมาย)',
        labelEn: 'Escalated to the super admins (past the statutory deadline)',
      },
    ],
    async load(strapi, { horizon, afterId, limit }) {
      const rows = await strapi.db.query(REQUEST_UID).findMany({
        where: { state: { $in: OPEN_STATES }, dueAt: { $lte: horizon }, id: { $gt: afterId } },
        select: ['id', 'documentId', 'reference', 'kind', 'dueAt'],
        orderBy: { id: 'asc' },
        limit,
      });
      if (!rows.length) return [];
      const officers = await emailsOfRole(strapi, privacyOfficerRole);
      const chiefs = await emailsOfRole(strapi, 'strapi-super-admin');
      return rows.map((r: Omit<OwedRequest, 'officers' | 'chiefs'>) => ({ ...r, officers, chiefs }));
    },
    deadlines: (r) => [{ name: 'answer', dueAt: new Date(r.dueAt), labelTh: 'ต้องตอบภายใน', labelEn: 'answer by' }],
    recipients(r, step) {
      if (step.recipientKind === 'owner') return r.officers;
      if (step.recipientKind === 'next_level') return r.chiefs;
      if (step.recipientKind === 'address') return addressesOf(step);
      return [];
    },
    why: (kind) =>
      kind === 'owner'
        ? { th: 'คุณเป็นเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล', en: 'you are a privacy officer' }
        : {
            th: 'คุณเป็นผู้ดูแลระบบสูงสุด และคำขอนี้เกินกำหนดตามกฎหมาย',
            en: 'you are a super admin and this request is past its statutory deadline',
          },
    describe: (r, base) => ({
      ref: r.reference,
      title: KIND_LABEL[r.kind].th,
      link: `${base}/admin/content-manager/collection-types/${REQUEST_UID}/${r.documentId}`,
    }),
  };
}
