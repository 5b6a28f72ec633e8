import type { Core } from '@strapi/strapi';
import { asTrusted } from '../../platform/trusted-write';
import { BREACH_UID } from './model';

const DEMO_TITLE = 'แล็ปท็อปของเจ้าหน้าที่สูญหาย (ตัวอย่าง)';
const HOUR = 3600_000;

/** One suspected breach found this morning, so the register, its clock and its notice have something to show. */
export async function loadBreachDemo(strapi: Core.Strapi): Promise<number> {
  if (await strapi.db.query(BREACH_UID).findOne({ where: { title: DEMO_TITLE }, select: ['id'] })) return 0;
  const now = Date.now();
  await asTrusted(() =>
    strapi.documents(BREACH_UID).create({
      data: {
        title: DEMO_TITLE,
        description: 'แล็ปท็อปที่เคยเปิดดูข้อมูลผู้ร้องเรียนสูญหายระหว่างเดินทางไปตรวจพื้นที่',
        discoveredAt: new Date(now - 3 * HOUR).toISOString(),
        suspectedFrom: new Date(now - 27 * HOUR).toISOString(),
        suspectedTo: new Date(now - 3 * HOUR).toISOString(),
        actorKind: 'unknown',
        state: 'suspected',
        riskLevel: 'high',
        measures: 'ระงับบัญชีของเจ้าหน้าที่และเปลี่ยนรหัสผ่าน',
      },
    }),
  );
  return 1;
}
