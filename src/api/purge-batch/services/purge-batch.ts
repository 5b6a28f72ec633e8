import { factories } from '@strapi/strapi';

/** Batches are written by the propose-purge job and decided by src/lib/privacy/retention/decide.ts. */
export default factories.createCoreService('api::purge-batch.purge-batch');
