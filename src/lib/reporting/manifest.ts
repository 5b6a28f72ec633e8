import type { DomainManifest } from '../platform/manifest';
import { loadReportingDemo } from './demo';
import { reportingEmailTemplates } from './emails';
import { registerReportingGuard } from './guard';
import { registerReportingAdminRoutes } from './admin-routes';
import generateExpectedReports from './jobs/generate-expected-reports';
import { anySource } from '../platform/obligations/source';
import { reportObligations } from './obligations';

const readProjects = ['api::project.project.find', 'api::project.project.findOne'];
/** The division's compliance figures (JSON, CSV) and the eMENSCR-shaped export. */
const readCompliance = [
  'api::progress-report.progress-report.compliance',
  'api::progress-report.progress-report.complianceCsv',
  'api::progress-report.progress-report.emenscrCsv',
];

/** Mandatory reporting. The controllers limit agency officers to their own agencies' projects (else 404). */
export const reportingManifest: DomainManifest = {
  name: 'reporting',
  apis: ['project', 'progress-report', 'reminder-policy'],
  permissions: {
    'agency-officer': [
      ...readProjects,
      'api::progress-report.progress-report.find',
      'api::progress-report.progress-report.findOne',
      'api::progress-report.progress-report.submit',
      'plugin::upload.content-api.upload',
    ],
    'complaint-officer': [
      ...readProjects,
      'api::progress-report.progress-report.find',
      'api::progress-report.progress-report.findOne',
      'api::progress-report.progress-report.accept',
      'api::progress-report.progress-report.returnReport',
      'api::progress-report.progress-report.lockException',
      ...readCompliance,
    ],
    // inspectors look up the projects an inspection or finding is about, and read the compliance figures
    inspector: [...readProjects, ...readCompliance],
  },
  listViews: {
    'api::project.project': {
      columns: ['code', 'name', 'agency', 'reportingFrequency', 'fiscalYear', 'state'],
      sortBy: 'code',
      sortOrder: 'ASC',
      mainField: 'name',
    },
    'api::progress-report.progress-report': {
      columns: ['project', 'periodLabel', 'dueAt', 'state', 'late', 'submittedAt'],
      sortBy: 'dueAt',
      sortOrder: 'DESC',
      mainField: 'periodLabel',
    },
  },
  mediaFields: {
    'api::progress-report.progress-report': { attachments: 'apiUpload' },
  },
  register: (strapi) => {
    registerReportingGuard(strapi);
    registerReportingAdminRoutes(strapi);
  },
  jobs: [generateExpectedReports],
  obligations: [anySource(reportObligations)],
  emailTemplates: reportingEmailTemplates,
  demo: async (strapi) => ({ projects: await loadReportingDemo(strapi) }),
};
