import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::open311-client.open311-client');
