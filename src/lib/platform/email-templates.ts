import type { Core } from '@strapi/strapi';
import Mustache from 'mustache';

/**
 * Email templates: the catalogue of keys with the placeholders each may use, the shipped Thai and
 * English defaults, validation (run when an administrator saves a template) and rendering.
 *
 * Templates are logic-less mustache: `{{project.name}}` (HTML-escaped in the HTML body),
 * `{{#reports}}…{{/reports}}` to repeat over a list, `{{^x}}…{{/x}}` when x is empty.
 * Triple braces / `{{&x}}` (unescaped) and partials are refused. A placeholder not in the
 * key's catalogue entry is refused at save time, so a typo never reaches a job at 08:30.
 *
 * Every template may also use `{{app.name}}` and `{{app.url}}` (filled in by the outbox).
 * To add a key: add a catalogue entry (its `sample` lists the placeholders) and defaults below.
 */

export const TEMPLATE_UID = 'api::email-template.email-template';

export type Locale = 'th' | 'en';

export interface TemplateFields {
  subjectTh: string;
  textTh: string;
  htmlTh?: string | null;
  subjectEn?: string | null;
  textEn?: string | null;
  htmlEn?: string | null;
}

export interface TemplateDefinition {
  key: string;
  description: string;
  /** example data: every placeholder the template may use must resolve in it */
  sample: Record<string, unknown>;
  defaults: TemplateFields;
}

const app = { name: 'MIND Desk', url: 'https://mind-desk.example' };

const projectSample = {
  code: 'PRJ-2570-001',
  name: 'โครงการยกระดับอุตสาหกรรม',
  nameEn: 'Industry upgrade project',
};
const agencySample = { code: 'DIW', name: 'กรมโรงงานอุตสาหกรรม', nameEn: 'Department of Industrial Works' };
const reportSample = {
  periodLabel: 'FY2570-Q1',
  dueDate: '15 มกราคม 2570',
  daysLeft: 3,
  daysOverdue: 7,
  link: 'https://mind-desk.example/reports/abc',
};
const complaintSample = {
  ticketNumber: 'C2569-000123',
  trackingCode: 'K7Q2-M9XP-4TZA',
  title: 'กลิ่นเหม็นจากโรงงาน',
  category: 'มลพิษ',
  urgency: 'urgent',
  status: 'assigned',
  province: 'ระยอง',
  address: 'ต.มาบตาพุด อ.เมือง',
  factoryName: 'บริษัท ตัวอย่าง จำกัด',
  acknowledgeDue: '25 พฤศจิกายน 2569 เวลา 10:00 น.',
  resolveDue: '2 ธันวาคม 2569 เวลา 10:00 น.',
  link: 'https://mind-desk.example/complaints/abc',
  trackingUrl: 'https://mind-desk.example/track/K7Q2-M9XP-4TZA',
};
const teamSample = { name: 'ทีมม้าเร็ว ภาคตะวันออก', email: 'team-east@example.test', leadName: 'นายสมชาย ใจดี' };
const deadlineSample = {
  kind: 'resolve',
  label: 'กำหนดแก้ไข',
  labelEn: 'resolution deadline',
  due: '2 ธันวาคม 2569 เวลา 10:00 น.',
  hoursLeft: 4,
  hoursOverdue: 2,
};

const htmlWrap = (body: string) =>
  `<div style="font-family: Tahoma, 'Sarabun', sans-serif; font-size: 15px; line-height: 1.6">${body}` +
  `<p style="color:#666;font-size:13px">{{app.name}} — กองตรวจราชการ กระทรวงอุตสาหกรรม</p></div>`;
const htmlWrapEn = (body: string) =>
  `<div style="font-family: Tahoma, sans-serif; font-size: 15px; line-height: 1.6">${body}` +
  `<p style="color:#666;font-size:13px">{{app.name}} — Inspector-General Division, Ministry of Industry</p></div>`;

export const templateCatalog: TemplateDefinition[] = [
  {
    key: 'report.due_soon',
    description: 'Reminder to the responsible officer a few days before a progress report is due',
    sample: { app, officer: { name: 'นางสาวสมหญิง รักงาน' }, project: projectSample, agency: agencySample, report: reportSample },
    defaults: {
      subjectTh: 'แจ้งเตือน: รายงานความก้าวหน้า {{project.code}} งวด {{report.periodLabel}} ครบกำหนด {{report.dueDate}}',
      textTh:
        'เรียน {{officer.name}}\n\nรายงานความก้าวหน้าของโครงการ {{project.name}} ({{project.code}}) งวด {{report.periodLabel}} ' +
        'จะครบกำหนดส่งในวันที่ {{report.dueDate}} (อีก {{report.daysLeft}} วัน)\n\nส่งรายงานได้ที่ {{report.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{officer.name}}</p><p>รายงานความก้าวหน้าของโครงการ <b>{{project.name}}</b> ({{project.code}}) งวด {{report.periodLabel}} ' +
          'จะครบกำหนดส่งในวันที่ <b>{{report.dueDate}}</b> (อีก {{report.daysLeft}} วัน)</p><p><a href="{{report.link}}">ส่งรายงาน</a></p>',
      ),
      subjectEn: 'Reminder: progress report {{project.code}} {{report.periodLabel}} is due on {{report.dueDate}}',
      textEn:
        'Dear {{officer.name}},\n\nThe progress report of {{project.name}} ({{project.code}}) for {{report.periodLabel}} is due on ' +
        '{{report.dueDate}} (in {{report.daysLeft}} days).\n\nSubmit it at {{report.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{officer.name}},</p><p>The progress report of <b>{{project.name}}</b> ({{project.code}}) for {{report.periodLabel}} is due on ' +
          '<b>{{report.dueDate}}</b> (in {{report.daysLeft}} days).</p><p><a href="{{report.link}}">Submit the report</a></p>',
      ),
    },
  },
  {
    key: 'report.overdue',
    description: 'Repeated reminder to the responsible officer while a progress report is overdue',
    sample: {
      app,
      officer: { name: 'นางสาวสมหญิง รักงาน' },
      project: projectSample,
      agency: agencySample,
      report: reportSample,
      reminderNumber: 1,
    },
    defaults: {
      subjectTh: 'เกินกำหนด: รายงานความก้าวหน้า {{project.code}} งวด {{report.periodLabel}} (แจ้งครั้งที่ {{reminderNumber}})',
      textTh:
        'เรียน {{officer.name}}\n\nรายงานความก้าวหน้าของโครงการ {{project.name}} ({{project.code}}) งวด {{report.periodLabel}} ' +
        'ครบกำหนดส่งเมื่อวันที่ {{report.dueDate}} และเกินกำหนดมาแล้ว {{report.daysOverdue}} วัน กรุณาส่งรายงานโดยเร็ว\n\n' +
        'ส่งรายงานได้ที่ {{report.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{officer.name}}</p><p>รายงานความก้าวหน้าของโครงการ <b>{{project.name}}</b> ({{project.code}}) งวด {{report.periodLabel}} ' +
          'ครบกำหนดส่งเมื่อวันที่ <b>{{report.dueDate}}</b> และเกินกำหนดมาแล้ว <b>{{report.daysOverdue}} วัน</b> กรุณาส่งรายงานโดยเร็ว</p>' +
          '<p><a href="{{report.link}}">ส่งรายงาน</a></p>',
      ),
      subjectEn: 'Overdue: progress report {{project.code}} {{report.periodLabel}} (reminder {{reminderNumber}})',
      textEn:
        'Dear {{officer.name}},\n\nThe progress report of {{project.name}} ({{project.code}}) for {{report.periodLabel}} was due on ' +
        '{{report.dueDate}} and is {{report.daysOverdue}} days overdue. Please submit it as soon as possible.\n\n' +
        'Submit it at {{report.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{officer.name}},</p><p>The progress report of <b>{{project.name}}</b> ({{project.code}}) for {{report.periodLabel}} was due on ' +
          '<b>{{report.dueDate}}</b> and is <b>{{report.daysOverdue}} days overdue</b>. Please submit it as soon as possible.</p>' +
          '<p><a href="{{report.link}}">Submit the report</a></p>',
      ),
    },
  },
  {
    key: 'report.escalation',
    description: "Escalation to the supervisors and the agency head: the agency's long-overdue reports, in one email",
    sample: {
      app,
      agency: agencySample,
      count: 2,
      escalationDays: 14,
      reports: [
        {
          projectCode: 'PRJ-2570-001',
          projectName: 'โครงการยกระดับอุตสาหกรรม',
          periodLabel: 'FY2570-Q1',
          dueDate: '15 มกราคม 2570',
          daysOverdue: 20,
          officerName: 'นางสาวสมหญิง รักงาน',
          officerEmail: 'somying@example.test',
          link: 'https://mind-desk.example/reports/abc',
        },
      ],
    },
    defaults: {
      subjectTh: 'ยกระดับการติดตาม: {{agency.name}} มีรายงานความก้าวหน้าค้างส่ง {{count}} รายการ',
      textTh:
        'เรียน ผู้บังคับบัญชาและหัวหน้าหน่วยงาน {{agency.name}}\n\nรายงานความก้าวหน้าต่อไปนี้เกินกำหนดส่งมากกว่า {{escalationDays}} วัน:\n\n' +
        '{{#reports}}- {{projectCode}} {{projectName}} งวด {{periodLabel}} ครบกำหนด {{dueDate}} (เกิน {{daysOverdue}} วัน) ผู้รับผิดชอบ {{officerName}} <{{officerEmail}}>\n{{/reports}}' +
        '\nกรุณาติดตามให้มีการส่งรายงานโดยเร็ว\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน ผู้บังคับบัญชาและหัวหน้าหน่วยงาน {{agency.name}}</p><p>รายงานความก้าวหน้าต่อไปนี้เกินกำหนดส่งมากกว่า {{escalationDays}} วัน:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>โครงการ</th><th>งวด</th><th>ครบกำหนด</th><th>เกิน (วัน)</th><th>ผู้รับผิดชอบ</th></tr>' +
          '{{#reports}}<tr><td><a href="{{link}}">{{projectCode}}</a> {{projectName}}</td><td>{{periodLabel}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td><td>{{officerName}} &lt;{{officerEmail}}&gt;</td></tr>{{/reports}}' +
          '</table><p>กรุณาติดตามให้มีการส่งรายงานโดยเร็ว</p>',
      ),
      subjectEn: 'Escalation: {{agency.nameEn}} has {{count}} overdue progress reports',
      textEn:
        'To the supervisors and the head of {{agency.nameEn}},\n\nThese progress reports are more than {{escalationDays}} days overdue:\n\n' +
        '{{#reports}}- {{projectCode}} {{projectName}} {{periodLabel}}, due {{dueDate}} ({{daysOverdue}} days overdue), officer {{officerName}} <{{officerEmail}}>\n{{/reports}}' +
        '\nPlease make sure they are submitted soon.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To the supervisors and the head of {{agency.nameEn}},</p><p>These progress reports are more than {{escalationDays}} days overdue:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Project</th><th>Period</th><th>Due</th><th>Days overdue</th><th>Officer</th></tr>' +
          '{{#reports}}<tr><td><a href="{{link}}">{{projectCode}}</a> {{projectName}}</td><td>{{periodLabel}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td><td>{{officerName}} &lt;{{officerEmail}}&gt;</td></tr>{{/reports}}' +
          '</table><p>Please make sure they are submitted soon.</p>',
      ),
    },
  },
  {
    key: 'report.returned',
    description: 'A submitted progress report was returned with a comment and is open again',
    sample: {
      app,
      officer: { name: 'นางสาวสมหญิง รักงาน' },
      project: projectSample,
      agency: agencySample,
      report: { ...reportSample, reviewerComment: 'กรุณาแนบเอกสารการเบิกจ่าย' },
    },
    defaults: {
      subjectTh: 'ส่งคืนแก้ไข: รายงานความก้าวหน้า {{project.code}} งวด {{report.periodLabel}}',
      textTh:
        'เรียน {{officer.name}}\n\nรายงานความก้าวหน้าของโครงการ {{project.name}} ({{project.code}}) งวด {{report.periodLabel}} ถูกส่งคืนให้แก้ไข\n\n' +
        'ความเห็นผู้ตรวจ: {{report.reviewerComment}}\n\nกรุณาแก้ไขและส่งใหม่ที่ {{report.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{officer.name}}</p><p>รายงานความก้าวหน้าของโครงการ <b>{{project.name}}</b> ({{project.code}}) งวด {{report.periodLabel}} ถูกส่งคืนให้แก้ไข</p>' +
          '<blockquote>{{report.reviewerComment}}</blockquote><p><a href="{{report.link}}">แก้ไขและส่งใหม่</a></p>',
      ),
      subjectEn: 'Returned: progress report {{project.code}} {{report.periodLabel}}',
      textEn:
        'Dear {{officer.name}},\n\nThe progress report of {{project.name}} ({{project.code}}) for {{report.periodLabel}} was returned for changes.\n\n' +
        "Reviewer's comment: {{report.reviewerComment}}\n\nPlease correct it and submit again at {{report.link}}\n\n{{app.name}}",
      htmlEn: htmlWrapEn(
        '<p>Dear {{officer.name}},</p><p>The progress report of <b>{{project.name}}</b> ({{project.code}}) for {{report.periodLabel}} was returned for changes.</p>' +
          '<blockquote>{{report.reviewerComment}}</blockquote><p><a href="{{report.link}}">Correct and submit again</a></p>',
      ),
    },
  },
  {
    key: 'finding.overdue',
    description: 'An inspection finding is past its due date without the agency response',
    sample: {
      app,
      agency: agencySample,
      inspection: { code: 'INS-2570-01', round: 1 },
      finding: { title: 'ยังไม่มีแผนบริหารความเสี่ยง', recommendation: 'จัดทำแผน', dueDate: '31 มีนาคม 2570', daysOverdue: 5, link: 'https://mind-desk.example/findings/abc' },
      reminderNumber: 1,
    },
    defaults: {
      subjectTh: 'เกินกำหนด: ข้อตรวจพบ {{inspection.code}} ของ {{agency.name}}',
      textTh:
        'เรียน {{agency.name}}\n\nข้อตรวจพบ "{{finding.title}}" จากการตรวจราชการ {{inspection.code}} ครบกำหนดตอบเมื่อ {{finding.dueDate}} ' +
        'และเกินกำหนดมาแล้ว {{finding.daysOverdue}} วัน\n\nข้อเสนอแนะ: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{agency.name}}</p><p>ข้อตรวจพบ <b>{{finding.title}}</b> จากการตรวจราชการ {{inspection.code}} ครบกำหนดตอบเมื่อ {{finding.dueDate}} ' +
          'และเกินกำหนดมาแล้ว {{finding.daysOverdue}} วัน</p><p>ข้อเสนอแนะ: {{finding.recommendation}}</p><p><a href="{{finding.link}}">เปิดดู</a></p>',
      ),
      subjectEn: 'Overdue: inspection finding {{inspection.code}} for {{agency.nameEn}}',
      textEn:
        'To {{agency.nameEn}},\n\nThe finding "{{finding.title}}" of inspection {{inspection.code}} was due on {{finding.dueDate}} ' +
        'and is {{finding.daysOverdue}} days overdue.\n\nRecommendation: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{agency.nameEn}},</p><p>The finding <b>{{finding.title}}</b> of inspection {{inspection.code}} was due on {{finding.dueDate}} ' +
          'and is {{finding.daysOverdue}} days overdue.</p><p>Recommendation: {{finding.recommendation}}</p><p><a href="{{finding.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'finding.due_soon',
    description: "An inspection finding's response is due in a few days",
    sample: {
      app,
      agency: agencySample,
      inspection: { code: 'INS-2570-01', round: 1 },
      finding: { title: 'ยังไม่มีแผนบริหารความเสี่ยง', recommendation: 'จัดทำแผน', dueDate: '31 มีนาคม 2570', daysLeft: 3, link: 'https://mind-desk.example/findings/abc' },
    },
    defaults: {
      subjectTh: 'ใกล้ครบกำหนด: ข้อตรวจพบ {{inspection.code}} ของ {{agency.name}}',
      textTh:
        'เรียน {{agency.name}}\n\nข้อตรวจพบ "{{finding.title}}" จากการตรวจราชการ {{inspection.code}} จะครบกำหนดตอบในวันที่ {{finding.dueDate}} ' +
        '(อีก {{finding.daysLeft}} วัน)\n\nข้อเสนอแนะ: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{agency.name}}</p><p>ข้อตรวจพบ <b>{{finding.title}}</b> จากการตรวจราชการ {{inspection.code}} จะครบกำหนดตอบในวันที่ {{finding.dueDate}} ' +
          '(อีก {{finding.daysLeft}} วัน)</p><p>ข้อเสนอแนะ: {{finding.recommendation}}</p><p><a href="{{finding.link}}">เปิดดู</a></p>',
      ),
      subjectEn: 'Due soon: inspection finding {{inspection.code}} for {{agency.nameEn}}',
      textEn:
        'To {{agency.nameEn}},\n\nThe response to the finding "{{finding.title}}" of inspection {{inspection.code}} is due on {{finding.dueDate}} ' +
        '(in {{finding.daysLeft}} days).\n\nRecommendation: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{agency.nameEn}},</p><p>The response to the finding <b>{{finding.title}}</b> of inspection {{inspection.code}} is due on {{finding.dueDate}} ' +
          '(in {{finding.daysLeft}} days).</p><p>Recommendation: {{finding.recommendation}}</p><p><a href="{{finding.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'finding.escalation',
    description: "Escalation to the agency head and the inspectors: the agency's long-overdue findings, in one email",
    sample: {
      app,
      agency: agencySample,
      count: 1,
      escalationDays: 14,
      findings: [
        { inspectionCode: 'INS-2570-01', title: 'ยังไม่มีแผนบริหารความเสี่ยง', severity: 'high', dueDate: '31 มีนาคม 2570', daysOverdue: 20, link: 'https://mind-desk.example/findings/abc' },
      ],
    },
    defaults: {
      subjectTh: 'ยกระดับการติดตาม: {{agency.name}} มีข้อตรวจพบค้างตอบ {{count}} รายการ',
      textTh:
        'เรียน หัวหน้าหน่วยงาน {{agency.name}} และผู้ตรวจราชการ\n\nข้อตรวจพบต่อไปนี้เกินกำหนดตอบมากกว่า {{escalationDays}} วัน:\n\n' +
        '{{#findings}}- {{inspectionCode}} {{title}} (ความรุนแรง {{severity}}) ครบกำหนด {{dueDate}} เกิน {{daysOverdue}} วัน\n{{/findings}}' +
        '\nกรุณาติดตามให้หน่วยงานตอบโดยเร็ว\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน หัวหน้าหน่วยงาน {{agency.name}} และผู้ตรวจราชการ</p><p>ข้อตรวจพบต่อไปนี้เกินกำหนดตอบมากกว่า {{escalationDays}} วัน:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>การตรวจ</th><th>ข้อตรวจพบ</th><th>ความรุนแรง</th><th>ครบกำหนด</th><th>เกิน (วัน)</th></tr>' +
          '{{#findings}}<tr><td>{{inspectionCode}}</td><td><a href="{{link}}">{{title}}</a></td><td>{{severity}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td></tr>{{/findings}}' +
          '</table>',
      ),
      subjectEn: 'Escalation: {{agency.nameEn}} has {{count}} overdue inspection findings',
      textEn:
        'To the head of {{agency.nameEn}} and the inspectors,\n\nThese findings are more than {{escalationDays}} days overdue:\n\n' +
        '{{#findings}}- {{inspectionCode}} {{title}} (severity {{severity}}), due {{dueDate}}, {{daysOverdue}} days overdue\n{{/findings}}' +
        '\nPlease make sure the agency responds soon.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To the head of {{agency.nameEn}} and the inspectors,</p><p>These findings are more than {{escalationDays}} days overdue:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Inspection</th><th>Finding</th><th>Severity</th><th>Due</th><th>Days overdue</th></tr>' +
          '{{#findings}}<tr><td>{{inspectionCode}}</td><td><a href="{{link}}">{{title}}</a></td><td>{{severity}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td></tr>{{/findings}}' +
          '</table>',
      ),
    },
  },
  {
    key: 'complaint.received',
    description: 'Acknowledgement of a new complaint (to the complainant or the receiving unit)',
    sample: { app, complaint: complaintSample },
    defaults: {
      subjectTh: 'ได้รับเรื่องร้องเรียนเลขที่ {{complaint.ticketNumber}} แล้ว',
      textTh:
        'ได้รับเรื่องร้องเรียน "{{complaint.title}}" เลขที่ {{complaint.ticketNumber}} แล้ว\n\n' +
        'รหัสติดตามเรื่อง: {{complaint.trackingCode}}\nติดตามสถานะได้ที่ {{complaint.trackingUrl}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>ได้รับเรื่องร้องเรียน <b>{{complaint.title}}</b> เลขที่ <b>{{complaint.ticketNumber}}</b> แล้ว</p>' +
          '<p>รหัสติดตามเรื่อง: <b>{{complaint.trackingCode}}</b></p><p><a href="{{complaint.trackingUrl}}">ติดตามสถานะ</a></p>',
      ),
      subjectEn: 'Complaint {{complaint.ticketNumber}} received',
      textEn:
        'Your complaint "{{complaint.title}}" was received as {{complaint.ticketNumber}}.\n\n' +
        'Tracking code: {{complaint.trackingCode}}\nFollow it at {{complaint.trackingUrl}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Your complaint <b>{{complaint.title}}</b> was received as <b>{{complaint.ticketNumber}}</b>.</p>' +
          '<p>Tracking code: <b>{{complaint.trackingCode}}</b></p><p><a href="{{complaint.trackingUrl}}">Follow it</a></p>',
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
        '({{deadline.due}}) มาแล้ว {{deadline.hoursOverdue}} ชั่วโมง\n\n{{complaint.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{team.leadName}} ({{team.name}})</p><p>เรื่องร้องเรียน <b>{{complaint.ticketNumber}}</b> {{complaint.title}} เกิน{{deadline.label}} ' +
          '({{deadline.due}}) มาแล้ว <b>{{deadline.hoursOverdue}} ชั่วโมง</b></p><p><a href="{{complaint.link}}">เปิดเรื่อง</a></p>',
      ),
      subjectEn: 'Breached: {{deadline.labelEn}} of {{complaint.ticketNumber}}',
      textEn:
        'To {{team.leadName}} ({{team.name}}),\n\nThe {{deadline.labelEn}} of complaint {{complaint.ticketNumber}} "{{complaint.title}}" ' +
        '({{deadline.due}}) passed {{deadline.hoursOverdue}} hours ago.\n\n{{complaint.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{team.leadName}} ({{team.name}}),</p><p>The {{deadline.labelEn}} of complaint <b>{{complaint.ticketNumber}}</b> {{complaint.title}} ' +
          '({{deadline.due}}) passed <b>{{deadline.hoursOverdue}} hours</b> ago.</p><p><a href="{{complaint.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'activity.reminder',
    description: 'Reminder to a registered volunteer 24 hours before an activity',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: { title: 'ปลูกป่าชายเลน', start: '26 พฤศจิกายน 2569 เวลา 08:00 น.', end: '26 พฤศจิกายน 2569 เวลา 12:00 น.', place: 'บางปู', province: 'สมุทรปราการ', link: 'https://mind-desk.example/activities/abc' },
    },
    defaults: {
      subjectTh: 'แจ้งเตือนกิจกรรมจิตอาสา: {{activity.title}} {{activity.start}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nขอเตือนกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}}\n' +
        'เริ่ม {{activity.start}} ถึง {{activity.end}}\n\n{{activity.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>ขอเตือนกิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}}<br>' +
          'เริ่ม {{activity.start}} ถึง {{activity.end}}</p><p><a href="{{activity.link}}">รายละเอียด</a></p>',
      ),
      subjectEn: 'Volunteer activity reminder: {{activity.title}}, {{activity.start}}',
      textEn:
        'Dear {{volunteer.name}},\n\nA reminder of "{{activity.title}}" at {{activity.place}}, {{activity.province}}\n' +
        'from {{activity.start}} to {{activity.end}}\n\n{{activity.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>A reminder of <b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}<br>' +
          'from {{activity.start}} to {{activity.end}}</p><p><a href="{{activity.link}}">Details</a></p>',
      ),
    },
  },
  {
    key: 'participation.promoted',
    description: 'To a waitlisted volunteer who got a place because someone cancelled',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: { title: 'ปลูกป่าชายเลน', start: '26 พฤศจิกายน 2569 เวลา 08:00 น.', end: '26 พฤศจิกายน 2569 เวลา 12:00 น.', place: 'บางปู', province: 'สมุทรปราการ', link: 'https://mind-desk.example/activities/abc' },
    },
    defaults: {
      subjectTh: 'ได้รับที่นั่งแล้ว: {{activity.title}} {{activity.start}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nมีผู้ยกเลิก ท่านจึงได้รับที่นั่งในกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}}\n' +
        'เริ่ม {{activity.start}} ถึง {{activity.end}}\n\nหากไม่สะดวกเข้าร่วม กรุณายกเลิกเพื่อให้ผู้อื่นได้ที่นั่ง\n{{activity.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>มีผู้ยกเลิก ท่านจึงได้รับที่นั่งในกิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}}<br>' +
          'เริ่ม {{activity.start}} ถึง {{activity.end}}</p><p>หากไม่สะดวกเข้าร่วม กรุณายกเลิกเพื่อให้ผู้อื่นได้ที่นั่ง</p><p><a href="{{activity.link}}">รายละเอียด</a></p>',
      ),
      subjectEn: 'You have a place: {{activity.title}}, {{activity.start}}',
      textEn:
        'Dear {{volunteer.name}},\n\nSomeone cancelled, so you now have a place in "{{activity.title}}" at {{activity.place}}, {{activity.province}}\n' +
        'from {{activity.start}} to {{activity.end}}.\n\nIf you cannot come, please cancel so that someone else can.\n{{activity.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>Someone cancelled, so you now have a place in <b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}<br>' +
          'from {{activity.start}} to {{activity.end}}.</p><p>If you cannot come, please cancel so that someone else can.</p><p><a href="{{activity.link}}">Details</a></p>',
      ),
    },
  },
  {
    key: 'activity.cancelled',
    description: 'To every volunteer signed up (registered or waitlisted) when an activity is cancelled',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: { title: 'ปลูกป่าชายเลน', start: '26 พฤศจิกายน 2569 เวลา 08:00 น.', end: '26 พฤศจิกายน 2569 เวลา 12:00 น.', place: 'บางปู', province: 'สมุทรปราการ', reason: 'พายุเข้า', link: 'https://mind-desk.example/activities/abc' },
    },
    defaults: {
      subjectTh: 'ยกเลิกกิจกรรมจิตอาสา: {{activity.title}} {{activity.start}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}} ' +
        'ซึ่งกำหนดไว้ {{activity.start}} ถูกยกเลิกแล้ว{{#activity.reason}}\nเหตุผล: {{activity.reason}}{{/activity.reason}}\n\nขออภัยในความไม่สะดวก\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>กิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}} ' +
          'ซึ่งกำหนดไว้ {{activity.start}} <b>ถูกยกเลิกแล้ว</b></p>{{#activity.reason}}<p>เหตุผล: {{activity.reason}}</p>{{/activity.reason}}<p>ขออภัยในความไม่สะดวก</p>',
      ),
      subjectEn: 'Volunteer activity cancelled: {{activity.title}}, {{activity.start}}',
      textEn:
        'Dear {{volunteer.name}},\n\n"{{activity.title}}" at {{activity.place}}, {{activity.province}}, planned for {{activity.start}}, ' +
        'has been cancelled.{{#activity.reason}}\nReason: {{activity.reason}}{{/activity.reason}}\n\nWe are sorry for the inconvenience.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p><b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}, planned for {{activity.start}}, ' +
          '<b>has been cancelled</b>.</p>{{#activity.reason}}<p>Reason: {{activity.reason}}</p>{{/activity.reason}}<p>We are sorry for the inconvenience.</p>',
      ),
    },
  },
  {
    key: 'digest.weekly',
    description: 'Monday digest to administrators: open complaints, breaches, reporting compliance per agency',
    sample: {
      app,
      week: { from: '17 พฤศจิกายน 2569', to: '23 พฤศจิกายน 2569' },
      complaints: { open: 12, breached: 2, received: 9, closed: 7 },
      agencies: [{ code: 'DIW', name: 'กรมโรงงานอุตสาหกรรม', expected: 10, submitted: 8, overdue: 2 }],
    },
    defaults: {
      subjectTh: 'สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}',
      textTh:
        'สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}\n\nเรื่องร้องเรียน: ค้างอยู่ {{complaints.open}} เกินกำหนด {{complaints.breached}} ' +
        'รับใหม่ {{complaints.received}} ปิดแล้ว {{complaints.closed}}\n\nการส่งรายงานความก้าวหน้า:\n' +
        '{{#agencies}}- {{code}} {{name}}: ส่งแล้ว {{submitted}}/{{expected}} ค้างส่ง {{overdue}}\n{{/agencies}}\n{{app.name}}',
      htmlTh: htmlWrap(
        '<h3>สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}</h3><p>เรื่องร้องเรียน: ค้างอยู่ {{complaints.open}} เกินกำหนด {{complaints.breached}} ' +
          'รับใหม่ {{complaints.received}} ปิดแล้ว {{complaints.closed}}</p><table border="1" cellpadding="4" style="border-collapse:collapse">' +
          '<tr><th>หน่วยงาน</th><th>ส่งแล้ว</th><th>ที่ต้องส่ง</th><th>ค้างส่ง</th></tr>{{#agencies}}<tr><td>{{code}} {{name}}</td><td>{{submitted}}</td><td>{{expected}}</td><td>{{overdue}}</td></tr>{{/agencies}}</table>',
      ),
      subjectEn: 'Weekly digest {{week.from}} – {{week.to}}',
      textEn:
        'Weekly digest {{week.from}} – {{week.to}}\n\nComplaints: {{complaints.open}} open, {{complaints.breached}} breached, ' +
        '{{complaints.received}} received, {{complaints.closed}} closed\n\nProgress reports:\n' +
        '{{#agencies}}- {{code}} {{name}}: {{submitted}}/{{expected}} submitted, {{overdue}} overdue\n{{/agencies}}\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<h3>Weekly digest {{week.from}} – {{week.to}}</h3><p>Complaints: {{complaints.open}} open, {{complaints.breached}} breached, ' +
          '{{complaints.received}} received, {{complaints.closed}} closed</p><table border="1" cellpadding="4" style="border-collapse:collapse">' +
          '<tr><th>Agency</th><th>Submitted</th><th>Expected</th><th>Overdue</th></tr>{{#agencies}}<tr><td>{{code}} {{name}}</td><td>{{submitted}}</td><td>{{expected}}</td><td>{{overdue}}</td></tr>{{/agencies}}</table>',
      ),
    },
  },
];

const catalogByKey = new Map(templateCatalog.map((t) => [t.key, t]));

export function templateDefinition(key: string): TemplateDefinition | undefined {
  return catalogByKey.get(key);
}

export const TEMPLATE_FIELDS = ['subjectTh', 'textTh', 'htmlTh', 'subjectEn', 'textEn', 'htmlEn'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface TemplateProblem {
  field: string;
  message: string;
}

type Token = [string, string, number, number, Token[]?, ...unknown[]];

function hasOwn(ctx: unknown, name: string): boolean {
  return ctx !== null && typeof ctx === 'object' && Object.prototype.hasOwnProperty.call(ctx, name);
}

/** Resolves a mustache name the way mustache does (first segment looked up the context stack). */
const ANY = Symbol('any placeholder');

function resolve(stack: unknown[], name: string): { found: boolean; value?: unknown } {
  if (stack[0] === ANY) return { found: true };
  if (name === '.') return { found: true, value: stack[stack.length - 1] };
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    if (!hasOwn(stack[i], head)) continue;
    let value = (stack[i] as Record<string, unknown>)[head];
    for (const part of rest) {
      if (!hasOwn(value, part)) return { found: false };
      value = (value as Record<string, unknown>)[part];
    }
    return { found: true, value };
  }
  return { found: false };
}

function checkTokens(tokens: Token[], stack: unknown[], html: boolean, out: Set<string>): void {
  for (const token of tokens) {
    const [type, name] = token;
    switch (type) {
      case 'text':
      case '!':
      case '=':
        break;
      case '>':
        out.add(`partials ({{> ${name}}}) are not supported`);
        break;
      case '&':
      case '{':
        if (html) out.add(`{{{${name}}}} / {{& ${name}}} would not be HTML-escaped; use {{${name}}}`);
        if (!resolve(stack, name).found) out.add(`unknown placeholder {{${name}}}`);
        break;
      case 'name':
        if (!resolve(stack, name).found) out.add(`unknown placeholder {{${name}}}`);
        break;
      case '#':
      case '^': {
        const r = resolve(stack, name);
        if (!r.found) {
          out.add(`unknown placeholder {{${type}${name}}}`);
          break;
        }
        let inner = stack;
        if (type === '#') {
          if (Array.isArray(r.value)) inner = r.value.length ? [...stack, r.value[0]] : stack;
          else if (r.value && typeof r.value === 'object') inner = [...stack, r.value];
        }
        checkTokens((token[4] ?? []) as Token[], inner, html, out);
        break;
      }
      default:
        out.add(`unsupported tag {{${type}${name}}}`);
    }
  }
}

/**
 * Problems of one template text for a key: syntax errors, unknown placeholders, unescaped output
 * in HTML. Keys outside the catalogue are checked for syntax only (any placeholder is allowed).
 */
export function checkTemplateText(key: string, field: string, source: string): TemplateProblem[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as unknown as Token[];
  } catch (err) {
    return [{ field, message: `broken template: ${(err as Error).message}` }];
  }
  const def = catalogByKey.get(key);
  const out = new Set<string>();
  checkTokens(tokens, def ? [{ app }, def.sample] : [ANY], field.startsWith('html'), out);
  return [...out].map((message) => ({ field, message }));
}

/** Problems of every template field present in `fields`. */
export function validateTemplate(key: string, fields: Partial<Record<TemplateField, unknown>>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const field of TEMPLATE_FIELDS) {
    const value = fields[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') {
      problems.push({ field, message: 'must be text' });
      continue;
    }
    problems.push(...checkTemplateText(key, field, value));
  }
  return problems;
}

const noEscape = (s: unknown) => String(s);

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string | null;
}

/**
 * Renders a stored template in a locale (English falls back to Thai field by field).
 * Subject and text are plain (not escaped); the HTML body is HTML-escaped.
 */
export function renderTemplate(template: TemplateFields, locale: Locale, data: Record<string, unknown>): RenderedEmail {
  const pick = (th: string | null | undefined, en: string | null | undefined) => (locale === 'en' && en ? en : th ?? '');
  const subjectSrc = pick(template.subjectTh, template.subjectEn);
  const textSrc = pick(template.textTh, template.textEn);
  const htmlSrc = pick(template.htmlTh, template.htmlEn);
  const subject = Mustache.render(subjectSrc, data, {}, { escape: noEscape })
    .replace(/\s+/g, ' ')
    .trim();
  const text = Mustache.render(textSrc, data, {}, { escape: noEscape });
  const html = htmlSrc ? Mustache.render(htmlSrc, data) : null;
  return { subject, text, html };
}

/** Inserts the shipped default of every catalogue key that has no template yet; edited ones stay. */
export async function seedEmailTemplates(strapi: Core.Strapi): Promise<number> {
  const existing = await strapi.db.query(TEMPLATE_UID).findMany({ select: ['key'] });
  const have = new Set(existing.map((r: { key: string }) => r.key));
  let created = 0;
  for (const def of templateCatalog) {
    if (have.has(def.key)) continue;
    await strapi.documents(TEMPLATE_UID).create({
      data: { key: def.key, description: def.description, ...def.defaults } as any,
    });
    created++;
  }
  return created;
}
