import { staffLink } from '../platform/links';
import { appSample as app, agencySample, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/**
 * What every progress-report email says of its project (the reminders of chase-overdue-reports and the
 * "returned" notice): the responsible officer, the project and its agency, in the project's email language.
 */
export interface ReportMailProject {
  code: string;
  name: string;
  nameEn?: string | null;
  officerName?: string | null;
  emailLocale?: string | null;
  agency?: { code: string; nameTh: string; nameEn?: string | null } | null;
}

export function reportMailLocale(project: ReportMailProject): 'th' | 'en' {
  return project.emailLocale === 'en' ? 'en' : 'th';
}

export function reportMailContext(project: ReportMailProject) {
  const locale = reportMailLocale(project);
  return {
    officer: { name: project.officerName },
    project: { code: project.code, name: locale === 'en' && project.nameEn ? project.nameEn : project.name, nameEn: project.nameEn },
    agency: project.agency ? { code: project.agency.code, name: project.agency.nameTh, nameEn: project.agency.nameEn } : {},
  };
}

/** Where an officer opens a progress report: the staff app's report form. */
export const reportLink = (base: string, documentId: string) => staffLink(base, 'report', documentId);

const projectSample = {
  code: 'PRJ-2570-001',
  name: 'โครงการยกระดับอุตสาหกรรม',
  nameEn: 'Industry upgrade project',
};
const reportSample = {
  periodLabel: 'FY2570-Q1',
  dueDate: '15 มกราคม 2570',
  daysLeft: 3,
  daysOverdue: 7,
  link: 'https://mind-desk.example/staff/report.html?id=abc',
};

/** The progress-report emails: placeholders (`sample`) and the shipped Thai and English defaults. */
export const reportingEmailTemplates: TemplateDefinition[] = [
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
          link: 'https://mind-desk.example/staff/report.html?id=abc',
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
];
