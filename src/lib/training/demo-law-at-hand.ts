import type { Core } from '@strapi/strapi';
import { asTrusted } from '../platform/trusted-write';
import { MATERIAL_UID } from './model';

/**
 * Demo "law at hand": the complaint categories and the demo inspection findings link the demo materials
 * (provisions and fund measures) that apply, so the admin work panel shows them. Runs after the
 * complaints and inspections demos (manifest order); a category or finding that already links
 * something (an administrator's choice, or a previous start) is left alone.
 */
const CATEGORY_UID = 'api::complaint-category.complaint-category';
const FINDING_UID = 'api::inspection-finding.inspection-finding';

/** Category code → material slugs. */
const byCategory: Record<string, string[]> = {
  factory_odour: ['factory-act-2535', 'announcement-air-emission-2549', 'environment-act-2535-factories'],
  wastewater: ['factory-act-2535', 'announcement-effluent-2560', 'environment-act-2535-factories', 'sme-restructuring-criteria'],
  noise: ['factory-act-2535', 'environment-act-2535-factories'],
  dust_smoke: ['factory-act-2535', 'announcement-air-emission-2549', 'eia-guideline-factories'],
  illegal_factory: ['factory-act-2535', 'factory-act-no2-2562', 'mr-factory-types-2563'],
  chemical_leak: ['hazardous-substances-act-2535', 'factory-act-2535', 'emergency-complaint-guideline'],
};

/** Demo finding title (src/lib/inspections/demo.ts) → material slugs. */
const byFinding: Record<string, string[]> = {
  'การตรวจกำกับโรงงานจำพวกที่ 3 ล่าช้ากว่าแผน': ['factory-act-2535', 'mr-factory-types-2563', 'mr-private-inspectors-2563'],
  ฐานข้อมูลใบอนุญาตไม่เป็นปัจจุบัน: ['factory-act-no2-2562'],
  'โครงการพัฒนา SME ยังไม่ได้ประเมินผลลัพธ์': ['sme-pracharat-loan-measure', 'sme-restructuring-criteria'],
  การเบิกจ่ายงบประมาณไม่เป็นไปตามแผน: ['micro-enterprise-revolving-fund', 'sme-pracharat-loan-measure'],
  การสุ่มตรวจสินค้าออนไลน์ยังมีจำนวนน้อย: ['tisi-act-2511', 'tis-licence-manual'],
  การจัดการกากอุตสาหกรรมนอกระบบในพื้นที่ภาคตะวันออก: ['factory-act-2535', 'hazardous-substances-act-2535', 'mr-factory-types-2563'],
  การบูรณาการข้อมูลร้องเรียนระหว่างหน่วยงาน: ['grievance-regulation-2552', 'pdpa-2562'],
};

type Row = { documentId: string; provisions?: unknown[] };

export async function linkDemoLawAtHand(strapi: Core.Strapi): Promise<number> {
  const slugs = [...new Set([...Object.values(byCategory), ...Object.values(byFinding)].flat())];
  const materials: { slug: string; documentId: string }[] = await strapi.db
    .query(MATERIAL_UID)
    .findMany({ where: { slug: { $in: slugs } }, select: ['slug', 'documentId'] });
  const ids = new Map(materials.map((m) => [m.slug, m.documentId]));
  const toIds = (list: string[]) => [...new Set(list.map((s) => ids.get(s)).filter((id): id is string => Boolean(id)))];
  let linked = 0;

  const link = async (uid: typeof CATEGORY_UID | typeof FINDING_UID, field: 'code' | 'title', map: Record<string, string[]>) => {
    const rows: (Row & Record<string, string>)[] = await strapi.db.query(uid).findMany({
      where: { [field]: { $in: Object.keys(map) } },
      select: ['documentId', field],
      populate: { provisions: { select: ['id'] } },
    });
    for (const row of rows) {
      const provisions = toIds(map[row[field]] ?? []);
      if (row.provisions?.length || !provisions.length) continue;
      // trusted: the findings' guard keeps the workflow's fields, which this leaves as they are
      await asTrusted(() => strapi.documents(uid).update({ documentId: row.documentId, data: { provisions } as never }));
      linked++;
    }
  };
  await link(CATEGORY_UID, 'code', byCategory);
  await link(FINDING_UID, 'title', byFinding);
  return linked;
}
