import type { Job } from './types';
import generateExpectedReports from './generate-expected-reports';
import chaseOverdueReports from './chase-overdue-reports';
import chaseInspectionFindings from './chase-inspection-findings';
import watchComplaintSla from './watch-complaint-sla';
import dispatchNotifications from './dispatch-notifications';
import remindVolunteerActivities from './remind-volunteer-activities';
import purgePersonalData from './purge-personal-data';

/** Every scheduled job. A new job: one file in src/jobs/ exporting a `Job`, listed here. */
export const jobs: Job[] = [generateExpectedReports, chaseOverdueReports, chaseInspectionFindings, watchComplaintSla, dispatchNotifications, remindVolunteerActivities, purgePersonalData];

export function findJob(name: string): Job | undefined {
  return jobs.find((j) => j.name === name);
}
