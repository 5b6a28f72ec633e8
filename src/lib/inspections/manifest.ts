import type { DomainManifest } from '../platform/manifest';
import { loadInspectionsDemo } from './demo';
import { inspectionEmailTemplates } from './emails';
import { registerInspectionGuard } from './guard';
import { registerInspectionAdminRoutes } from './admin-routes';
import { anySource } from '../platform/obligations/source';
import { findingObligations } from './obligations';

/** Inspections. Agency officers see only their own agency's findings (the controller scopes them). */
export const inspectionsManifest: DomainManifest = {
  name: 'inspections',
  apis: ['inspection', 'inspection-finding'],
  permissions: {
    inspector: [
      'api::inspection.inspection.find',
      'api::inspection.inspection.findOne',
      'api::inspection.inspection.create',
      'api::inspection.inspection.update',
      'api::inspection.inspection.transition',
      'api::inspection.inspection.summary',
      'api::inspection.inspection.summaryCsv',
      'api::inspection-finding.inspection-finding.find',
      'api::inspection-finding.inspection-finding.findOne',
      'api::inspection-finding.inspection-finding.create',
      'api::inspection-finding.inspection-finding.update',
      'api::inspection-finding.inspection-finding.accept',
      'api::inspection-finding.inspection-finding.reopen',
    ],
    'agency-officer': [
      'api::inspection-finding.inspection-finding.find',
      'api::inspection-finding.inspection-finding.findOne',
      'api::inspection-finding.inspection-finding.respond',
    ],
  },
  adminRoles: [
    {
      code: 'inspector',
      name: 'Inspector',
      description: 'ผู้ตรวจราชการ / Plan inspections, record findings and follow them up',
      edited: ['api::inspection.inspection', 'api::inspection-finding.inspection-finding'],
      readOnly: [
        'api::agency.agency',
        'api::factory.factory',
        'api::province.province',
        'api::project.project',
        'api::progress-report.progress-report',
      ],
      media: true,
    },
  ],
  listViews: {
    'api::inspection.inspection': {
      columns: ['code', 'title', 'type', 'fiscalYear', 'round', 'state'],
      sortBy: 'fiscalYear',
      sortOrder: 'DESC',
      mainField: 'code',
      version: 2,
    },
    'api::inspection-finding.inspection-finding': {
      columns: ['title', 'severity', 'responsibleAgency', 'state', 'dueAt'],
      sortBy: 'dueAt',
      sortOrder: 'ASC',
      mainField: 'title',
    },
  },
  mediaFields: {
    'api::inspection-finding.inspection-finding': { responseAttachments: 'attachments' },
  },
  obligations: [anySource(findingObligations)],
  register: (strapi) => {
    registerInspectionGuard(strapi);
    registerInspectionAdminRoutes(strapi);
  },
  emailTemplates: inspectionEmailTemplates,
  demo: async (strapi) => ({ inspectionFindings: await loadInspectionsDemo(strapi) }),
};
