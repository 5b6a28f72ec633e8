import type { Job, JobContext, JobCounts } from '../../platform/job';
import { foldCounters } from '../counters';

/**
 * fold-dashboard-counters (hourly): the dashboard's complaint counters are kept per day on which the
 * complaints breach; this folds the days already past into one row per key, so the widgets sum a few
 * hundred rows however long the history. Figures are the same before and after; running it twice, or
 * not at all, changes no figure (counters.ts).
 */
async function foldDashboardCounters({ strapi, now, dryRun }: JobContext): Promise<JobCounts> {
  if (dryRun) return { folded: 0 };
  return foldCounters(strapi, now);
}

const job: Job = {
  name: 'fold-dashboard-counters',
  description: "Folds the dashboard's complaint counters of past days into one row per key (figures unchanged)",
  labelTh: 'รวมตัวนับของแดชบอร์ดเรื่องร้องเรียนของวันที่ผ่านมา',
  defaultSchedule: '7 * * * *',
  run: foldDashboardCounters,
};

export default job;
