import type { Core } from '@strapi/strapi';
import { renderTemplate, type TemplateFields } from '../../platform/email-templates';
import { appData } from '../../platform/outbox';
import { TEMPLATE_UID } from '../../platform/model';
import { formatEnglishDate, formatEnglishDateTime, formatThaiDate, formatThaiDateTime } from '../../platform/thai-date';
import { affectedSubjects, type AffectedSubjects } from './affected';
import { breachNoticeTemplates, NOTICE_TEMPLATES, type NoticeTo } from './notice-templates';
import type { BreachRow } from './model';

export interface BreachNotice {
  to: NoticeTo;
  subject: { th: string; en: string };
  /** the notice as plain text: Thai, then English */
  text: string;
  th: string;
  en: string;
}

const RISK = { low: ['ต่ำ', 'low'], high: ['สูง', 'high'] } as const;

/** Pure: what the notice templates read of a breach (dates in Bangkok, Thai with the Buddhist year). */
function noticeData(breach: BreachRow, affected: Pick<AffectedSubjects, 'count' | 'complaints' | 'volunteers'>, now: Date) {
  const from = breach.suspectedFrom ? new Date(breach.suspectedFrom) : null;
  const to = breach.suspectedTo ? new Date(breach.suspectedTo) : null;
  const period = (fmt: (d: Date) => string, join: string, unknown: string) =>
    from && to ? `${fmt(from)} ${join} ${fmt(to)}` : from ? `${fmt(from)} ${join} ?` : to ? `? ${join} ${fmt(to)}` : unknown;
  const risk = RISK[breach.riskLevel] ?? RISK.high;
  return {
    date: { th: formatThaiDate(now), en: formatEnglishDate(now) },
    breach: {
      ref: `BR-${breach.id}`,
      title: breach.title,
      description: breach.description?.trim() || '-',
      discoveredTh: formatThaiDateTime(breach.discoveredAt),
      discoveredEn: formatEnglishDateTime(breach.discoveredAt),
      periodTh: period(formatThaiDateTime, 'ถึง', 'ยังไม่ทราบ'),
      periodEn: period(formatEnglishDateTime, 'to', 'not yet known'),
      notifyByTh: breach.notifyBy ? formatThaiDateTime(breach.notifyBy) : '-',
      notifyByEn: breach.notifyBy ? formatEnglishDateTime(breach.notifyBy) : '-',
      riskTh: risk[0],
      riskEn: risk[1],
      measures: breach.measures?.trim() || '-',
    },
    affected: { count: affected.count, complaints: affected.complaints.length, volunteers: affected.volunteers.length },
  };
}

/** The stored subjects of a confirmed breach, else what the audit trail says now. */
async function affectedOf(strapi: Core.Strapi, breach: BreachRow, now: Date): Promise<AffectedSubjects> {
  const stored = breach.affected as AffectedSubjects | null | undefined;
  if (stored && Array.isArray(stored.complaints) && Array.isArray(stored.volunteers)) return stored;
  return affectedSubjects(strapi, breach, now);
}

/** The notice to the PDPC or to the data subjects, from the template as an administrator left it. */
export async function breachNotice(strapi: Core.Strapi, breach: BreachRow, to: NoticeTo, now = new Date()): Promise<BreachNotice> {
  const key = NOTICE_TEMPLATES[to];
  const stored: TemplateFields | null = await strapi.db.query(TEMPLATE_UID).findOne({ where: { key } });
  const template = stored ?? breachNoticeTemplates.find((t) => t.key === key)!.defaults;
  const data = { app: appData(strapi), ...noticeData(breach, await affectedOf(strapi, breach, now), now) };
  const th = renderTemplate(template, 'th', data);
  const en = renderTemplate(template, 'en', data);
  const page = (r: typeof th) => `${r.subject}\n\n${r.text.trim()}\n`;
  return {
    to,
    subject: { th: th.subject, en: en.subject },
    th: page(th),
    en: page(en),
    text: `${page(th)}\n----------------------------------------\n\n${page(en)}`,
  };
}
