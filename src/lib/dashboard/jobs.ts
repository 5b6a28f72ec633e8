import type { Core } from '@strapi/strapi';
import { jobs as allJobs } from '../manifests';
import { JOB_RUN_UID, nextRunOf, scheduleOf } from '../platform/scheduler';
import { cmListUrl } from './cm-url';
import { knexOf, num, tableOf, type QueryBuilder } from '../platform/db-meta';

/**
 * Widget "scheduled jobs": every job of the manifests with its Thai and English names, its cron
 * (CRON_<NAME> or the job's default), its next run (Bangkok), its last run (scheduled or manual) with outcome, and how many runs failed in
 * the last 7 days. Two queries: the latest job-run row per job (join on the job's greatest startedAt)
 * and the failures per job.
 */
const FAILURE_WINDOW_DAYS = 7;
/** a run still "running" after this long probably died with its instance */
const STALE_RUNNING_MS = 6 * 3600_000;

interface LastRunRow {
  id: number;
  job: string;
  state: string;
  trigger: string | null;
  dryRun: unknown;
  startedAt: unknown;
  finishedAt: unknown;
  error: string | null;
}

interface JobLine {
  name: string;
  /** Thai and English names */
  th: string;
  en: string;
  description: string;
  schedule: string;
  nextRun: string | null;
  lastRun: {
    state: 'running' | 'succeeded' | 'failed';
    trigger: string | null;
    dryRun: boolean;
    startedAt: string | null;
    finishedAt: string | null;
    durationMs: number | null;
    /** first line of the error of a failed run */
    error: string | null;
    stale: boolean;
  } | null;
  failuresRecent: number;
  /** last run failed, or a failure within the window, or a run that never finished */
  flagged: boolean;
  urls: { runs: string; failures: string };
}

export interface JobsWidget {
  generatedAt: string;
  failureWindowDays: number;
  jobs: JobLine[];
  totals: { jobs: number; flagged: number; failuresRecent: number };
  links: { failures: string };
}

/** A datetime column as an instant (SQLite keeps milliseconds, PostgreSQL a timestamp). */
export function toDate(v: unknown): Date | null {
  if (v === null || v === undefined || v === '') return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
  return Number.isNaN(d.getTime()) ? null : d;
}

const SORT = 'startedAt:DESC';

/** Pure: the job lines from the job list and the two query results. */
function shapeJobs(
  jobs: { name: string; description: string; labelTh: string; schedule: string }[],
  lastRuns: LastRunRow[],
  failures: { job: string; failures: number | string }[],
  now: Date,
): JobsWidget {
  const last = new Map<string, LastRunRow>();
  // ties on startedAt: the later row wins
  for (const r of lastRuns) if (!last.has(r.job) || last.get(r.job)!.id < r.id) last.set(r.job, r);
  const failed = new Map(failures.map((f) => [f.job, num(f.failures)]));
  const since = new Date(now.getTime() - FAILURE_WINDOW_DAYS * 86_400_000);
  const lines = jobs.map((job): JobLine => {
    const r = last.get(job.name);
    const startedAt = r ? toDate(r.startedAt) : null;
    const finishedAt = r ? toDate(r.finishedAt) : null;
    const stale = !!r && r.state === 'running' && !!startedAt && now.getTime() - startedAt.getTime() > STALE_RUNNING_MS;
    const failuresRecent = failed.get(job.name) ?? 0;
    const next = nextRunOf(job.schedule, now);
    return {
      name: job.name,
      th: job.labelTh,
      en: job.description,
      description: job.description,
      schedule: job.schedule,
      nextRun: next ? next.toISOString() : null,
      lastRun: r
        ? {
            state: r.state as 'running' | 'succeeded' | 'failed',
            trigger: r.trigger,
            dryRun: !!Number(r.dryRun) || r.dryRun === true,
            startedAt: startedAt?.toISOString() ?? null,
            finishedAt: finishedAt?.toISOString() ?? null,
            durationMs: startedAt && finishedAt ? finishedAt.getTime() - startedAt.getTime() : null,
            error: r.state === 'failed' && r.error ? String(r.error).split('\n')[0].slice(0, 300) : null,
            stale,
          }
        : null,
      failuresRecent,
      flagged: r?.state === 'failed' || failuresRecent > 0 || stale,
      urls: {
        runs: cmListUrl(JOB_RUN_UID, [{ job: { $eq: job.name } }], { sort: SORT }),
        failures: cmListUrl(JOB_RUN_UID, [{ job: { $eq: job.name } }, { state: { $eq: 'failed' } }, { startedAt: { $gte: since } }], {
          sort: SORT,
        }),
      },
    };
  });
  return {
    generatedAt: now.toISOString(),
    failureWindowDays: FAILURE_WINDOW_DAYS,
    jobs: lines,
    totals: {
      jobs: lines.length,
      flagged: lines.filter((l) => l.flagged).length,
      failuresRecent: lines.reduce((s, l) => s + l.failuresRecent, 0),
    },
    links: { failures: cmListUrl(JOB_RUN_UID, [{ state: { $eq: 'failed' } }, { startedAt: { $gte: since } }], { sort: SORT }) },
  };
}

export async function jobsWidget(strapi: Core.Strapi, now: Date = new Date()): Promise<JobsWidget> {
  const knex = knexOf(strapi);
  const t = tableOf(strapi, JOB_RUN_UID);
  const job = t.column('job');
  const started = t.column('startedAt');
  // job runs never have drafts; should the type ever get draft & publish, count published rows only
  const published = (q: QueryBuilder) => (t.publishedOnly ? q.whereNotNull('published_at') : q);
  const latest = published(knex(t.table).select(job).max({ last: started }).groupBy(job)).as('m');
  const lastRuns = (await knex(`${t.table} as r`)
    .select({
      id: 'r.id',
      job: `r.${job}`,
      state: `r.${t.column('state')}`,
      trigger: `r.${t.column('trigger')}`,
      dryRun: `r.${t.column('dryRun')}`,
      startedAt: `r.${started}`,
      finishedAt: `r.${t.column('finishedAt')}`,
      error: `r.${t.column('error')}`,
    })
    .join(latest, function () {
      this.on(`m.${job}`, '=', `r.${job}`).andOn('m.last', '=', `r.${started}`);
    })) as unknown as LastRunRow[];
  const since = new Date(now.getTime() - FAILURE_WINDOW_DAYS * 86_400_000);
  const failures = (await published(knex(t.table))
    .select({ job })
    .count({ failures: '*' })
    .where(t.column('state'), 'failed')
    .andWhere(started, '>=', since)
    .groupBy(job)) as unknown as { job: string; failures: number }[];
  const jobs = allJobs.map((j) => ({ name: j.name, description: j.description, labelTh: j.labelTh, schedule: scheduleOf(strapi, j) }));
  return shapeJobs(jobs, lastRuns, failures, now);
}
