import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::response-team.response-team');
