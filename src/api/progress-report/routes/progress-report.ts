import { factories } from '@strapi/strapi';

/** Reports are created by the generate-expected-reports job; over REST they are read and worked on. */
export default factories.createCoreRouter('api::progress-report.progress-report', { only: ['find', 'findOne'] });
