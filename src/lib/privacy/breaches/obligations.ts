import type { Core } from '@strapi/strapi';
import type { ObligationSource } from '../../platform/obligations/source';
import { addressesOf, type LadderStep } from '../../platform/obligations/ladder';
import { adminEntryLink, publicBaseUrl } from '../../platform/links';
import { ADMIN_USER_UID } from '../../platform/model';
import { BREACH_UID, type BreachRow } from './model';

/**
 * The PDPC's 72-hour clock as an obligation (src/lib/platform/obligations): owed by the privacy
 * officers while a breach is suspected or confirmed and the PDPC has not been told; dismissing the
 * breach or recording the PDPC notice mutes it. The next level is the super administrators.
 *
 * The ladder is in hours from the deadline (discovery + 72 h). The engine reads steps in hours but runs
 * once a day (08:30) and sends one digest per recipient per day, so each step goes out at the first
 * daily run after its time: a breach found in the afternoon is first chased the next morning, and
 * once the deadline has passed the super administrators are told every day until it is met.
 */
interface OwedBreach extends Pick<BreachRow, 'id' | 'documentId' | 'title' | 'state' | 'notifyBy'> {
  officers: string[];
  superAdmins: string[];
  /** the breach in the Content Manager */
  link: string;
}

const SUPER_ADMIN = 'strapi-super-admin';

const activeAdminEmails = async (strapi: Core.Strapi, role: string): Promise<string[]> =>
  (
    (await strapi.db.query(ADMIN_USER_UID).findMany({
      where: { isActive: true, blocked: false, roles: { code: role } },
      select: ['email'],
    })) as Array<{ email?: string | null }>
  )
    .map((u) => u.email ?? '')
    .filter(Boolean);

const LADDER: Omit<LadderStep, 'source'>[] = [
  {
    id: 'breach:48h-left',
    deadline: 'any',
    offsetHours: -48,
    recipientKind: 'owner',
    labelTh: 'เหลือเวลาแจ้ง สคส. อีก 48 ชั่วโมง',
    labelEn: '48 hours left to notify the PDPC',
  },
  {
    id: 'breach:24h-left',
    deadline: 'any',
    offsetHours: -24,
    recipientKind: 'owner',
    labelTh: 'เหลือเวลาแจ้ง สคส. อีก 24 ชั่วโมง',
    labelEn: '24 hours left to notify the PDPC',
  },
  {
    id: 'breach:overdue',
    deadline: 'any',
    offsetHours: 0,
    repeatEveryDays: 1,
    recipientKind: 'owner',
    labelTh: 'เกินกำหนดแจ้ง สคส. (72 ชั่วโมง)',
    labelEn: 'PDPC notice overdue (72 hours)',
  },
  {
    id: 'breach:escalate',
    deadline: 'any',
    offsetHours: 0,
    repeatEveryDays: 1,
    recipientKind: 'next_level',
    labelTh: 'ยกระดับ: ยังไม่แจ้ง สคส. ภายใน 72 ชั่วโมง',
    labelEn: 'Escalated: the PDPC was not notified within 72 hours',
  },
];

/** The PDPC notice of a breach, chased by the privacy officers' digest. */
export function breachObligations(privacyOfficer: string): ObligationSource<OwedBreach> {
  return {
    name: 'breach',
    labelTh: 'เหตุละเมิดข้อมูลส่วนบุคคล',
    labelEn: 'Personal data breach',
    // 72 hours run through weekends and holidays
    anyDay: true,
    defaultLadder: LADDER,
    load: async (strapi, { horizon, afterId, limit }) => {
      const rows: Array<Omit<OwedBreach, 'officers' | 'superAdmins' | 'link'>> = await strapi.db.query(BREACH_UID).findMany({
        where: {
          id: { $gt: afterId },
          state: { $in: ['suspected', 'confirmed'] },
          pdpcNotifiedAt: { $null: true },
          notifyBy: { $lte: horizon },
        },
        select: ['id', 'documentId', 'title', 'state', 'notifyBy'],
        orderBy: { id: 'asc' },
        limit,
      });
      if (!rows.length) return [];
      const officers = await activeAdminEmails(strapi, privacyOfficer);
      const superAdmins = await activeAdminEmails(strapi, SUPER_ADMIN);
      const base = publicBaseUrl(strapi);
      return rows.map((r) => ({ ...r, officers, superAdmins, link: adminEntryLink(strapi, base, BREACH_UID, r.documentId) }));
    },
    deadlines: (b) =>
      b.notifyBy ? [{ name: 'pdpc', dueAt: new Date(b.notifyBy), labelTh: 'กำหนดแจ้ง สคส.', labelEn: 'PDPC notice due' }] : [],
    recipients(b, step) {
      if (step.recipientKind === 'owner') return b.officers.length ? b.officers : b.superAdmins;
      if (step.recipientKind === 'next_level') return b.superAdmins;
      if (step.recipientKind === 'address') return addressesOf(step);
      return [];
    },
    why: (kind) =>
      kind === 'owner'
        ? { th: 'คุณเป็นเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล', en: 'you are the privacy officer' }
        : { th: 'คุณเป็นผู้ดูแลระบบสูงสุด', en: 'you are a super administrator' },
    describe: (b) => ({ ref: `BR-${b.id}`, title: b.title, link: b.link }),
  };
}
