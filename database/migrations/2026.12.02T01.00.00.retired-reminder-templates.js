'use strict';

/**
 * The per-item reminder e-mails of the retired chase jobs (reports, findings, volunteer activities) are
 * now lines of the obligation engine's daily digest: their template rows would sit in the admin panel
 * as texts nothing sends.
 */
const RETIRED = [
  'report.due_soon',
  'report.overdue',
  'report.escalation',
  'finding.due_soon',
  'finding.overdue',
  'finding.escalation',
  'activity.reminder',
];

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('email_templates'))) return;
    await knex('email_templates').whereIn('key', RETIRED).del();
  },
};
