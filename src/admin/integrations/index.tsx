import type { StrapiApp } from '@strapi/strapi/admin';

/** Menu icon of the integrations page (two linked rings). */
const LinkIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </svg>
);

/**
 * "การเชื่อมต่อระบบ / Integrations": the API documentation (the OpenAPI document of /api/openapi.json,
 * rendered here, nothing loaded from another origin) for every signed-in administrator, and the Open311
 * clients' keys (issue, rotate, revoke; a key is shown once) for administrators who may edit Open311
 * clients. Call from the admin app's register.
 */
export function registerIntegrations(app: StrapiApp) {
  app.addMenuLink({
    to: 'integrations',
    icon: LinkIcon,
    intlLabel: { id: 'mind.integrations', defaultMessage: 'การเชื่อมต่อระบบ / Integrations' },
    permissions: [],
    Component: () => import('./page'),
  });
}
