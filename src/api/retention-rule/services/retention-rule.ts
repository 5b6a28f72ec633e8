import { factories } from '@strapi/strapi';

/** Seeded at start by src/lib/privacy/retention/rules.ts; read by the propose-purge job. */
export default factories.createCoreService('api::retention-rule.retention-rule');
