/**
 * Scheduled jobs (each domain's jobs/ folder, src/lib/platform/scheduler.ts) and the notification dispatcher.
 * Cron expressions are read in Asia/Bangkok. See README, "Jobs and notifications".
 */
export default ({ env }: { env: any }) => ({
  enabled: env.bool('CRON_ENABLED', true),
  timezone: 'Asia/Bangkok',
  schedules: {
    'generate-expected-reports': env('CRON_GENERATE_EXPECTED_REPORTS', '10 0 * * *'),
    'chase-overdue-reports': env('CRON_CHASE_OVERDUE_REPORTS', '30 8 * * *'),
    'chase-inspection-findings': env('CRON_CHASE_INSPECTION_FINDINGS', '40 8 * * *'),
    'watch-complaint-sla': env('CRON_WATCH_COMPLAINT_SLA', '*/15 * * * *'),
    'dispatch-notifications': env('CRON_DISPATCH_NOTIFICATIONS', '* * * * *'),
    'remind-volunteer-activities': env('CRON_REMIND_VOLUNTEER_ACTIVITIES', '0 * * * *'),
    'purge-personal-data': env('CRON_PURGE_PERSONAL_DATA', '30 2 * * *'),
  } as Record<string, string>,
  notifications: {
    maxAttempts: env.int('NOTIFY_MAX_ATTEMPTS', 8),
    retryBaseSeconds: env.int('NOTIFY_RETRY_BASE_SECONDS', 60),
    retryMaxSeconds: env.int('NOTIFY_RETRY_MAX_SECONDS', 6 * 3600),
    batchSize: env.int('NOTIFY_BATCH_SIZE', 50),
    concurrency: env.int('NOTIFY_CONCURRENCY', env.int('SMTP_POOL_SIZE', 5)),
    claimTimeoutSeconds: env.int('NOTIFY_CLAIM_TIMEOUT_SECONDS', 600),
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
