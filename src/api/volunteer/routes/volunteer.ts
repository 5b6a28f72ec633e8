import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::volunteer.volunteer', { only: ['find', 'findOne', 'create', 'update'] });
