import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::complaint-category.complaint-category');
