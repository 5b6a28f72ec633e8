import { factories } from '@strapi/strapi';

/** Officers read incidents here; every change goes through the actions of 01-incident-actions.ts. */
export default factories.createCoreRouter('api::incident.incident', { only: ['find', 'findOne'] });
