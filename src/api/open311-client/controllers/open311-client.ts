import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::open311-client.open311-client');
