import { ensureDemoUser } from '../platform/demo-users';
import type { Core, Data } from '@strapi/strapi';
import { generateExpectedReports } from './jobs/generate-expected-reports';
import { PROJECT_UID, REPORT_UID } from './model';
import { AGENCY_UID, type DocumentInput, type DocumentUpdate } from '../platform/model';
import { fiscalYearOf, parseDate, formatYmd } from './periods';
import { bangkokDate } from '../platform/thai-date';

/**
 * Demo data for mandatory reporting: 20 projects of several agencies with different frequencies,
 * their expected reports since the start of the fiscal year, most submitted or accepted, some
 * returned or waived, some pending and overdue (long enough to be escalated), and a few due in the
 * next days — so `npm run jobs -- run chase-obligations` has something to do. Plus the agency
 * officer `demo.agency` (password `Demo-Passw0rd!`) reporting for DIW. Loaded once: nothing is
 * added when a DEMO- project exists.
 */

const NAMES: Array<[string, string]> = [
  ['ยกระดับมาตรฐานโรงงานอุตสาหกรรมอาหาร', 'Food factory standards upgrade'],
  ['พัฒนาอุตสาหกรรมชีวภาพ', 'Bio-industry development'],
  ['ส่งเสริมวิสาหกิจชุมชนสู่อุตสาหกรรม', 'Community enterprises into industry'],
  ['ลดมลพิษจากโรงงานในนิคมอุตสาหกรรม', 'Industrial estate pollution reduction'],
  ['ตรวจติดตามการจัดการกากอุตสาหกรรม', 'Industrial waste monitoring'],
  ['พัฒนาผู้ประกอบการอุตสาหกรรมดิจิทัล', 'Digital industry entrepreneurs'],
  ['เพิ่มผลิตภาพแรงงานภาคการผลิต', 'Manufacturing labour productivity'],
  ['ส่งเสริมเศรษฐกิจหมุนเวียนในอุตสาหกรรม', 'Circular economy in industry'],
  ['พัฒนามาตรฐานผลิตภัณฑ์ยานยนต์ไฟฟ้า', 'Electric vehicle product standards'],
  ['บริหารจัดการเหมืองแร่อย่างยั่งยืน', 'Sustainable mining management'],
  ['ยกระดับอุตสาหกรรมอ้อยและน้ำตาล', 'Cane and sugar industry upgrade'],
  ['ศูนย์ทดสอบผลิตภัณฑ์อุตสาหกรรมภูมิภาค', 'Regional product testing centres'],
  ['พัฒนาอุตสาหกรรมสิ่งทอมูลค่าสูง', 'High-value textiles'],
  ['ส่งเสริมการใช้พลังงานทดแทนในโรงงาน', 'Renewable energy in factories'],
  ['พัฒนาระบบข้อมูลโรงงานอุตสาหกรรม', 'Factory information system'],
  ['ยกระดับความปลอดภัยในโรงงาน', 'Factory safety'],
  ['ส่งเสริมอุตสาหกรรมฮาลาล', 'Halal industry promotion'],
  ['พัฒนาอุตสาหกรรมเครื่องมือแพทย์', 'Medical devices industry'],
  ['เตรียมความพร้อมรับมือภัยพิบัติในนิคมอุตสาหกรรม', 'Industrial estate disaster preparedness'],
  ['ติดตามการใช้จ่ายงบประมาณกองทุนพัฒนาอุตสาหกรรม', 'Industry fund spending follow-up'],
];

const FREQUENCIES = ['monthly', 'quarterly', 'monthly', 'semiannual', 'quarterly', 'annual', 'monthly', 'quarterly'] as const;
const AGENCY_CODES = ['DIW', 'DIPROM', 'DPIM', 'TISI', 'OIE', 'OCSB'];

/** The demo projects' data at `now` (pure; `agencyCode` is resolved to the agency by the loader). */
export function demoProjects(now: Date) {
  const today = bangkokDate(now);
  const fy = fiscalYearOf(today);
  // Early in a fiscal year few reports have come due: start the demo in the previous one, so that
  // quarters have come due and every report state has rows, whatever the date.
  const { y, m } = parseDate(today);
  const startFy = m >= 10 ? fy - 1 : fy;
  const lastMonthEnd = formatYmd(y, m, 0);
  const daysSinceLastMonthEnd = Math.round((Date.parse(today) - Date.parse(lastMonthEnd)) / 86_400_000);
  return NAMES.map(([nameTh, nameEn], i) => {
    const frequency = FREQUENCIES[i % FREQUENCIES.length];
    // three monthly projects have last month's report due in two days
    const dueSoon = frequency === 'monthly' && i < 8;
    return {
      code: `DEMO-${startFy}-${String(i + 1).padStart(3, '0')}`,
      name: `โครงการ${nameTh}`,
      nameEn,
      agencyCode: AGENCY_CODES[i % AGENCY_CODES.length],
      officerName: `เจ้าหน้าที่โครงการ ${i + 1}`,
      officerEmail: `project${i + 1}.officer@demo.mind-desk.local`,
      supervisorEmail: `project${i + 1}.supervisor@demo.mind-desk.local`,
      fiscalYear: startFy,
      budget: 1_000_000 * ((i % 7) + 1),
      startDate: `${startFy - 544}-10-01`,
      endDate: `${startFy - 542}-09-30`,
      state: i === 19 ? 'suspended' : 'active',
      reportingFrequency: frequency,
      dueDaysAfterPeriodEnd: dueSoon ? daysSinceLastMonthEnd + 2 : 15,
      emailLocale: i === 7 ? 'en' : 'th',
      kpis: [
        { code: 'K1', name: 'จำนวนสถานประกอบการที่ได้รับการพัฒนา', unit: 'แห่ง', target: 20 + i },
        { code: 'K2', name: 'ร้อยละการเบิกจ่ายงบประมาณ', unit: '%', target: 100 },
      ],
    };
  });
}

/**
 * What becomes of the n-th (1-based, in id order) report already due: most were sent, every fifth
 * is still missing (null: left pending, overdue), some were returned or waived.
 */
export function demoReportUpdate(n: number, dueAt: Date): Record<string, unknown> | null {
  if (n % 5 === 0) return null;
  if (n % 11 === 0) return { state: 'waived', reviewerComment: 'ยกเว้นการรายงานงวดนี้ (โครงการอยู่ระหว่างปรับแผน)' };
  if (n % 7 === 0) {
    return {
      state: 'returned',
      submittedAt: new Date(dueAt.getTime() - 2 * 86_400_000),
      progressPercent: 30,
      narrative: 'ดำเนินการตามแผน',
      reviewerComment: 'กรุณาแนบหลักฐานการเบิกจ่าย',
      reviewedAt: new Date(dueAt.getTime() + 3 * 86_400_000),
      returnCount: 1,
    };
  }
  const late = n % 4 === 0;
  return {
    state: n % 3 === 0 ? 'submitted' : 'accepted',
    submittedAt: new Date(dueAt.getTime() + (late ? 4 : -3) * 86_400_000),
    late,
    progressPercent: Math.min(100, 20 + (n % 8) * 10),
    budgetSpent: 150_000 + (n % 9) * 50_000,
    narrative: 'ดำเนินกิจกรรมตามแผนงาน จัดอบรมและให้คำปรึกษาแก่สถานประกอบการ',
    obstacles: n % 2 ? 'ความล่าช้าในการจัดซื้อจัดจ้าง' : null,
  };
}

/** An agency row as the query returns it. */
type Agency = Data.ContentType<typeof AGENCY_UID>;

export async function loadReportingDemo(strapi: Core.Strapi, now: Date = new Date()): Promise<number> {
  if (await strapi.db.query(PROJECT_UID).count({ where: { code: { $startsWith: 'DEMO-' } } })) return 0;
  const agencies = await strapi.db.query(AGENCY_UID).findMany({ where: { code: { $in: AGENCY_CODES } } });
  const byCode = new Map(agencies.map((a: Agency) => [a.code, a]));
  for (const { agencyCode, ...data } of demoProjects(now)) {
    const agency = byCode.get(agencyCode);
    await strapi.documents(PROJECT_UID).create({ data: { ...data, agency: agency?.documentId } as DocumentInput<typeof PROJECT_UID> });
  }

  await generateExpectedReports({ strapi, now, dryRun: false });

  // History: of the reports already due, most were sent; a few are still missing (overdue).
  const due = await strapi.db.query(REPORT_UID).findMany({
    where: { dueAt: { $lt: now }, project: { code: { $startsWith: 'DEMO-' } } },
    populate: { project: { select: ['code'] } },
    orderBy: { id: 'asc' },
  });
  let n = 0;
  for (const r of due) {
    const data = demoReportUpdate(++n, new Date(r.dueAt));
    if (data) await strapi.documents(REPORT_UID).update({ documentId: r.documentId, data: data as DocumentUpdate<typeof REPORT_UID> });
  }

  const officer = await ensureDemoUser(strapi, 'demo.agency', 'agency-officer');
  const diw = byCode.get('DIW');
  if (diw) {
    await strapi.db.query(AGENCY_UID).update({ where: { id: diw.id }, data: { reportingOfficers: [officer.id] } });
  }
  return NAMES.length;
}
