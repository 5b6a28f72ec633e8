import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::traffy-event.traffy-event');
