import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::response-team.response-team');
