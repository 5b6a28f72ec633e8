import type { Core } from '@strapi/strapi';
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import os from 'os';
import { randomBytes } from 'crypto';
import { cronEnvOf, type Job, type JobCounts } from './job';
import { insertIgnoringConflict } from './db-insert';
import { JOB_RUN_UID } from './model';

/**
 * The scheduler: every registered job (registerJobs, from the domains' manifests) on node-cron (timezone Asia/Bangkok,
 * noOverlap, distributed) and a database-backed RunCoordinator. node-cron asks the coordinator
 * `shouldRun("<job>:<scheduled minute ISO>")` at each fire; the coordinator inserts the job-run
 * row with that unique fire key and wins only if the insert succeeds, so N instances on one
 * database run each fire once. The winner records the result (counts, state, error) on the row.
 *
 *   registerJobs(strapi, jobs)   – register: the app's jobs (src/index.ts)
 *   startScheduler(strapi)       – bootstrap (nothing when CRON_ENABLED=false)
 *   stopScheduler(strapi)        – destroy: stops the timers, waits for running jobs
 *   runJobNow(strapi, name, {…}) – one run now through the same coordinator (CLI, tests)
 *   fireJob(strapi, name, date)  – exactly what a scheduled fire at `date` does (tests)
 *   listJobs(strapi)             – name, schedule, next and last run
 */

export { JOB_RUN_UID };
const TIMEZONE = 'Asia/Bangkok';

const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

// The app's jobs are handed over at start-up (src/index.ts, from the domains' manifests): shared
// machinery does not import the domains. Kept on the Strapi instance like the scheduler's state below,
// so that any copy of this module (the compiled app, a test importing the source) sees them.
const JOBS = Symbol.for('mind-desk.jobs');
/** The Strapi instance with what this module keeps on it. */
type WithScheduler = Core.Strapi & { [JOBS]?: Job[]; [STATE]?: SchedulerState };

export function registerJobs(strapi: Core.Strapi, jobs: Job[]): void {
  (strapi as WithScheduler)[JOBS] = jobs;
}

function jobsOf(strapi: Core.Strapi): Job[] {
  const jobs = (strapi as WithScheduler)[JOBS];
  if (!jobs) throw new Error('scheduler: no jobs registered (registerJobs runs in src/index.ts register)');
  return jobs;
}

function findJob(strapi: Core.Strapi, name: string): Job | undefined {
  return jobsOf(strapi).find((j) => j.name === name);
}

/** The fire key of a scheduled run: job name + scheduled minute (UTC ISO). */
function fireKey(job: string, slot: Date): string {
  const minute = new Date(Math.floor(slot.getTime() / 60000) * 60000);
  return `${job}:${minute.toISOString()}`;
}

export function scheduleOf(strapi: Core.Strapi, job: Job): string {
  const configured = (strapi.config.get('jobs.schedules') as Record<string, string> | undefined)?.[job.name];
  return configured || process.env[cronEnvOf(job.name)] || job.defaultSchedule;
}

function cronEnabled(strapi: Core.Strapi): boolean {
  return (strapi.config.get('jobs.enabled', true) as unknown) !== false && process.env.CRON_ENABLED !== 'false';
}

/**
 * The database-backed coordinator. `shouldRun(key)` = insert the job-run row for the fire key;
 * true only for the instance whose insert went in.
 */
class DatabaseRunCoordinator implements RunCoordinator {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly meta: { trigger?: 'schedule' | 'manual'; dryRun?: boolean } = {},
  ) {}

  async shouldRun(key: string): Promise<boolean> {
    const cut = key.indexOf(':');
    const job = cut > 0 ? key.slice(0, cut) : key;
    const slot = new Date(key.slice(cut + 1));
    return insertIgnoringConflict(
      this.strapi,
      JOB_RUN_UID,
      {
        job,
        fireKey: Number.isNaN(slot.getTime()) ? key : fireKey(job, slot),
        instance: instanceId,
        trigger: this.meta.trigger ?? 'schedule',
        dryRun: this.meta.dryRun ?? false,
        startedAt: new Date(),
        state: 'running',
      },
      'fireKey',
    );
  }
}

async function finishRun(strapi: Core.Strapi, key: string, result: { counts?: JobCounts; error?: unknown }) {
  await strapi.db.query(JOB_RUN_UID).update({
    where: { fireKey: key },
    data: {
      finishedAt: new Date(),
      state: result.error ? 'failed' : 'succeeded',
      counts: result.counts ?? null,
      error: result.error ? String((result.error as Error)?.stack ?? result.error).slice(0, 4000) : null,
    },
  });
}

async function execute(strapi: Core.Strapi, job: Job, key: string, now: Date, dryRun: boolean): Promise<JobCounts> {
  try {
    const counts = await job.run({ strapi, now, dryRun });
    await finishRun(strapi, key, { counts });
    strapi.log.info(`job ${job.name} (${key}) done: ${JSON.stringify(counts)}`);
    return counts;
  } catch (error) {
    strapi.log.error(`job ${job.name} (${key}) failed: ${(error as Error)?.stack ?? error}`);
    await finishRun(strapi, key, { error }).catch(() => undefined);
    throw error;
  }
}

export interface FireResult {
  ran: boolean;
  fireKey: string;
  counts?: JobCounts;
}

/** What one scheduled fire of `name` at `slot` does on this instance: claim the fire key, run if won. */
export async function fireJob(strapi: Core.Strapi, name: string, slot: Date): Promise<FireResult> {
  const job = findJob(strapi, name);
  if (!job) throw new Error(`unknown job "${name}"`);
  const key = fireKey(job.name, slot);
  if (!(await new DatabaseRunCoordinator(strapi).shouldRun(key))) return { ran: false, fireKey: key };
  return { ran: true, fireKey: key, counts: await execute(strapi, job, key, slot, false) };
}

/**
 * Runs a job now through the coordinator, recorded as a manual job-run (its own fire key,
 * so it is never confused with, nor blocks, a scheduled fire).
 */
export async function runJobNow(strapi: Core.Strapi, name: string, options: { dryRun?: boolean; now?: Date } = {}): Promise<FireResult> {
  const job = findJob(strapi, name);
  if (!job) throw new Error(`unknown job "${name}"`);
  const now = options.now ?? new Date();
  const key = `${job.name}:manual:${now.toISOString()}:${randomBytes(3).toString('hex')}`;
  const won = await new DatabaseRunCoordinator(strapi, { trigger: 'manual', dryRun: !!options.dryRun }).shouldRun(key);
  if (!won) return { ran: false, fireKey: key };
  return { ran: true, fireKey: key, counts: await execute(strapi, job, key, now, !!options.dryRun) };
}

interface SchedulerState {
  tasks: ScheduledTask[];
  running: Set<Promise<unknown>>;
}

// Kept on the Strapi instance itself (under a registry symbol), so that any copy of this module
// (the compiled app, a test importing the source) sees the same scheduler.
const STATE = Symbol.for('mind-desk.scheduler');
const schedulers = {
  get: (strapi: Core.Strapi) => (strapi as WithScheduler)[STATE],
  has: (strapi: Core.Strapi) => !!(strapi as WithScheduler)[STATE],
  set: (strapi: Core.Strapi, state: SchedulerState) => {
    (strapi as WithScheduler)[STATE] = state;
  },
  delete: (strapi: Core.Strapi) => {
    delete (strapi as WithScheduler)[STATE];
  },
};

/** Registers every job with node-cron, unless CRON_ENABLED=false. Returns the number registered. */
export function startScheduler(strapi: Core.Strapi): number {
  if (!cronEnabled(strapi)) {
    strapi.log.info('scheduler: CRON_ENABLED=false, no job is scheduled on this instance');
    return 0;
  }
  if (schedulers.has(strapi)) return schedulers.get(strapi)!.tasks.length;
  const state: SchedulerState = { tasks: [], running: new Set() };
  const coordinator = new DatabaseRunCoordinator(strapi);
  for (const job of jobsOf(strapi)) {
    const expression = scheduleOf(strapi, job);
    if (!cron.validate(expression)) {
      throw new Error(`scheduler: the schedule of ${job.name} is not a valid cron expression: "${expression}"`);
    }
    const task = cron.schedule(
      expression,
      (context) => {
        const key = fireKey(job.name, context.date);
        const p = execute(strapi, job, key, context.date, false).catch(() => undefined);
        state.running.add(p);
        return p.finally(() => state.running.delete(p));
      },
      { name: job.name, timezone: TIMEZONE, noOverlap: true, distributed: true, runCoordinator: coordinator },
    );
    state.tasks.push(task);
  }
  schedulers.set(strapi, state);
  strapi.log.info(`scheduler: ${state.tasks.length} jobs scheduled (${TIMEZONE}) on ${instanceId}`);
  return state.tasks.length;
}

/** Stops this instance's timers and waits (up to `timeoutMs`) for jobs that are running. */
export async function stopScheduler(strapi: Core.Strapi, timeoutMs = 30000): Promise<void> {
  const state = schedulers.get(strapi);
  if (!state) return;
  schedulers.delete(strapi);
  for (const task of state.tasks) await task.destroy();
  if (state.running.size) {
    await Promise.race([Promise.all([...state.running]), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }
}

export function isSchedulerRunning(strapi: Core.Strapi): boolean {
  return schedulers.has(strapi);
}

interface JobListing {
  name: string;
  description: string;
  schedule: string;
  nextRun: Date | null;
  lastRun: { fireKey: string; startedAt: Date | null; finishedAt: Date | null; state: string; counts: JobCounts | null } | null;
}

/** Pure-ish: the next time `expression` fires after `from` in Bangkok time. */
export function nextRunOf(expression: string, from: Date = new Date()): Date | null {
  if (!cron.validate(expression)) return null;
  const task = cron.createTask(expression, () => undefined, { timezone: TIMEZONE });
  try {
    const next = task.getNextRuns(2).find((d) => d.getTime() > from.getTime());
    return next ?? null;
  } finally {
    void task.destroy();
  }
}

/**
 * Each job with its schedule, next run and last run.
 * @public scripts/jobs.js loads it from the build
 */
export async function listJobs(strapi: Core.Strapi, now: Date = new Date()): Promise<JobListing[]> {
  const out: JobListing[] = [];
  for (const job of jobsOf(strapi)) {
    const schedule = scheduleOf(strapi, job);
    const last = await strapi.db.query(JOB_RUN_UID).findOne({
      where: { job: job.name },
      orderBy: { startedAt: 'desc' },
    });
    out.push({
      name: job.name,
      description: job.description,
      schedule,
      nextRun: nextRunOf(schedule, now),
      lastRun: last
        ? { fireKey: last.fireKey, startedAt: last.startedAt, finishedAt: last.finishedAt, state: last.state, counts: last.counts }
        : null,
    });
  }
  return out;
}
