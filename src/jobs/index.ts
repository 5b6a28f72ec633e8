import type { Job } from '../lib/platform/job';
import generateExpectedReports from '../lib/reporting/jobs/generate-expected-reports';
import chaseOverdueReports from '../lib/reporting/jobs/chase-overdue-reports';
import chaseInspectionFindings from '../lib/inspections/jobs/chase-inspection-findings';
import watchComplaintSla from '../lib/complaints/jobs/watch-complaint-sla';
import dispatchNotifications from '../lib/platform/jobs/dispatch-notifications';
import remindVolunteerActivities from '../lib/volunteers/jobs/remind-volunteer-activities';
import purgePersonalData from '../lib/security/jobs/purge-personal-data';

/** Every scheduled job. A new job: one file in src/jobs/ exporting a `Job`, listed here. */
export const jobs: Job[] = [generateExpectedReports, chaseOverdueReports, chaseInspectionFindings, watchComplaintSla, dispatchNotifications, remindVolunteerActivities, purgePersonalData];

export function findJob(name: string): Job | undefined {
  return jobs.find((j) => j.name === name);
}
