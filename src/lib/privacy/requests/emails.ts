import type { Core } from '@strapi/strapi';
import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition, type TemplateFields } from '../../platform/email-templates';
import { TEMPLATE_UID } from '../../platform/model';

export const RECEIVED_TEMPLATE = 'privacy.request.received';
export const OUTCOME_TEMPLATE = 'privacy.request.outcome';

const request = {
  reference: 'DSR-7K2M-9QXD',
  kindTh: 'ขอเข้าถึงและขอรับสำเนาข้อมูล',
  kindEn: 'access to a copy of the data',
  receivedTh: '2 ธันวาคม 2569',
  receivedEn: '2 December 2026',
  dueTh: '1 มกราคม 2570',
  dueEn: '1 January 2027',
};

/** To the data subject: their request was received, and when it will be answered; then its outcome. */
export const requestEmailTemplates: TemplateDefinition[] = [
  {
    key: RECEIVED_TEMPLATE,
    description: 'To a data subject (PDPA): their request to access, correct or erase their data was received',
    sample: { app, request },
    defaults: {
      subjectTh: 'ได้รับคำขอเกี่ยวกับข้อมูลส่วนบุคคลของท่านแล้ว เลขที่ {{request.reference}}',
      textTh:
        'เรียน เจ้าของข้อมูล\n\nกองตรวจราชการได้รับคำขอ{{request.kindTh}}ของท่านเมื่อ {{request.receivedTh}} เลขที่ {{request.reference}}\n' +
        'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลจะตรวจสอบและแจ้งผลภายใน {{request.dueTh}} (30 วันตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน เจ้าของข้อมูล</p><p>กองตรวจราชการได้รับคำขอ{{request.kindTh}}ของท่านเมื่อ {{request.receivedTh}} เลขที่ <b>{{request.reference}}</b></p>' +
          '<p>เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลจะตรวจสอบและแจ้งผลภายใน {{request.dueTh}} (30 วันตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)</p>',
      ),
      subjectEn: 'Your personal data request {{request.reference}} was received',
      textEn:
        'Dear data subject,\n\nThe Inspector-General division received your request for {{request.kindEn}} on {{request.receivedEn}}, reference {{request.reference}}.\n' +
        'Our privacy officer will check it and answer by {{request.dueEn}} (30 days, Personal Data Protection Act B.E. 2562).\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear data subject,</p><p>The Inspector-General division received your request for {{request.kindEn}} on {{request.receivedEn}}, reference <b>{{request.reference}}</b>.</p>' +
          '<p>Our privacy officer will check it and answer by {{request.dueEn}} (30 days, Personal Data Protection Act B.E. 2562).</p>',
      ),
    },
  },
  {
    key: OUTCOME_TEMPLATE,
    description: 'To a data subject (PDPA): the outcome of their request (fulfilled or refused, with the reason)',
    sample: {
      app,
      request: { ...request, stateTh: 'ดำเนินการตามคำขอแล้ว', stateEn: 'fulfilled', outcome: 'ส่งสำเนาข้อมูลทางอีเมลแล้ว' },
    },
    defaults: {
      subjectTh: 'ผลการพิจารณาคำขอเลขที่ {{request.reference}}: {{request.stateTh}}',
      textTh:
        'เรียน เจ้าของข้อมูล\n\nคำขอ{{request.kindTh}}ของท่าน เลขที่ {{request.reference}} ได้รับการพิจารณาแล้ว ผล: {{request.stateTh}}\n\n{{request.outcome}}\n\n' +
        'หากไม่เห็นด้วยกับผลการพิจารณา ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน เจ้าของข้อมูล</p><p>คำขอ{{request.kindTh}}ของท่าน เลขที่ <b>{{request.reference}}</b> ได้รับการพิจารณาแล้ว ผล: <b>{{request.stateTh}}</b></p>' +
          '<p>{{request.outcome}}</p><p>หากไม่เห็นด้วยกับผลการพิจารณา ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล</p>',
      ),
      subjectEn: 'Your request {{request.reference}}: {{request.stateEn}}',
      textEn:
        'Dear data subject,\n\nYour request for {{request.kindEn}}, reference {{request.reference}}, was decided: {{request.stateEn}}.\n\n{{request.outcome}}\n\n' +
        'If you disagree, you may complain to the Office of the Personal Data Protection Committee.\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear data subject,</p><p>Your request for {{request.kindEn}}, reference <b>{{request.reference}}</b>, was decided: <b>{{request.stateEn}}</b>.</p>' +
          '<p>{{request.outcome}}</p><p>If you disagree, you may complain to the Office of the Personal Data Protection Committee.</p>',
      ),
    },
  },
];

/**
 * The stored template (with the administrator's edits) as one e-mail in Thai, then English: the
 * subject may be either a Thai or a foreign national, and the outbox sends one language per e-mail.
 * A part without English stays Thai only.
 */
export async function bilingualTemplate(strapi: Core.Strapi, key: string): Promise<TemplateFields> {
  const t = (await strapi.db.query(TEMPLATE_UID).findOne({ where: { key } })) as TemplateFields | null;
  if (!t) throw new Error(`privacy: no email template with key "${key}"`);
  const both = (th: string | null | undefined, en: string | null | undefined, join: string) =>
    th && en ? `${th}${join}${en}` : (th ?? en ?? '');
  return {
    subjectTh: both(t.subjectTh, t.subjectEn, ' / '),
    textTh: both(t.textTh?.trimEnd(), t.textEn, '\n\n----------------------------------------\n\n'),
    htmlTh: both(t.htmlTh, t.htmlEn, '<hr>') || null,
  };
}
