import type { Core } from '@strapi/strapi';

/** Counts a job reports (printed by `npm run jobs`, stored on its job-run row). */
export type JobCounts = Record<string, number>;

export interface JobContext {
  strapi: Core.Strapi;
  /** the clock: the scheduled minute, or a fixed date in tests */
  now: Date;
  /** decide and count, change nothing */
  dryRun: boolean;
}

/**
 * One scheduled job: `run` = the pure "what is due" part (exported separately by each job file
 * and unit-tested with a fixed clock) followed by a thin effect step.
 */
export interface Job {
  /** kebab-case; the schedule is read from CRON_<NAME> (cronEnvOf), e.g. CRON_CHASE_OVERDUE_REPORTS */
  name: string;
  /** English name for people (job list, dashboard) */
  description: string;
  /** Thai name for people (dashboard) */
  labelTh: string;
  /** cron expression (Asia/Bangkok) used when CRON_<NAME> is not set */
  defaultSchedule: string;
  run(ctx: JobContext): Promise<JobCounts>;
}

/** The environment variable that overrides a job's schedule: CRON_ + the name in upper snake case. */
export function cronEnvOf(jobName: string): string {
  return `CRON_${jobName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
