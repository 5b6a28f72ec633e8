import { staffLink } from '../platform/links';
import { appSample as app, agencySample, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/**
 * What every progress-report email says of its project (the "returned" notice; the reminders are the
 * obligation digest): the responsible officer, the project and its agency, in the project's email language.
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
