import type { StrapiApp } from '@strapi/strapi/admin';

/** Menu icon of the factory registry (a factory with a chimney). */
const FactoryIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M2 20V10l6 3V10l6 3V4h4v16z" />
    <path d="M2 20h20" />
  </svg>
);

/**
 * The factory registry page (โรงงาน): the CSV import, one factory's history and the repeat sources of a
 * province, backed by /admin/factories/*. Shown to administrators who may read factories; the server
 * checks each call again.
 */
export function registerFactoryPages(app: StrapiApp) {
  app.addMenuLink({
    to: 'factories',
    icon: FactoryIcon,
    intlLabel: { id: 'mind.factories.menu', defaultMessage: 'โรงงาน / Factories' },
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::factory.factory' }],
    Component: () => import('./page'),
  });
}
