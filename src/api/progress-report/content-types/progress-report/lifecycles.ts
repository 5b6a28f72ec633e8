import { reportReturned, reportStatusChange } from '../../../../lib/reporting/events';

/**
 * Status rules that hold whichever way a report is changed (REST workflow routes or the admin panel):
 * the first submission records whether it was late; a return counts itself and emails the officer.
 */
export default {
  async beforeUpdate(event: any) {
    await reportStatusChange(strapi, event);
  },
  async afterUpdate(event: any) {
    await reportReturned(strapi, event);
  },
};
