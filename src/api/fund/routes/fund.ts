import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::fund.fund');
