/**
 * The expected access of every route Strapi registers — the one table the security suites check
 * the running system against (tests/security-matrix.test.ts fails on a registered route without a
 * row here, and on a row whose route no longer exists).
 *
 * Key: `<METHOD> <path>` exactly as Strapi's router holds it (`/api` prefix included, parameters as
 * `:name`). Value: the roles that may call the route, i.e. pass authentication and the route's
 * permission check. Everyone else must get 401 or 403.
 *
 * "May call" is about the route, not about every record: a role that may call a route can still get
 * 404 for records outside its scope (a team member for another team's complaint, a volunteer for
 * someone else's profile, an agency officer for another agency's report) and 400 for bad input.
 * What a role sees within a route (and that private fields never reach it) is tested by
 * tests/security-leak.test.ts and the feature suites.
 *
 * Adding a route: add its row in the same commit, with the narrowest set of roles that need it.
 */

export const ROLES = ['public', 'staff', 'officer', 'team', 'agency', 'volunteer', 'coordinator', 'inspector'] as const;
export type Role = (typeof ROLES)[number];
/*
 * public      no login (users-permissions role `public`)
 * staff       `authenticated`: any signed-in staff member
 * officer     `complaint-officer`
 * team        `response-team-member`
 * agency      `agency-officer`
 * volunteer   `volunteer`
 * coordinator `volunteer-coordinator`
 * inspector   `inspector`
 */

const EVERYONE: Role[] = [...ROLES];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'public');
const NOBODY: Role[] = [];

export const routeAccess: Record<string, Role[]> = {
  // Complaints: public intake and tracking (auth: false, rate-limited), Open311 GeoReport v2, staff workflow
  'GET /api/complaint-categories': ['public', 'officer', 'team'],
  'POST /api/complaint-categories': NOBODY,
  'DELETE /api/complaint-categories/:id': NOBODY,
  'GET /api/complaint-categories/:id': ['public', 'officer', 'team'],
  'PUT /api/complaint-categories/:id': NOBODY,
  'GET /api/complaint-updates': NOBODY,
  'POST /api/complaint-updates': NOBODY,
  'DELETE /api/complaint-updates/:id': NOBODY,
  'GET /api/complaint-updates/:id': NOBODY,
  'PUT /api/complaint-updates/:id': NOBODY,
  'GET /api/complaints': ['officer', 'team'],
  'POST /api/complaints': ['officer'],
  'GET /api/complaints/:id': ['officer', 'team'],
  'PUT /api/complaints/:id': ['officer'],
  'POST /api/complaints/:id/assign': ['officer'],
  'POST /api/complaints/:id/field-visits': ['officer', 'team'],
  'POST /api/complaints/:id/reveal': ['officer'],
  'POST /api/complaints/:id/notes': ['officer'],
  'POST /api/complaints/:id/transition': ['officer', 'team'],
  // Traffy Fondue bridge: Traffy's webhooks (no login; the URL's secret, else 404) and an officer's forward
  'POST /api/traffy/webhook/:key': EVERYONE,
  'PATCH /api/traffy/webhook/:key': EVERYONE,
  'POST /api/traffy/complaints/:id/forward': ['officer'],
  // Open311 GeoReport v2 in JSON and XML (POST: api_key records or, without one, limited per address)
  'GET /api/open311/v2/discovery.json': EVERYONE,
  'GET /api/open311/v2/discovery.xml': EVERYONE,
  'GET /api/open311/v2/requests.json': EVERYONE,
  'GET /api/open311/v2/requests.xml': EVERYONE,
  'POST /api/open311/v2/requests.json': EVERYONE,
  'POST /api/open311/v2/requests.xml': EVERYONE,
  'GET /api/open311/v2/requests/:service_request_id.json': EVERYONE,
  'GET /api/open311/v2/requests/:service_request_id.xml': EVERYONE,
  'GET /api/open311/v2/services.json': EVERYONE,
  'GET /api/open311/v2/services.xml': EVERYONE,
  'GET /api/open311/v2/services/:service_code.json': EVERYONE,
  'GET /api/open311/v2/services/:service_code.xml': EVERYONE,
  // the OpenAPI document (integrators build against it)
  'GET /api/openapi.json': EVERYONE,
  'POST /api/public/complaints': EVERYONE,
  'GET /api/public/complaints/:trackingCode': EVERYONE,
  'POST /api/public/complaints/:trackingCode/rating': EVERYONE,
  'POST /api/public/complaints/:trackingCode/reopen': EVERYONE,
  // PDPA data-subject requests: a citizen by tracking code and contact (no login, limited), a volunteer for themself
  'POST /api/data-subject-requests': EVERYONE,
  'POST /api/data-subject-requests/mine': ['volunteer'],

  // Factory registry (DIW): public information, without the operator's name
  'GET /api/factories': ['public', 'officer', 'team', 'inspector'],
  'GET /api/factories/:id': ['public', 'officer', 'team', 'inspector'],
  'GET /api/complaints/:id/factory-suggestions': ['officer'],
  'PUT /api/complaints/:id/factory': ['officer'],

  // Response teams, SLA
  'GET /api/response-teams': ['officer', 'team'],
  'POST /api/response-teams': NOBODY,
  'DELETE /api/response-teams/:id': NOBODY,
  'GET /api/response-teams/:id': ['officer', 'team'],
  'PUT /api/response-teams/:id': NOBODY,
  // Incidents (complaints about one source, worked once): officers only; the policy is the admin panel's
  'GET /api/incidents': ['officer'],
  'GET /api/incidents/:id': ['officer'],
  'POST /api/incidents': ['officer'],
  'POST /api/incidents/:id/confirm': ['officer'],
  'POST /api/incidents/:id/detach': ['officer'],
  'POST /api/incidents/:id/split': ['officer'],
  'POST /api/incidents/:id/merge': ['officer'],
  'POST /api/incidents/:id/assign': ['officer'],
  'POST /api/incidents/:id/transition': ['officer'],
  'POST /api/incidents/:id/field-visits': ['officer'],
  'DELETE /api/incident-policy': NOBODY,
  'GET /api/incident-policy': NOBODY,
  'PUT /api/incident-policy': NOBODY,
  'DELETE /api/sla-policy': NOBODY,
  'GET /api/sla-policy': NOBODY,
  'PUT /api/sla-policy': NOBODY,
  // Holiday calendar (working-day deadlines): public information, read-only over the API (edited in the panel)
  'GET /api/holidays': EVERYONE,
  'GET /api/holidays/:id': EVERYONE,

  // Inspections
  'GET /api/inspection-findings': ['agency', 'inspector'],
  'POST /api/inspection-findings': ['inspector'],
  'DELETE /api/inspection-findings/:id': NOBODY,
  'GET /api/inspection-findings/:id': ['agency', 'inspector'],
  'PUT /api/inspection-findings/:id': ['inspector'],
  'POST /api/inspection-findings/:id/accept': ['inspector'],
  'POST /api/inspection-findings/:id/reopen': ['inspector'],
  'POST /api/inspection-findings/:id/respond': ['agency'],
  'POST /api/inspection-findings/:id/commitment': ['agency'],
  'POST /api/inspection-findings/:id/commitment/accept': ['inspector'],
  'POST /api/inspection-findings/:id/commitment/reject': ['inspector'],
  'POST /api/inspection-findings/:id/extension': ['agency'],
  'POST /api/inspection-findings/:id/extension/approve': ['inspector'],
  'POST /api/inspection-findings/:id/extension/refuse': ['inspector'],
  'GET /api/inspection-rounds/:fiscalYear/:round/summary': ['inspector'],
  'GET /api/inspection-rounds/:fiscalYear/:round/summary.csv': ['inspector'],
  'GET /api/inspections': ['inspector'],
  'POST /api/inspections': ['inspector'],
  'DELETE /api/inspections/:id': NOBODY,
  'GET /api/inspections/:id': ['inspector'],
  'PUT /api/inspections/:id': ['inspector'],
  'POST /api/inspections/:id/transition': ['inspector'],

  // Mandatory reporting, jobs, outbox, templates
  'GET /api/email-templates': NOBODY,
  'POST /api/email-templates': NOBODY,
  'DELETE /api/email-templates/:id': NOBODY,
  'GET /api/email-templates/:id': NOBODY,
  'PUT /api/email-templates/:id': NOBODY,
  // Retention rules and purge batches (PDPA) have no content-API routes at all (no routes folder): the
  // admin panel only, and a row here for either would be a route that must not exist
  // Data breaches (PDPA breach register) have no content-API routes (no routes folder): the admin panel only
  'GET /api/job-runs': NOBODY,
  'POST /api/job-runs': NOBODY,
  'DELETE /api/job-runs/:id': NOBODY,
  'GET /api/job-runs/:id': NOBODY,
  'PUT /api/job-runs/:id': NOBODY,
  'GET /api/notifications': NOBODY,
  'POST /api/notifications': NOBODY,
  'DELETE /api/notifications/:id': NOBODY,
  'GET /api/notifications/:id': NOBODY,
  'PUT /api/notifications/:id': NOBODY,
  'GET /api/progress-reports': ['officer', 'agency'],
  'GET /api/progress-reports/:id': ['officer', 'agency'],
  'POST /api/progress-reports/:id/accept': ['officer'],
  'POST /api/progress-reports/:id/return': ['officer'],
  'POST /api/progress-reports/:id/submit': ['agency'],
  'POST /api/progress-reports/:id/lock-exception': ['officer'],
  'GET /api/reporting-compliance': ['officer', 'inspector'],
  'GET /api/reporting-compliance.csv': ['officer', 'inspector'],
  'GET /api/reporting-compliance/emenscr.csv': ['officer', 'inspector'],
  'GET /api/projects': ['officer', 'agency', 'inspector'],
  'GET /api/projects/:id': ['officer', 'agency', 'inspector'],
  'DELETE /api/reminder-policy': NOBODY,
  'GET /api/reminder-policy': NOBODY,
  'PUT /api/reminder-policy': NOBODY,

  // Volunteers
  'GET /api/participations': ['volunteer', 'coordinator'],
  'GET /api/participations/:id': ['volunteer', 'coordinator'],
  'POST /api/participations/:id/attendance': ['coordinator'],
  'POST /api/participations/:id/cancel': ['volunteer', 'coordinator'],
  'POST /api/participations/:id/confirm': ['volunteer', 'coordinator'],
  'POST /api/participations/confirm': EVERYONE,
  'GET /api/volunteer-certificates': ['volunteer', 'coordinator'],
  'GET /api/volunteer-certificates/:id': ['volunteer', 'coordinator'],
  'POST /api/volunteer-certificates': ['volunteer', 'coordinator'],
  'GET /api/volunteer-certificates/:id/pdf': ['volunteer', 'coordinator'],
  'GET /api/volunteer-certificates/verify/:code': EVERYONE,
  'GET /api/volunteer-rosters': ['coordinator'],
  'GET /api/volunteer-rosters/:id': ['coordinator'],
  'POST /api/volunteer-rosters': ['coordinator'],
  'POST /api/volunteer-rosters/:id/close': ['coordinator'],
  'POST /api/volunteer-rosters/answer': EVERYONE,
  'GET /api/volunteer-rosters/mine': ['volunteer'],
  'POST /api/volunteer-rosters/:id/my-answer': ['volunteer'],
  'GET /api/volunteer-activities': ['volunteer', 'coordinator'],
  'POST /api/volunteer-activities': ['coordinator'],
  'GET /api/volunteer-activities/:id': ['volunteer', 'coordinator'],
  'PUT /api/volunteer-activities/:id': ['coordinator'],
  'POST /api/volunteer-activities/:id/cancel': ['coordinator'],
  'GET /api/volunteer-activities/:id/participants/export': ['coordinator'],
  'POST /api/volunteer-activities/:id/sign-up': ['volunteer', 'coordinator'],
  'GET /api/volunteer-hours': ['coordinator'],
  'GET /api/volunteer-hours/export': ['coordinator'],
  'GET /api/volunteers': ['volunteer', 'coordinator'],
  'POST /api/volunteers': ['coordinator'],
  'GET /api/volunteers/:id': ['volunteer', 'coordinator'],
  'PUT /api/volunteers/:id': ['coordinator'],
  'GET /api/volunteers/me': ['volunteer', 'coordinator'],
  'PUT /api/volunteers/me': ['volunteer'],
  'POST /api/volunteers/:id/reveal': ['coordinator'],

  // Training
  'GET /api/funds': EVERYONE,
  'POST /api/funds': NOBODY,
  'DELETE /api/funds/:id': NOBODY,
  'GET /api/funds/:id': EVERYONE,
  'PUT /api/funds/:id': NOBODY,
  'GET /api/topics': EVERYONE,
  'POST /api/topics': NOBODY,
  'DELETE /api/topics/:id': NOBODY,
  'GET /api/topics/:id': EVERYONE,
  'PUT /api/topics/:id': NOBODY,
  'GET /api/training-acknowledgements': NOBODY,
  'POST /api/training-acknowledgements': NOBODY,
  'DELETE /api/training-acknowledgements/:id': NOBODY,
  'GET /api/training-acknowledgements/:id': NOBODY,
  'PUT /api/training-acknowledgements/:id': NOBODY,
  'GET /api/training-materials': EVERYONE,
  'POST /api/training-materials': NOBODY,
  'DELETE /api/training-materials/:id': NOBODY,
  'GET /api/training-materials/:id': EVERYONE,
  'PUT /api/training-materials/:id': NOBODY,
  'POST /api/training-materials/:id/acknowledge': SIGNED_IN,
  'GET /api/training-materials/my-required': SIGNED_IN,
  'GET /api/training-materials/search': EVERYONE,
  'POST /api/training-materials/:id/quiz-attempts': SIGNED_IN,
  // Law at hand: the provisions linked to a complaint's category or to a finding, for those who may see it
  'GET /api/complaints/:id/law-at-hand': ['officer', 'team'],
  'GET /api/inspection-findings/:id/law-at-hand': ['agency', 'inspector'],

  // Reference data
  'GET /api/agencies': SIGNED_IN,
  'POST /api/agencies': NOBODY,
  'DELETE /api/agencies/:id': NOBODY,
  'GET /api/agencies/:id': SIGNED_IN,
  'PUT /api/agencies/:id': NOBODY,
  'GET /api/provinces': EVERYONE,
  'POST /api/provinces': NOBODY,
  'DELETE /api/provinces/:id': NOBODY,
  'GET /api/provinces/:id': EVERYONE,
  'PUT /api/provinces/:id': NOBODY,

  // users-permissions: auth (register is closed: accounts are made by administrators), users, roles
  'GET /api/auth/:provider/callback': ['public'],
  'POST /api/auth/change-password': SIGNED_IN,
  'GET /api/auth/email-confirmation': ['public'],
  'POST /api/auth/forgot-password': ['public'],
  'POST /api/auth/local': ['public'],
  // closed: accounts are made by administrators (public gets 400 "Register action is currently disabled")
  'POST /api/auth/local/register': NOBODY,
  'POST /api/auth/logout': SIGNED_IN,
  'POST /api/auth/refresh': ['public'],
  'POST /api/auth/reset-password': ['public'],
  'POST /api/auth/send-email-confirmation': ['public'],
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/:sessionId': SIGNED_IN,
  'GET /api/connect/(.*)': ['public'],
  'GET /api/users': NOBODY,
  'POST /api/users': NOBODY,
  'GET /api/users-permissions/permissions': NOBODY,
  'GET /api/users-permissions/roles': NOBODY,
  'POST /api/users-permissions/roles': NOBODY,
  'GET /api/users-permissions/roles/:id': NOBODY,
  'DELETE /api/users-permissions/roles/:role': NOBODY,
  'PUT /api/users-permissions/roles/:role': NOBODY,
  'DELETE /api/users/:id': NOBODY,
  'GET /api/users/:id': NOBODY,
  'PUT /api/users/:id': NOBODY,
  'GET /api/users/count': NOBODY,
  'GET /api/users/me': SIGNED_IN,

  // Other plugins: upload, email, i18n, content-type builder
  'GET /api/content-type-builder/components': NOBODY,
  'GET /api/content-type-builder/components/:uid': NOBODY,
  'GET /api/content-type-builder/content-types': NOBODY,
  'GET /api/content-type-builder/content-types/:uid': NOBODY,
  'POST /api/email': NOBODY,
  'GET /api/i18n/locales': NOBODY,
  'POST /api/upload': ['agency'],
  'GET /api/upload/files': NOBODY,
  'DELETE /api/upload/files/:id': NOBODY,
  'GET /api/upload/files/:id': NOBODY,
  'GET /api/upload/files/page': NOBODY,
};

/**
 * Our admin-panel routes (admin JWT from /admin/login, not the users-permissions roles above):
 * every route registered under these prefixes, or by an admin router named `mind-*`, needs a row in
 * adminRouteAccess. Value: the admin roles (by code) that may call it; any users-permissions user
 * or caller without an admin token must get 401/403.
 */
export const ADMIN_ROUTE_PREFIXES = ['/admin/mind-dashboard/', '/admin/training/'];

export type AdminRole =
  | 'strapi-super-admin'
  | 'strapi-editor'
  | 'training-editor'
  | 'complaint-officer'
  | 'inspector'
  | 'volunteer-coordinator'
  | 'privacy-officer';
export const ADMIN_ROLES: AdminRole[] = [
  'strapi-super-admin',
  'strapi-editor',
  'training-editor',
  'complaint-officer',
  'inspector',
  'volunteer-coordinator',
  'privacy-officer',
];

export const adminRouteAccess: Record<string, AdminRole[]> = {
  // Training acknowledgement rates: administrators who may read training acknowledgements
  'GET /admin/training/acknowledgement-rates': ['strapi-super-admin', 'strapi-editor', 'training-editor'],
  // Homepage widgets: administrators who may read the widget's type in the Content Manager
  'GET /admin/mind-dashboard/complaints': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'privacy-officer'],
  'GET /admin/mind-dashboard/provinces': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'privacy-officer'],
  'GET /admin/mind-dashboard/feedback': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'privacy-officer'],
  'GET /admin/mind-dashboard/reporting': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'inspector'],
  'GET /admin/mind-dashboard/compliance': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'inspector'],
  'GET /admin/mind-dashboard/jobs': ['strapi-super-admin', 'strapi-editor'],
  'GET /admin/mind-dashboard/volunteers': ['strapi-super-admin', 'strapi-editor', 'volunteer-coordinator'],
  // Open311 client keys (admin router mind-integrations): administrators who may edit Open311 clients
  'POST /admin/mind-integrations/open311-clients/:id/key': ['strapi-super-admin', 'strapi-editor'],
  'POST /admin/mind-integrations/open311-clients/:id/revoke': ['strapi-super-admin', 'strapi-editor'],
  // Webhook endpoint secrets (admin router mind-webhooks): administrators who may edit webhook endpoints
  'POST /admin/mind-webhooks/endpoints/:id/secret': ['strapi-super-admin', 'strapi-editor'],
  // Factory registry: import (create and update factories), search, history and repeat sources (read factories;
  // a history's parts and the repeat counts only for the types the role reads)
  'POST /admin/factories/import': ['strapi-super-admin', 'strapi-editor'],
  'GET /admin/factories/search': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'inspector'],
  'GET /admin/factories/repeat-sources': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'inspector'],
  'GET /admin/factories/:id/history': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'inspector'],
  // The edit views' workflow buttons (admin routers mind-work-*): the Content Manager's read of complaints and
  // their timeline to see the panel, its update of the type to act; e-mail templates: their update
  'GET /admin/mind-work/complaints/:id': ['strapi-super-admin', 'strapi-editor', 'complaint-officer'],
  'POST /admin/mind-work/complaints/:id/transition': ['strapi-super-admin', 'strapi-editor', 'complaint-officer'],
  'POST /admin/mind-work/complaints/:id/assign': ['strapi-super-admin', 'strapi-editor', 'complaint-officer'],
  'POST /admin/mind-work/complaints/:id/notes': ['strapi-super-admin', 'strapi-editor', 'complaint-officer'],
  'POST /admin/mind-work/complaints/:id/reveal': ['strapi-super-admin', 'strapi-editor', 'complaint-officer', 'privacy-officer'],
  'POST /admin/mind-work/volunteers/:id/reveal': ['strapi-super-admin', 'strapi-editor', 'volunteer-coordinator', 'privacy-officer'],
  'GET /admin/mind-privacy/reveals': ['strapi-super-admin', 'privacy-officer'],
  'GET /admin/mind-work/progress-reports/:id': ['strapi-super-admin', 'strapi-editor'],
  'POST /admin/mind-work/progress-reports/:id/accept': ['strapi-super-admin', 'strapi-editor'],
  'POST /admin/mind-work/progress-reports/:id/return': ['strapi-super-admin', 'strapi-editor'],
  'GET /admin/mind-work/inspection-findings/:id': ['strapi-super-admin', 'strapi-editor', 'inspector'],
  'POST /admin/mind-work/inspection-findings/:id/accept': ['strapi-super-admin', 'strapi-editor', 'inspector'],
  'POST /admin/mind-work/inspection-findings/:id/reopen': ['strapi-super-admin', 'strapi-editor', 'inspector'],
  'POST /admin/mind-work/email-templates/preview': ['strapi-super-admin', 'strapi-editor'],
  'POST /admin/mind-work/email-templates/test': ['strapi-super-admin', 'strapi-editor'],
  // Data-subject requests (admin router mind-privacy-requests): super admins and the privacy officer, by role
  'POST /admin/mind-privacy/requests/:id/verify': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/requests/:id/export': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/requests/:id/export-pdf': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/requests/:id/correct': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/requests/:id/erase': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/requests/:id/close': ['strapi-super-admin', 'privacy-officer'],
  // The breach register (admin router mind-privacy-breaches): super admins and the privacy officer, by role
  'GET /admin/mind-privacy/data-breaches/:id/affected': ['strapi-super-admin', 'privacy-officer'],
  'GET /admin/mind-privacy/data-breaches/:id/notice': ['strapi-super-admin', 'privacy-officer'],
  'GET /admin/mind-privacy/data-breaches/:id/notice.pdf': ['strapi-super-admin', 'privacy-officer'],
  // Purge batches (admin router mind-privacy-retention): super admins and the privacy officer, by role
  'POST /admin/mind-privacy/purge-batches/:id/approve': ['strapi-super-admin', 'privacy-officer'],
  'POST /admin/mind-privacy/purge-batches/:id/reject': ['strapi-super-admin', 'privacy-officer'],
};
