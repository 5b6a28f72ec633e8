import type { Core } from '@strapi/strapi';
import type { DatasetKey } from './dataset';
import { defaultComplaintDays } from './complaints';

const RETENTION_RULE_UID = 'api::retention-rule.retention-rule' as const;

interface RetentionRule {
  dataset: DatasetKey;
  purposeTh: string;
  purposeEn: string;
  legalBasis: 'consent' | 'contract' | 'legal-obligation' | 'vital-interest' | 'public-task' | 'legitimate-interest';
  retentionDays: number;
  countedFrom: 'finished' | 'last-change' | 'sent' | 'recorded';
  active: boolean;
}

/** The shipped register: what we hold, why and for how long, until the privacy officer says otherwise. */
function defaultRules(strapi: Core.Strapi): RetentionRule[] {
  return [
    {
      dataset: 'complaint-complainant',
      purposeTh: 'ติดต่อผู้ร้องเรียนและแจ้งผลการดำเนินการเรื่องร้องเรียน',
      purposeEn: 'Contacting complainants and telling them how their complaint was handled',
      legalBasis: 'public-task',
      retentionDays: defaultComplaintDays(strapi),
      countedFrom: 'finished',
      active: true,
    },
    {
      dataset: 'volunteer-contact',
      purposeTh: 'ติดต่อจิตอาสาเพื่อเรียกร่วมกิจกรรมและออกหนังสือรับรองชั่วโมง',
      purposeEn: 'Calling volunteers to activities and certifying their hours',
      legalBasis: 'consent',
      retentionDays: 730,
      countedFrom: 'last-change',
      active: true,
    },
    {
      dataset: 'outbox-email',
      purposeTh: 'ส่งอีเมลแจ้งเตือนและตรวจสอบการส่ง',
      purposeEn: 'Sending notifications and checking that they went out',
      legalBasis: 'public-task',
      retentionDays: 180,
      countedFrom: 'sent',
      active: true,
    },
    {
      dataset: 'audit-ip',
      purposeTh: 'ตรวจสอบย้อนหลังการเข้าถึงข้อมูลและการเปลี่ยนสิทธิ์',
      purposeEn: 'Tracing who read personal data or changed permissions',
      legalBasis: 'legitimate-interest',
      retentionDays: 365,
      countedFrom: 'recorded',
      active: true,
    },
    {
      dataset: 'staff-account',
      purposeTh: 'ให้เจ้าหน้าที่และจิตอาสาเข้าสู่ระบบ และระบุผู้บันทึกงานย้อนหลังหลังระงับบัญชี',
      purposeEn: 'Signing staff and volunteers in, and naming who recorded the work for a while after an account is blocked',
      legalBasis: 'legitimate-interest',
      retentionDays: 730,
      countedFrom: 'last-change',
      active: true,
    },
  ];
}

/** Inserts the rule of each dataset that has none (a deleted one comes back with its default); an administrator's edits stay. */
export async function seedRetentionRules(strapi: Core.Strapi): Promise<number> {
  const existing = await strapi.db.query(RETENTION_RULE_UID).findMany({ select: ['dataset'] });
  const have = new Set(existing.map((r) => r.dataset));
  let added = 0;
  for (const rule of defaultRules(strapi)) {
    if (have.has(rule.dataset)) continue;
    await strapi.documents(RETENTION_RULE_UID).create({ data: rule });
    added++;
  }
  return added;
}

/** The active rules, by dataset. */
export async function activeRules(strapi: Core.Strapi): Promise<Map<DatasetKey, RetentionRule>> {
  const rows = (await strapi.db.query(RETENTION_RULE_UID).findMany({ where: { active: true } })) as RetentionRule[];
  return new Map(rows.map((r) => [r.dataset, r]));
}
