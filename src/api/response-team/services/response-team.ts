import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::response-team.response-team');
