import { adminForms, enumLabels } from '../../lib/admin-forms';
import strapiTh from './strapi-th.json';

/**
 * The admin panel's Thai and English, merged into Strapi's own by `config.translations`:
 *   - `strapi-th.json`: Strapi's screens our roles open (login, home, Content Manager, media library,
 *     profile, settings, users and roles) where Strapi's Thai file has no string, collected by loading
 *     each screen in Chromium and logging react-intl's MISSING_TRANSLATION ids;
 *   - every content type's name and field labels from the domains' admin forms (src/lib/<domain>/admin-form.ts),
 *     under the ids the Content Manager looks up (`content-manager.content-types.<uid>.<field>`);
 *   - enumeration values (`mind.enum.<value>`, or `mind.enum.<uid>.<field>.<value>` where a field reads
 *     differently), shown by ./enumerations.tsx.
 */
type Messages = Record<string, string>;

const fromForms = (lang: 0 | 1): Messages => {
  const out: Messages = {};
  for (const [uid, form] of Object.entries(adminForms)) {
    // the type's name: the Content Manager translates the schema's displayName "<Thai> / <English>"
    out[`${form.name[0]} / ${form.name[1]}`] = form.name[lang];
    // a content type's fields, and a component's (the edit form labels a component's fields by the latter)
    const scope = uid.includes('::') ? 'content-types' : 'components';
    for (const [field, text] of Object.entries(form.fields)) out[`content-manager.${scope}.${uid}.${field}`] = text[lang];
    for (const [field, values] of Object.entries(form.enums ?? {}))
      for (const [value, label] of Object.entries(values)) {
        out[`mind.enum.${uid}.${field}.${value}`] = label[lang];
        // the bare value (Strapi's list filters): the domain's reading when it has one, else this field's
        if (!enumLabels[value]) out[value] = label[lang];
      }
  }
  for (const [value, label] of Object.entries(enumLabels)) {
    out[`mind.enum.${value}`] = label[lang];
    // the list's filters name an enumeration's options by the bare value, as Strapi's own input does
    out[value] = label[lang];
  }
  return out;
};

export const formTranslations = { th: fromForms(0), en: fromForms(1) };
export const strapiThai: Messages = strapiTh;

/** The app's own strings: the login page's welcome, the menu's brand, the homepage greeting. */
export const appTranslations = {
  th: {
    'Auth.form.welcome.title': 'ยินดีต้อนรับสู่ MIND Desk',
    'Auth.form.welcome.subtitle': 'ระบบงานกองตรวจราชการ กระทรวงอุตสาหกรรม',
    'Auth.form.button.login': 'เข้าสู่ระบบ',
    'app.components.LeftMenu.navbrand.title': 'MIND Desk',
    'app.components.LeftMenu.navbrand.workplace': 'กองตรวจราชการ',
    'HomePage.header.title': 'สวัสดี คุณ{name}',
    'HomePage.header.subtitle': 'งานของกองตรวจราชการวันนี้',
    'mind.training.rates': 'การรับทราบสื่อการอบรม',
    'mind.factories.menu': 'โรงงาน',
    'mind.integrations': 'การเชื่อมต่อระบบ',
  },
  en: {
    'Auth.form.welcome.title': 'Welcome to MIND Desk',
    'Auth.form.welcome.subtitle': 'Inspector-General division, Ministry of Industry',
    'app.components.LeftMenu.navbrand.title': 'MIND Desk',
    'app.components.LeftMenu.navbrand.workplace': 'Inspector-General division',
    'HomePage.header.title': 'Hello {name}',
    'HomePage.header.subtitle': "Today's work of the Inspector-General division",
    'mind.training.rates': 'Training acknowledgements',
    'mind.factories.menu': 'Factories',
    'mind.integrations': 'Integrations',
  },
};
