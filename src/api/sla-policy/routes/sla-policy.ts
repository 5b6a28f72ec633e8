import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::sla-policy.sla-policy');
