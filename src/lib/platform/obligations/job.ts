import type { Job } from '../job';
import { runObligations } from './run';
import type { AnySource } from './source';

/**
 * chase-obligations (daily, 08:30 Bangkok): every obligation source of every domain through its
 * ladder, one digest per recipient per day (./run.ts). Replaces chase-overdue-reports,
 * chase-inspection-findings, escalate-complaint-deadlines and remind-volunteer-activities.
 */
export function chaseObligationsJob(sources: AnySource[]): Job {
  return {
    name: 'chase-obligations',
    description:
      'Reminders and escalation for everything owed by a date (reports, findings, complaint deadlines, required reading, activities): one digest per recipient per day',
    labelTh: 'ติดตามทุกรายการที่มีกำหนดเวลา (สรุปรายวัน)',
    defaultSchedule: '30 8 * * *',
    run: (ctx) => runObligations(ctx, sources),
  };
}
