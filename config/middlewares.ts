export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'global::citizen-home', // `/` serves public/index.html (strapi::public would redirect it to /admin)
  'strapi::public',
];
