import type { StrapiApp } from '@strapi/strapi/admin';
import { dashboardTranslations, registerDashboardWidgets } from './widgets';
import { bootstrapWork } from './work';
import { registerFactoryPages } from './factories';

/** Menu icon of the training acknowledgement page (an open book). */
const TrainingIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M2 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H2zM22 4h-7a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h8z" />
  </svg>
);

export default {
  config: {
    // Thai first, English second (English is always available in the admin panel).
    locales: ['th'],
    translations: {
      th: {
        'Auth.form.welcome.title': 'ยินดีต้อนรับสู่ MIND Desk',
        'Auth.form.welcome.subtitle': 'ระบบงานกองตรวจราชการ กระทรวงอุตสาหกรรม',
        'app.components.LeftMenu.navbrand.title': 'MIND Desk',
        'app.components.LeftMenu.navbrand.workplace': 'กองตรวจราชการ',
        'mind.training.rates': 'การรับทราบสื่อการอบรม',
        ...dashboardTranslations.th,
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to MIND Desk',
        'Auth.form.welcome.subtitle': 'Inspector-General division, Ministry of Industry',
        'app.components.LeftMenu.navbrand.title': 'MIND Desk',
        'app.components.LeftMenu.navbrand.workplace': 'Inspector-General division',
        'mind.training.rates': 'Training acknowledgements',
        ...dashboardTranslations.en,
      },
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
  },
  bootstrap(app: StrapiApp) {
    bootstrapWork(app);
  },
};
