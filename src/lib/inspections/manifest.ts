import type { DomainManifest } from '../platform/manifest';
import { loadInspectionsDemo } from './demo';
import { inspectionEmailTemplates } from './emails';
import { registerInspectionGuard } from './guard';
import { registerInspectionAdminRoutes } from './admin-routes';
import { INSPECTOR_GENERAL_ROLE, registerRepeatDetection } from './repeat';
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
      'api::inspection-finding.inspection-finding.acceptCommitment',
      'api::inspection-finding.inspection-finding.rejectCommitment',
      'api::inspection-finding.inspection-finding.approveExtension',
      'api::inspection-finding.inspection-finding.refuseExtension',
    ],
    'agency-officer': [
      'api::inspection-finding.inspection-finding.find',
      'api::inspection-finding.inspection-finding.findOne',
      'api::inspection-finding.inspection-finding.respond',
      'api::inspection-finding.inspection-finding.proposeCommitment',
      'api::inspection-finding.inspection-finding.requestExtension',
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
    {
      // told by e-mail of every repeat finding (./repeat.ts); reads the inspections and their follow-up
      code: INSPECTOR_GENERAL_ROLE,
      name: 'Inspector-General',
      description: 'ผู้ตรวจราชการกระทรวง / Reads inspections and findings; told of repeat findings',
      edited: [],
      readOnly: [
        'api::inspection.inspection',
        'api::inspection-finding.inspection-finding',
        'api::agency.agency',
        'api::province.province',
      ],
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
    registerRepeatDetection(strapi);
    registerInspectionAdminRoutes(strapi);
  },
  emailTemplates: inspectionEmailTemplates,
  demo: async (strapi) => ({ inspectionFindings: await loadInspectionsDemo(strapi) }),
};
