import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::sla-policy.sla-policy');
