import type { StrapiApp } from '@strapi/strapi/admin';

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
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to MIND Desk',
        'Auth.form.welcome.subtitle': 'Inspector-General division, Ministry of Industry',
        'app.components.LeftMenu.navbrand.title': 'MIND Desk',
        'app.components.LeftMenu.navbrand.workplace': 'Inspector-General division',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
