import type { Core } from '@strapi/strapi';

/**
 * Scheduled jobs (each domain's jobs/ folder, src/lib/platform/scheduler.ts) and the notification dispatcher.
 * Cron expressions are read in Asia/Bangkok. See README, "Jobs and notifications".
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('CRON_ENABLED', true),
  timezone: 'Asia/Bangkok',
  // A job's schedule: CRON_<JOB_NAME> (e.g. CRON_CHASE_OVERDUE_REPORTS), else the job's defaultSchedule
  // (src/lib/platform/scheduler.ts scheduleOf). An entry here, by job name, overrides both.
  schedules: {} as Record<string, string>,
  notifications: {
    maxAttempts: env.int('NOTIFY_MAX_ATTEMPTS', 8),
    retryBaseSeconds: env.int('NOTIFY_RETRY_BASE_SECONDS', 60),
    retryMaxSeconds: env.int('NOTIFY_RETRY_MAX_SECONDS', 6 * 3600),
    batchSize: env.int('NOTIFY_BATCH_SIZE', 50),
    concurrency: env.int('NOTIFY_CONCURRENCY', env.int('SMTP_POOL_SIZE', 5)),
    claimTimeoutSeconds: env.int('NOTIFY_CLAIM_TIMEOUT_SECONDS', 600),
  },
  // the outbound HTTP queue (src/lib/platform/http-outbox.ts): webhooks, the Traffy Fondue bridge
  httpOutbox: {
    maxAttempts: env.int('HTTP_OUTBOX_MAX_ATTEMPTS', 10),
    retryBaseSeconds: env.int('HTTP_OUTBOX_RETRY_BASE_SECONDS', 60),
    retryMaxSeconds: env.int('HTTP_OUTBOX_RETRY_MAX_SECONDS', 6 * 3600),
    batchSize: env.int('HTTP_OUTBOX_BATCH_SIZE', 50),
    concurrency: env.int('HTTP_OUTBOX_CONCURRENCY', 5),
    claimTimeoutSeconds: env.int('HTTP_OUTBOX_CLAIM_TIMEOUT_SECONDS', 600),
    timeoutMs: env.int('HTTP_OUTBOX_TIMEOUT_MS', 15000),
  },
  retention: {
    /** PDPA: complainants' personal data is cleared this many days after a complaint is finished */
    personalDataDays: env.int('PDPA_RETENTION_DAYS', 365),
  },
  reports: {
    /** how many days ahead of a period's start its expected report row is created */
    generateAheadDays: env.int('REPORTS_GENERATE_AHEAD_DAYS', 45),
  },
});
