import { formatThaiDate } from '../platform/thai-date';
import type { CsvCell } from '../platform/csv';

/**
 * The progress reports shaped for NESDC's eMENSCR (ระบบติดตามและประเมินผลแห่งชาติ), so that an agency keys
 * its progress once: one row per project and reporting period, in the order of eMENSCR's progress form —
 * the project's eMENSCR ID, fiscal year and period, progress percent, budget and disbursement, results,
 * KPI results, problems. Dates in the Buddhist era as Thai readers and eMENSCR use them. Pure.
 */

export const EMENSCR_CSV_HEADER = [
  'รหัสโครงการ eMENSCR / eMENSCR project ID',
  'รหัสโครงการ / Project code',
  'ชื่อโครงการ / Project name',
  'หน่วยงาน / Agency',
  'จังหวัด / Province',
  'ปีงบประมาณ / Fiscal year',
  'ไตรมาส / Quarter',
  'รอบรายงาน / Period',
  'วันเริ่มรอบ / Period start',
  'วันสิ้นรอบ / Period end',
  'ความก้าวหน้า (ร้อยละ) / Progress %',
  'งบประมาณ (บาท) / Budget (THB)',
  'ผลการเบิกจ่าย (บาท) / Disbursed (THB)',
  'ผลการดำเนินงาน / Results',
  'ผลตัวชี้วัด / KPI results',
  'ปัญหาอุปสรรค / Problems',
  'วันที่ส่ง / Submitted',
  'ส่งตรงเวลา / On time',
  'สถานะ / Status',
];

interface Named {
  code?: string | null;
  nameTh?: string | null;
}

/** A sent report as the export loads it. */
export interface EmenscrReport {
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  state: string;
  submittedAt?: string | Date | null;
  late?: boolean | null;
  progressPercent?: number | string | null;
  budgetSpent?: number | string | null;
  narrative?: string | null;
  obstacles?: string | null;
  kpiResults?: { name: string; unit?: string | null; target?: number | string | null; actual?: number | string | null }[] | null;
  project?: {
    code: string;
    name: string;
    emenscrProjectId?: string | null;
    fiscalYear?: number | null;
    budget?: number | string | null;
    agency?: Named | null;
    province?: Named | null;
  } | null;
}

const num = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

/** "name: actual/target unit" per KPI, joined with "; " (eMENSCR keys KPI results as one text per report). */
function kpiText(kpis: EmenscrReport['kpiResults']): string {
  return (kpis ?? []).map((k) => `${k.name}: ${num(k.actual) ?? '-'}/${num(k.target) ?? '-'}${k.unit ? ` ${k.unit}` : ''}`).join('; ');
}

export function emenscrRow(r: EmenscrReport, q: { fiscalYear: number; quarter: number }): CsvCell[] {
  const p = r.project;
  return [
    p?.emenscrProjectId ?? '',
    p?.code ?? '',
    p?.name ?? '',
    p?.agency?.nameTh ?? '',
    p?.province?.nameTh ?? '',
    q.fiscalYear,
    q.quarter,
    r.periodLabel,
    formatThaiDate(`${String(r.periodStart).slice(0, 10)}T12:00:00+07:00`),
    formatThaiDate(`${String(r.periodEnd).slice(0, 10)}T12:00:00+07:00`),
    num(r.progressPercent),
    num(p?.budget),
    num(r.budgetSpent),
    r.narrative ?? '',
    kpiText(r.kpiResults),
    r.obstacles ?? '',
    r.submittedAt ? formatThaiDate(r.submittedAt) : '',
    r.late ? 'ไม่ / no' : 'ใช่ / yes',
    r.state === 'accepted' ? 'ตรวจรับแล้ว / accepted' : 'ส่งแล้ว / submitted',
  ];
}
