import { corsConfig, securityConfig } from '../src/lib/security/http-security';
import { bodyConfig } from '../src/lib/security/multipart';

// A function, so the environment is read at each start (a test process boots Strapi several times).
export default () => [
  'strapi::logger',
  'strapi::errors',
  // CSP, HSTS in production, CORS from CORS_ORIGINS: src/lib/security/http-security.ts
  { name: 'strapi::security', config: securityConfig() },
  { name: 'strapi::cors', config: corsConfig() },
  'strapi::query',
  'global::query-guard', // every /api query: size limits and filter value types (src/lib/security/query-guard.ts)
  // multipart only where a route takes files, every temp file removed: src/lib/security/multipart.ts
  'global::multipart',
  { name: 'strapi::body', config: bodyConfig() },
  'strapi::session',
  'strapi::favicon',
  'global::citizen-home', // `/` serves public/index.html (strapi::public would redirect it to /admin)
  'strapi::public',
];
