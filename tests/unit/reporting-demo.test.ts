import { demoProjects, demoReportUpdate } from '../../src/lib/reporting/demo';
import { expectedReports, type Frequency } from '../../src/lib/reporting/periods';
import { defaultPolicy, policyLadder, stepsDue } from '../../src/lib/platform/obligations/ladder';
import { bangkokTime } from '../../src/lib/platform/thai-date';

const DAY = 86_400_000;

/**
 * What loadReportingDemo stores at `now`, without a database: the active projects' expected reports
 * (as generate-expected-reports creates them, in id order), then the history written over those due.
 */
function demoReports(now: Date) {
  const reports = demoProjects(now)
    .filter((p) => p.state === 'active')
    .flatMap((p) => expectedReports({ ...p, reportingFrequency: p.reportingFrequency as Frequency }, now, 45));
  let n = 0;
  return reports.map((r, i) => {
    const update = r.dueAt.getTime() < now.getTime() ? demoReportUpdate(++n, r.dueAt) : null;
    return { documentId: `r${i}`, dueAt: r.dueAt, state: (update?.state as string | undefined) ?? 'pending' };
  });
}

describe('mandatory reporting demo data on any date', () => {
  const ladder = policyLadder('report', defaultPolicy);
  // Every day of a fiscal year and a few either side (the demo repeats yearly), 2028's leap day
  // included; just after midnight and just before it in Bangkok, on alternate days.
  const days: Date[] = [];
  for (let t = bangkokTime(2027, 9, 25).getTime(), i = 0; t < bangkokTime(2028, 10, 6).getTime(); t += DAY, i++) {
    days.push(new Date(i % 2 ? t + DAY - 5 * 60_000 : t + 5 * 60_000));
  }

  it('holds every report state, overdue and due-soon reports, reminders and escalations to send', () => {
    const misses: string[] = [];
    for (const now of days) {
      const reports = demoReports(now);
      const t = now.getTime();
      const states = new Set(reports.map((r) => r.state));
      const missing = ['pending', 'submitted', 'accepted', 'returned', 'waived'].filter((s) => !states.has(s));
      const pending = reports.filter((r) => r.state === 'pending');
      const overdue = pending.filter((r) => r.dueAt.getTime() < t);
      const dueSoon = pending.filter((r) => r.dueAt.getTime() > t && r.dueAt.getTime() < t + 3 * DAY);
      const reminders = pending.filter((r) =>
        stepsDue({ name: 'due', dueAt: r.dueAt, labelTh: '', labelEn: '' }, ladder, now).some((d) => d.step.recipientKind === 'owner'),
      );
      const escalated = overdue.filter((r) => t - r.dueAt.getTime() >= defaultPolicy.escalateAfterDays * DAY);
      if (missing.length || !overdue.length || !dueSoon.length || !reminders.length || !escalated.length) {
        misses.push(
          `${now.toISOString()}: missing ${missing.join(',')} overdue ${overdue.length} due-soon ${dueSoon.length} reminders ${reminders.length} escalated ${escalated.length}`,
        );
      }
    }
    expect(misses).toEqual([]);
  });
});
