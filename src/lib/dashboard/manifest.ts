import type { DomainManifest } from '../platform/manifest';
import { ensureDashboardCounters } from './counters';
import foldDashboardCounters from './jobs/fold-dashboard-counters';

/** The admin dashboard's own start-up work and job: the complaint counters its widgets read (counters.ts). */
export const dashboardManifest: DomainManifest = {
  name: 'dashboard',
  jobs: [foldDashboardCounters],
  setup: ensureDashboardCounters,
};
