import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::volunteer-activity.volunteer-activity', { only: ['find', 'findOne', 'create', 'update'] });
