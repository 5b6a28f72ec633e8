import type { DomainManifest } from '../platform/manifest';
import { registerRevealAdminRoutes } from './reveal/admin-routes';

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
    // requests
    // breaches
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
        // requests
        // breaches
      ],
      readOnly: ['api::agency.agency', 'api::province.province'],
    },
  ],
  listViews: {},
  jobs: [],
  obligations: [],
  emailTemplates: [],
  register: (strapi) => {
    void strapi;
    // reveal
    registerRevealAdminRoutes(strapi, PRIVACY_OFFICER_ROLE);
    // retention
    // requests
    // breaches
  },
};
