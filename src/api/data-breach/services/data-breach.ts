import { factories } from '@strapi/strapi';

/** The breach register is kept in the admin panel; its rules are src/lib/privacy/breaches. */
export default factories.createCoreService('api::data-breach.data-breach');
