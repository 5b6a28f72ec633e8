import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::training-acknowledgement.training-acknowledgement');
