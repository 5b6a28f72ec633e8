import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::reminder-policy.reminder-policy');
