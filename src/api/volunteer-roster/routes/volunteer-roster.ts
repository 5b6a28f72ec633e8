import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::volunteer-roster.volunteer-roster', { only: ['find', 'findOne'] });
