import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::complaint-update.complaint-update');
