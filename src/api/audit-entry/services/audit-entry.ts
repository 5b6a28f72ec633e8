import { factories } from '@strapi/strapi';

/** Audit entries are written by src/lib/security/audit.ts (database layer) and never through the document service. */
export default factories.createCoreService('api::audit-entry.audit-entry');
