import type { StrapiApp } from '@strapi/strapi/admin';
import { dashboardTranslations, registerDashboardWidgets } from './widgets';
import { appTranslations, formTranslations, strapiThai } from './translations';
import { quietPanel } from './quiet';
import { registerEnumerationLabels } from './enumerations';
import { bootstrapWork } from './work';
import { registerFactoryPages } from './factories';
import { registerIntegrations } from './integrations';

/** Menu icon of the training acknowledgement page (an open book). */
const TrainingIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M2 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H2zM22 4h-7a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h8z" />
  </svg>
);

export default {
  config: {
    // Thai first (the default for whoever has not chosen, ./quiet.ts), English one click away.
    locales: ['th'],
    translations: {
      th: { ...strapiThai, ...formTranslations.th, ...appTranslations.th, ...dashboardTranslations.th },
      en: { ...formTranslations.en, ...appTranslations.en, ...dashboardTranslations.en },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Training: acknowledgement rates per material, for admins who may read acknowledgements.
    app.addMenuLink({
      to: 'training-rates',
      icon: TrainingIcon,
      intlLabel: { id: 'mind.training.rates', defaultMessage: 'Training acknowledgements' },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::training-acknowledgement.training-acknowledgement' }],
      Component: () => import('./pages/training-rates'),
    });
    // Dashboard: homepage widgets backed by /admin/mind-dashboard/*.
    registerDashboardWidgets(app);
    registerFactoryPages(app);
    registerIntegrations(app);
    // Thai by default, no tour or marketplace, only our homepage blocks; enumerations in words.
    quietPanel(app);
    registerEnumerationLabels(app);
  },
  bootstrap(app: StrapiApp) {
    bootstrapWork(app);
  },
};
