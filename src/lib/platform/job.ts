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
  name: string;
  description: string;
  /** cron expression (Asia/Bangkok) used when config/jobs.ts has none for this job */
  defaultSchedule: string;
  run(ctx: JobContext): Promise<JobCounts>;
}
