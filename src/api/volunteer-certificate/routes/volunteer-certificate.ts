import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::volunteer-certificate.volunteer-certificate', { only: ['find', 'findOne'] });
