import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::traffy-event.traffy-event');
