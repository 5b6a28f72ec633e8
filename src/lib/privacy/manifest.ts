import type { DomainManifest } from '../platform/manifest';
import { registerRevealAdminRoutes } from './reveal/admin-routes';
import proposePurge from './retention/propose-purge';
import { registerRetentionAdminRoutes } from './retention/admin-routes';
import { seedRetentionRules } from './retention/rules';
import { anySource } from '../platform/obligations/source';
import { registerBreachAdminRoutes } from './breaches/admin-routes';
import { registerBreachGuard } from './breaches/guard';
import { breachObligations } from './breaches/obligations';
import { breachNoticeTemplates } from './breaches/notice-templates';
import { BREACH_UID } from './breaches/model';
import { loadBreachDemo } from './breaches/demo';

/** The admin role of the division's privacy officer (DPO): approves purges, answers data-subject requests, keeps the breach register. */
export const PRIVACY_OFFICER_ROLE = 'privacy-officer';

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
    // breaches
    'data-breach',
  ],
  permissions: {
    // reveal
    'complaint-officer': ['api::complaint.complaint.reveal'],
    'volunteer-coordinator': ['api::volunteer.volunteer.reveal'],
    // retention
    // requests
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
        // breaches
        BREACH_UID,
      ],
      readOnly: ['api::agency.agency', 'api::province.province'],
    },
  ],
  listViews: {
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
    // breaches
    anySource(breachObligations(PRIVACY_OFFICER_ROLE)),
  ],
  emailTemplates: [
    // breaches
    ...breachNoticeTemplates,
  ],
  register: (strapi) => {
    void strapi;
    // reveal
    registerRevealAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    // retention
    registerRetentionAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    // requests
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
