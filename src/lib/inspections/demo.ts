import type { Core, Data } from '@strapi/strapi';
import { INSPECTION_UID as UID, FINDING_UID } from './model';
import { AGENCY_UID, PROVINCE_UID, type DocumentInput } from '../platform/model';
import { asTrusted } from '../platform/trusted-write';

/**
 * Demo inspections: round 1 of the current fiscal year with a regular and an integrated inspection,
 * and a dozen findings in different states, some overdue. Skipped when the first one exists.
 */
const DAY = 86400_000;

/** Rows by code (`code` is required in both schemas; the demo's codes are in the shipped reference data, hence the `!` below). */
type Agency = Data.ContentType<typeof AGENCY_UID> & { code: string };
type Province = Data.ContentType<typeof PROVINCE_UID, 'code'> & { code: string };

type Row = [agency: string, severity: string, state: string, dueInDays: number, title: string];

const findings: Record<string, Row[]> = {
  'INS-2569-R1-REG': [
    ['DIW', 'high', 'open', -12, 'การตรวจกำกับโรงงานจำพวกที่ 3 ล่าช้ากว่าแผน'],
    ['DIW', 'medium', 'responded', -2, 'ฐานข้อมูลใบอนุญาตไม่เป็นปัจจุบัน'],
    ['DIW', 'low', 'accepted', -20, 'ป้ายประกาศขั้นตอนการอนุญาตไม่ครบ'],
    ['DIPROM', 'medium', 'open', 7, 'โครงการพัฒนา SME ยังไม่ได้ประเมินผลลัพธ์'],
    ['DIPROM', 'critical', 'reopened', -4, 'การเบิกจ่ายงบประมาณไม่เป็นไปตามแผน'],
    ['TISI', 'low', 'open', 14, 'การสุ่มตรวจสินค้าออนไลน์ยังมีจำนวนน้อย'],
  ],
  'INS-2569-R1-INT': [
    ['DPIM', 'high', 'open', -30, 'การติดตามเหมืองที่หมดอายุประทานบัตร'],
    ['DPIM', 'medium', 'responded', 3, 'แผนฟื้นฟูพื้นที่เหมืองยังไม่ครบถ้วน'],
    ['OIE', 'low', 'accepted', -10, 'ข้อมูลดัชนีอุตสาหกรรมรายจังหวัดล่าช้า'],
    ['OCSB', 'medium', 'open', 21, 'การตรวจวัดค่าความหวานอ้อยยังไม่ทั่วถึง'],
    ['DIW', 'critical', 'open', -1, 'การจัดการกากอุตสาหกรรมนอกระบบในพื้นที่ภาคตะวันออก'],
    ['OPS', 'medium', 'responded', 10, 'การบูรณาการข้อมูลร้องเรียนระหว่างหน่วยงาน'],
  ],
};

export async function loadInspectionsDemo(strapi: Core.Strapi): Promise<number> {
  if (await strapi.db.query(UID).findOne({ where: { code: 'INS-2569-R1-REG' } })) return 0;
  const agencies = new Map<string, Agency>((await strapi.db.query(AGENCY_UID).findMany({})).map((a: Agency) => [a.code, a]));
  const provinces = new Map<string, Province>(
    (await strapi.db.query(PROVINCE_UID).findMany({ select: ['code', 'documentId'] })).map((p: Province) => [p.code, p]),
  );
  const now = Date.now();
  const specs = [
    {
      code: 'INS-2569-R1-REG',
      title: 'ตรวจราชการแบบปกติ รอบที่ 1 ปีงบประมาณ 2569',
      type: 'regular',
      state: 'reported',
      provinces: ['TH-20', 'TH-21'],
    },
    {
      code: 'INS-2569-R1-INT',
      title: 'ตรวจราชการแบบบูรณาการ รอบที่ 1 ปีงบประมาณ 2569',
      type: 'integrated',
      state: 'in_progress',
      provinces: ['TH-50', 'TH-57'],
    },
  ];
  let count = 0;
  for (const spec of specs) {
    const rows = findings[spec.code];
    const inspection = await strapi.documents(UID).create({
      data: {
        code: spec.code,
        title: spec.title,
        type: spec.type,
        fiscalYear: 2569,
        round: 1,
        state: spec.state,
        agencies: [...new Set(rows.map((r) => agencies.get(r[0])!.documentId))],
        provinces: spec.provinces.map((c) => provinces.get(c)!.documentId),
        startDate: new Date(now - 40 * DAY).toISOString().slice(0, 10),
        endDate: new Date(now - 35 * DAY).toISOString().slice(0, 10),
      } as DocumentInput<typeof UID>,
    });
    for (const [agency, severity, state, dueInDays, title] of rows) {
      const answered = state !== 'open';
      // trusted: the demo writes the agencies' answers as /respond would
      await asTrusted(() =>
        strapi.documents(FINDING_UID).create({
          data: {
            inspection: inspection.documentId,
            title,
            finding: title,
            recommendation: 'ให้หน่วยงานจัดทำแผนแก้ไขพร้อมกำหนดเวลาและรายงานผล',
            severity,
            responsibleAgency: agencies.get(agency)!.documentId,
            dueAt: new Date(now + dueInDays * DAY),
            state,
            agencyResponse: answered ? 'ดำเนินการตามข้อเสนอแนะแล้ว รายละเอียดตามเอกสารแนบ' : null,
            respondedAt: answered ? new Date(now - 3 * DAY) : null,
            acceptedAt: state === 'accepted' ? new Date(now - DAY) : null,
            reviewComment: state === 'reopened' ? 'ขอหลักฐานการเบิกจ่ายเพิ่มเติม' : null,
          } as DocumentInput<typeof FINDING_UID>,
        }),
      );
      count++;
    }
  }
  return count;
}
