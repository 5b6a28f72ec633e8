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

/** Where an officer opens a progress report. */
export const reportLink = (base: string, documentId: string) => `${base}/api/progress-reports/${documentId}`;
