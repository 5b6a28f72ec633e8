import type { DomainManifest } from '../platform/manifest';
import { registerRevealAdminRoutes } from './reveal/admin-routes';
import { registerContentManagerMasking } from './reveal/content-manager';
import proposePurge from './retention/propose-purge';
import { registerRetentionAdminRoutes } from './retention/admin-routes';
import { registerPurgeBatchGuard } from './retention/guard';
import { seedRetentionRules } from './retention/rules';
import { registerRequestAdminRoutes } from './requests/admin-routes';
import { requestObligations } from './requests/obligations';
import { requestEmailTemplates } from './requests/emails';
import { anySource } from '../platform/obligations/source';
import { registerBreachAdminRoutes } from './breaches/admin-routes';
import { registerBreachGuard } from './breaches/guard';
import { breachObligations } from './breaches/obligations';
import { breachNoticeTemplates } from './breaches/notice-templates';
import { BREACH_UID } from './breaches/model';
import { loadBreachDemo } from './breaches/demo';

/** The admin role of the division's privacy officer (DPO): approves purges, answers data-subject requests, keeps the breach register. */
const PRIVACY_OFFICER_ROLE = 'privacy-officer';

/**
 * Personal data under the PDPA: reveal with a reason, retention per purpose, data-subject requests
 * and the breach register. Each part adds its own lines to the lists below.
 */
export const privacyManifest: DomainManifest = {
  name: 'privacy',
  apis: [
    // reveal
    // retention
    'retention-rule',
    'purge-batch',
    // requests
    'data-subject-request',
    // breaches
    'data-breach',
  ],
  permissions: {
    // reveal
    'complaint-officer': ['api::complaint.complaint.reveal'],
    'volunteer-coordinator': ['api::volunteer.volunteer.reveal'],
    // retention
    // requests
    volunteer: ['api::data-subject-request.data-subject-request.mine'],
    // breaches
  },
  adminRoles: [
    {
      code: PRIVACY_OFFICER_ROLE,
      name: 'Privacy officer',
      description: 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล / Approves purges, answers data-subject requests, keeps the breach register',
      edited: [
        // retention
        'api::retention-rule.retention-rule',
        'api::purge-batch.purge-batch',
        // requests
        'api::data-subject-request.data-subject-request',
        // breaches
        BREACH_UID,
      ],
      // a data-subject request links the subject's complaints or volunteer profile: the officer answering it
      // reads them (each Content Manager read of personal data is audited)
      readOnly: ['api::agency.agency', 'api::province.province', 'api::complaint.complaint', 'api::volunteer.volunteer'],
    },
  ],
  listViews: {
    // retention
    'api::retention-rule.retention-rule': {
      columns: ['dataset', 'retentionDays', 'countedFrom', 'legalBasis', 'active'],
      sortBy: 'dataset',
      sortOrder: 'ASC',
      mainField: 'dataset',
    },
    'api::purge-batch.purge-batch': {
      columns: ['asOf', 'state', 'decidedBy', 'decidedAt', 'purgedAt'],
      sortBy: 'asOf',
      sortOrder: 'DESC',
      mainField: 'asOf',
    },
    // requests: the oldest due first, as the 30-day clock runs
    'api::data-subject-request.data-subject-request': {
      columns: ['reference', 'kind', 'subjectKind', 'state', 'receivedAt', 'dueAt'],
      sortBy: 'dueAt',
      sortOrder: 'ASC',
      mainField: 'reference',
    },
    // breaches
    [BREACH_UID]: {
      columns: ['title', 'state', 'riskLevel', 'discoveredAt', 'notifyBy', 'pdpcNotifiedAt', 'affectedCount'],
      sortBy: 'discoveredAt',
      sortOrder: 'DESC',
      mainField: 'title',
    },
  },
  jobs: [
    // retention
    proposePurge,
  ],
  obligations: [
    // requests
    anySource(requestObligations(PRIVACY_OFFICER_ROLE)),
    // breaches
    anySource(breachObligations(PRIVACY_OFFICER_ROLE)),
  ],
  emailTemplates: [
    // requests
    ...requestEmailTemplates,
    // breaches
    ...breachNoticeTemplates,
  ],
  register: (strapi) => {
    void strapi;
    // reveal
    registerRevealAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    registerContentManagerMasking(strapi);
    // retention
    registerPurgeBatchGuard(strapi);
    registerRetentionAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    // requests
    registerRequestAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    // breaches
    registerBreachGuard(strapi);
    registerBreachAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
  },
  setup: async (strapi) => {
    // retention
    await seedRetentionRules(strapi);
  },
  demo: async (strapi) => ({
    // breaches
    breaches: await loadBreachDemo(strapi),
  }),
};
