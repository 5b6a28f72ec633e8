import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::training-acknowledgement.training-acknowledgement');
