import { factories } from '@strapi/strapi';

/** The registry is read over the content API; it is written by the import and in the admin panel. */
export default factories.createCoreRouter('api::factory.factory', { only: ['find', 'findOne'] });
