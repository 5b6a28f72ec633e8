import { factories } from '@strapi/strapi';

/** Read-only over REST (projects are managed in the admin panel); who may read is in src/lib/platform/roles.ts. */
export default factories.createCoreRouter('api::project.project', { only: ['find', 'findOne'] });
