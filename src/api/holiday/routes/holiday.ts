import { factories } from '@strapi/strapi';

/** Read-only over the API (the calendar is public information); administrators edit it in the panel. */
export default factories.createCoreRouter('api::holiday.holiday', { only: ['find', 'findOne'] });
