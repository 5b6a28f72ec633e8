import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::http-call.http-call');
