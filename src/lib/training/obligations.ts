import type { ObligationSource } from '../platform/obligations/source';
import { addressesOf } from '../platform/obligations/ladder';
import { bangkokDate } from '../platform/thai-date';
import { USER_UID } from '../platform/model';
import { ACK_UID, MATERIAL_UID } from './model';
import { audienceOf, usersWhoMustAcknowledge } from './audience';

/**
 * Required reading as obligations (src/lib/platform/obligations): a published material with a
 * `requiredDueDate` is owed by everyone who must acknowledge it (./audience.ts) and has not
 * acknowledged its current version, by the end of that Bangkok day. Each reader is muted as soon as
 * they acknowledge; the material drops out when all have. A new version is a new cycle (owed afresh).
 */
interface OwedMaterial {
  id: number;
  documentId: string;
  slug: string;
  title: string;
  version: number;
  requiredDueDate: string;
  /** the addresses of those who must still acknowledge, read by `load` */
  readers: string[];
}

/** The end of a Bangkok day (YYYY-MM-DD): what "by that date" means to a reader. */
const endOfDay = (date: string) => new Date(`${String(date).slice(0, 10)}T23:59:00+07:00`);

export const readingObligations: ObligationSource<OwedMaterial> = {
  name: 'reading',
  labelTh: 'เอกสารที่ต้องอ่าน',
  labelEn: 'Required reading',
  async load(strapi, { horizon, afterId, limit }) {
    const rows: Array<
      Omit<OwedMaterial, 'readers'> & {
        requiredForRoles?: { id: number }[];
        requiredForAgencies?: { id: number }[];
        requiredForProvinces?: { id: number }[];
      }
    > = await strapi.db.query(MATERIAL_UID).findMany({
      where: { id: { $gt: afterId }, publishedAt: { $notNull: true }, requiredDueDate: { $notNull: true, $lte: bangkokDate(horizon) } },
      select: ['id', 'documentId', 'slug', 'title', 'version', 'requiredDueDate'],
      populate: { requiredForRoles: { select: ['id'] }, requiredForAgencies: { select: ['id'] }, requiredForProvinces: { select: ['id'] } },
      orderBy: { id: 'asc' },
      limit,
    });
    const out: OwedMaterial[] = [];
    for (const m of rows) {
      const owing = await usersWhoMustAcknowledge(strapi, audienceOf(m));
      if (!owing.length) continue;
      const read: { user?: { id: number } | null }[] = await strapi.db.query(ACK_UID).findMany({
        where: { materialDocumentId: m.documentId, version: { $gte: m.version }, user: { id: { $in: owing } } },
        select: ['id'],
        populate: { user: { select: ['id'] } },
      });
      const done = new Set(read.map((a) => a.user?.id));
      const left = owing.filter((id) => !done.has(id));
      const users: { email?: string | null }[] = left.length
        ? await strapi.db.query(USER_UID).findMany({ where: { id: { $in: left } }, select: ['email'] })
        : [];
      out.push({ ...m, readers: users.map((u) => u.email ?? '').filter(Boolean) });
    }
    // `id` orders the batches: the last row read, even when it owed nothing
    if (rows.length && out[out.length - 1]?.id !== rows[rows.length - 1].id) out.push({ ...rows[rows.length - 1], readers: [] });
    return out;
  },
  deadlines: (m) =>
    m.readers.length
      ? [
          {
            name: 'due',
            dueAt: endOfDay(m.requiredDueDate),
            cycle: m.version > 1 ? m.version - 1 : 0,
            labelTh: 'กำหนดอ่านและรับทราบ',
            labelEn: 'read and acknowledge by',
          },
        ]
      : [],
  recipients(m, step) {
    if (step.recipientKind === 'owner') return m.readers;
    if (step.recipientKind === 'address') return addressesOf(step);
    return [];
  },
  why: () => ({
    th: 'บทบาทและหน่วยงานของคุณต้องอ่านและกดรับทราบเอกสารนี้',
    en: 'your role and workplace must read and acknowledge this material',
  }),
  describe: (m, base) => ({ ref: m.slug, title: m.title, link: `${base}/training/#/m/${encodeURIComponent(m.slug)}` }),
};
