import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::incident-policy.incident-policy');
