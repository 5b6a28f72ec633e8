import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::data-subject-request.data-subject-request');
