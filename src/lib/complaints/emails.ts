import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { enqueue, appData } from '../platform/outbox';
import { adminEntryLink, staffLink } from '../platform/links';
import { formatThaiDateTime } from '../platform/thai-date';
import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';
import { COMPLAINT_UID } from './model';
import { followUpEmailTemplates } from './follow-up-emails';
import { intEnv } from '../platform/env';

/** A complaint with what the email placeholders show (category, province, complainant). */
export interface ComplaintForEmail {
  documentId: string;
  ticketNumber?: string | null;
  trackingCode?: string | null;
  title?: string | null;
  urgency?: string | null;
  state?: string | null;
  address?: string | null;
  factoryName?: string | null;
  acknowledgeDueAt?: Date | string | null;
  resolveDueAt?: Date | string | null;
  anonymous?: boolean | null;
  category?: { nameTh?: string | null } | null;
  province?: { nameTh?: string | null } | null;
  complainant?: { email?: string | null } | null;
}

/** The `complaint` placeholders of the complaint.* email templates. No complainant data goes to teams. */
async function complaintPlaceholders(strapi: Core.Strapi, documentId: string, known?: ComplaintForEmail) {
  const c: ComplaintForEmail | null =
    known ??
    (await strapi.documents(COMPLAINT_UID).findOne({
      documentId,
      populate: { category: true, province: true, complainant: true },
    }));
  if (!c) throw new Error(`complaint ${documentId} not found`);
  const { url } = appData(strapi);
  return {
    ticketNumber: c.ticketNumber,
    trackingCode: c.trackingCode,
    title: c.title,
    category: c.category?.nameTh ?? '',
    urgency: c.urgency,
    status: c.state,
    province: c.province?.nameTh ?? '',
    address: c.address ?? '',
    factoryName: c.factoryName ?? '',
    acknowledgeDue: c.acknowledgeDueAt ? formatThaiDateTime(c.acknowledgeDueAt) : '',
    resolveDue: c.resolveDueAt ? formatThaiDateTime(c.resolveDueAt) : '',
    link: staffLink(url, 'complaint', c.documentId),
    adminLink: adminEntryLink(strapi, url, COMPLAINT_UID, c.documentId),
    trackingUrl: `${url}/complaints/track.html?code=${c.trackingCode}`,
    complainantEmail: c.anonymous ? null : (c.complainant?.email ?? null),
  };
}

/**
 * The receipt goes to whatever address the filer typed, unverified: it must not be a way to send
 * chosen words to anyone (a spam relay). So it carries fixed wording, the ticket number, the tracking
 * code and link, and the category and province (chosen from our lists) — no text the filer wrote —
 * and one address gets at most RECEIPTS_PER_ADDRESS_PER_DAY receipts per (Thai) calendar day.
 * The cap is counted by the outbox's unique dedupeKey (one slot per receipt), so two instances
 * filing at the same time cannot both take the last slot.
 */
function receiptsPerAddressPerDay(): number {
  return intEnv('RECEIPTS_PER_ADDRESS_PER_DAY', 3);
}

const RECEIPT_FIELDS = ['ticketNumber', 'trackingCode', 'trackingUrl', 'category', 'province', 'status'] as const;

/**
 * Acknowledges a new complaint to the complainant, when they gave an email (within the daily cap).
 * `known`: the complaint as the intake just wrote it (with category, province, complainant), not read again.
 */
export async function notifyReceived(
  strapi: Core.Strapi,
  complaint: { documentId: string },
  _category?: unknown,
  now: Date = new Date(),
  known?: ComplaintForEmail,
): Promise<{ sent: boolean }> {
  const data = await complaintPlaceholders(strapi, complaint.documentId, known);
  const to = data.complainantEmail?.trim().toLowerCase();
  if (!to) return { sent: false };
  const receipt = Object.fromEntries(RECEIPT_FIELDS.map((k) => [k, data[k]]));
  const address = createHash('sha256').update(to).digest('hex').slice(0, 32);
  const thaiDay = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  for (let slot = 1; slot <= receiptsPerAddressPerDay(); slot++) {
    const { created } = await enqueue(strapi, {
      to,
      templateKey: 'complaint.received',
      data: { complaint: receipt },
      dedupeKey: `complaint-receipt:${address}:${thaiDay}:${slot}`,
      related: { uid: COMPLAINT_UID, documentId: complaint.documentId },
    });
    if (created) return { sent: true };
  }
  strapi.log.info(`complaint ${data.ticketNumber}: no receipt, its address had its ${receiptsPerAddressPerDay()} for today`);
  return { sent: false };
}

/** Tells a response team (and its lead) that a complaint is theirs; one email per assignment entry. */
export async function notifyAssigned(
  strapi: Core.Strapi,
  complaint: { documentId: string },
  team: { documentId: string; name: string; email: string; lead?: { email?: string } | null },
  assignmentId: string,
) {
  const {
    complainantEmail: _hidden,
    trackingCode: _code,
    trackingUrl: _url,
    ...forTemplate
  } = await complaintPlaceholders(strapi, complaint.documentId);
  await enqueue(strapi, {
    to: [team.email, team.lead?.email].filter(Boolean) as string[],
    templateKey: 'complaint.assigned',
    data: { complaint: forTemplate, team: { name: team.name, email: team.email } },
    dedupeKey: `complaint:${complaint.documentId}:assigned:${assignmentId}`,
    related: { uid: COMPLAINT_UID, documentId: complaint.documentId },
  });
}

const complaintSample = {
  ticketNumber: 'CMP-2569-000123',
  trackingCode: 'K7Q2M9XP4TZA',
  title: 'กลิ่นเหม็นจากโรงงาน',
  category: 'มลพิษ',
  urgency: 'urgent',
  status: 'assigned',
  province: 'ระยอง',
  address: 'ต.มาบตาพุด อ.เมือง',
  factoryName: 'บริษัท ตัวอย่าง จำกัด',
  acknowledgeDue: '25 พฤศจิกายน 2569 เวลา 10:00 น.',
  resolveDue: '2 ธันวาคม 2569 เวลา 10:00 น.',
  link: 'https://mind-desk.example/staff/complaint.html?id=abc',
  adminLink: 'https://mind-desk.example/admin/content-manager/collection-types/api::complaint.complaint/abc',
  trackingUrl: 'https://mind-desk.example/complaints/track.html?code=K7Q2M9XP4TZA',
};
/** The receipt's placeholders: none of them is text the filer wrote. */
const receiptSample = Object.fromEntries(RECEIPT_FIELDS.map((k) => [k, complaintSample[k]]));
const teamSample = { name: 'ทีมม้าเร็ว ภาคตะวันออก', email: 'team-east@example.test', leadName: 'นายสมชาย ใจดี' };
const deadlineSample = {
  kind: 'resolve',
  label: 'กำหนดแก้ไข',
  labelEn: 'resolution deadline',
  due: '2 ธันวาคม 2569 เวลา 10:00 น.',
  hoursLeft: 4,
  hoursOverdue: 2,
};

/** The complaint emails: placeholders (`sample`) and the shipped Thai and English defaults. */
export const complaintEmailTemplates: TemplateDefinition[] = [
  {
    key: 'complaint.received',
    description: 'Receipt of a new complaint, to the address its filer gave (fixed wording: nothing the filer wrote)',
    sample: { app, complaint: receiptSample },
    defaults: {
      subjectTh: 'ได้รับเรื่องร้องเรียนเลขที่ {{complaint.ticketNumber}} แล้ว',
      textTh:
        'ได้รับเรื่องร้องเรียนเลขที่ {{complaint.ticketNumber}} ({{complaint.category}} จังหวัด{{complaint.province}}) แล้ว\n\n' +
        'รหัสติดตามเรื่อง: {{complaint.trackingCode}}\nติดตามสถานะได้ที่ {{complaint.trackingUrl}}\n\n' +
        'หากท่านไม่ได้ยื่นเรื่องนี้ โปรดเพิกเฉยต่ออีเมลนี้\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>ได้รับเรื่องร้องเรียนเลขที่ <b>{{complaint.ticketNumber}}</b> ({{complaint.category}} จังหวัด{{complaint.province}}) แล้ว</p>' +
          '<p>รหัสติดตามเรื่อง: <b>{{complaint.trackingCode}}</b></p><p><a href="{{complaint.trackingUrl}}">ติดตามสถานะ</a></p>' +
          '<p>หากท่านไม่ได้ยื่นเรื่องนี้ โปรดเพิกเฉยต่ออีเมลนี้</p>',
      ),
      subjectEn: 'Complaint {{complaint.ticketNumber}} received',
      textEn:
        'A complaint ({{complaint.category}}, {{complaint.province}}) was received as {{complaint.ticketNumber}}.\n\n' +
        'Tracking code: {{complaint.trackingCode}}\nFollow it at {{complaint.trackingUrl}}\n\n' +
        'If you did not file it, please ignore this email.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>A complaint ({{complaint.category}}, {{complaint.province}}) was received as <b>{{complaint.ticketNumber}}</b>.</p>' +
          '<p>Tracking code: <b>{{complaint.trackingCode}}</b></p><p><a href="{{complaint.trackingUrl}}">Follow it</a></p>' +
          '<p>If you did not file it, please ignore this email.</p>',
      ),
    },
  },
  {
    key: 'complaint.assigned',
    description: 'A complaint was assigned to a response team / office',
    sample: { app, complaint: complaintSample, team: teamSample },
    defaults: {
      subjectTh: 'มอบหมายเรื่องร้องเรียน {{complaint.ticketNumber}} ให้ {{team.name}}',
      textTh:
        'เรียน {{team.name}}\n\nเรื่องร้องเรียน {{complaint.ticketNumber}} "{{complaint.title}}" ({{complaint.category}}, ความเร่งด่วน {{complaint.urgency}}) ' +
        'จังหวัด{{complaint.province}} ได้รับมอบหมายให้ท่านดำเนินการ\n\nกำหนดรับเรื่อง: {{complaint.acknowledgeDue}}\nกำหนดแก้ไข: {{complaint.resolveDue}}\n\n' +
        '{{complaint.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{team.name}}</p><p>เรื่องร้องเรียน <b>{{complaint.ticketNumber}}</b> {{complaint.title}} ({{complaint.category}}, ความเร่งด่วน {{complaint.urgency}}) ' +
          'จังหวัด{{complaint.province}} ได้รับมอบหมายให้ท่านดำเนินการ</p><p>กำหนดรับเรื่อง: {{complaint.acknowledgeDue}}<br>กำหนดแก้ไข: {{complaint.resolveDue}}</p>' +
          '<p><a href="{{complaint.link}}">เปิดเรื่อง</a></p>',
      ),
      subjectEn: 'Complaint {{complaint.ticketNumber}} assigned to {{team.name}}',
      textEn:
        'To {{team.name}},\n\nComplaint {{complaint.ticketNumber}} "{{complaint.title}}" ({{complaint.category}}, urgency {{complaint.urgency}}) ' +
        'in {{complaint.province}} has been assigned to you.\n\nAcknowledge by: {{complaint.acknowledgeDue}}\nResolve by: {{complaint.resolveDue}}\n\n' +
        '{{complaint.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{team.name}},</p><p>Complaint <b>{{complaint.ticketNumber}}</b> {{complaint.title}} ({{complaint.category}}, urgency {{complaint.urgency}}) ' +
          'in {{complaint.province}} has been assigned to you.</p><p>Acknowledge by: {{complaint.acknowledgeDue}}<br>Resolve by: {{complaint.resolveDue}}</p>' +
          '<p><a href="{{complaint.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'complaint.sla_due_soon',
    description: "A complaint's acknowledge or resolve deadline is near",
    sample: { app, complaint: complaintSample, team: teamSample, deadline: deadlineSample },
    defaults: {
      subjectTh: 'ใกล้ครบกำหนด: {{deadline.label}} เรื่อง {{complaint.ticketNumber}}',
      textTh:
        'เรียน {{team.leadName}} ({{team.name}})\n\nเรื่องร้องเรียน {{complaint.ticketNumber}} "{{complaint.title}}" จะครบ{{deadline.label}} ' +
        'ในวันที่ {{deadline.due}} (อีก {{deadline.hoursLeft}} ชั่วโมง)\n\n{{complaint.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{team.leadName}} ({{team.name}})</p><p>เรื่องร้องเรียน <b>{{complaint.ticketNumber}}</b> {{complaint.title}} จะครบ{{deadline.label}} ' +
          'ในวันที่ <b>{{deadline.due}}</b> (อีก {{deadline.hoursLeft}} ชั่วโมง)</p><p><a href="{{complaint.link}}">เปิดเรื่อง</a></p>',
      ),
      subjectEn: 'Due soon: {{deadline.labelEn}} of {{complaint.ticketNumber}}',
      textEn:
        'To {{team.leadName}} ({{team.name}}),\n\nThe {{deadline.labelEn}} of complaint {{complaint.ticketNumber}} "{{complaint.title}}" is ' +
        '{{deadline.due}} (in {{deadline.hoursLeft}} hours).\n\n{{complaint.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{team.leadName}} ({{team.name}}),</p><p>The {{deadline.labelEn}} of complaint <b>{{complaint.ticketNumber}}</b> {{complaint.title}} is ' +
          '<b>{{deadline.due}}</b> (in {{deadline.hoursLeft}} hours).</p><p><a href="{{complaint.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'complaint.sla_breached',
    description: "A complaint's acknowledge or resolve deadline has passed (team lead, then escalation)",
    sample: { app, complaint: complaintSample, team: teamSample, deadline: deadlineSample },
    defaults: {
      subjectTh: 'เกินกำหนด: {{deadline.label}} เรื่อง {{complaint.ticketNumber}}',
      textTh:
        'เรียน {{team.leadName}} ({{team.name}})\n\nเรื่องร้องเรียน {{complaint.ticketNumber}} "{{complaint.title}}" เกิน{{deadline.label}} ' +
        '({{deadline.due}}) มาแล้ว {{deadline.hoursOverdue}} ชั่วโมง\n\n{{complaint.link}}\nในระบบหลังบ้าน: {{complaint.adminLink}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{team.leadName}} ({{team.name}})</p><p>เรื่องร้องเรียน <b>{{complaint.ticketNumber}}</b> {{complaint.title}} เกิน{{deadline.label}} ' +
          '({{deadline.due}}) มาแล้ว <b>{{deadline.hoursOverdue}} ชั่วโมง</b></p><p><a href="{{complaint.link}}">เปิดเรื่อง</a> · <a href="{{complaint.adminLink}}">ในระบบหลังบ้าน</a></p>',
      ),
      subjectEn: 'Breached: {{deadline.labelEn}} of {{complaint.ticketNumber}}',
      textEn:
        'To {{team.leadName}} ({{team.name}}),\n\nThe {{deadline.labelEn}} of complaint {{complaint.ticketNumber}} "{{complaint.title}}" ' +
        '({{deadline.due}}) passed {{deadline.hoursOverdue}} hours ago.\n\n{{complaint.link}}\nIn the admin panel: {{complaint.adminLink}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{team.leadName}} ({{team.name}}),</p><p>The {{deadline.labelEn}} of complaint <b>{{complaint.ticketNumber}}</b> {{complaint.title}} ' +
          '({{deadline.due}}) passed <b>{{deadline.hoursOverdue}} hours</b> ago.</p><p><a href="{{complaint.link}}">Open</a> · <a href="{{complaint.adminLink}}">In the admin panel</a></p>',
      ),
    },
  },
  ...followUpEmailTemplates,
];
