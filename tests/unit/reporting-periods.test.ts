import { periodContaining, periodsBetween, expectedReports, dueAtFor, fiscalYearOf } from '../../src/lib/reporting/periods';
import { reminderDue, defaultPolicy } from '../../src/lib/reporting/jobs/chase-overdue-reports';
import { bangkokTime } from '../../src/lib/platform/thai-date';

describe('reporting periods of the Thai fiscal year (pure)', () => {
  it('labels months, quarters, halves and years from October', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2569);
    expect(fiscalYearOf('2026-10-01')).toBe(2570);
    expect(periodContaining('monthly', '2026-10-15')).toEqual({ label: '2569-10', start: '2026-10-01', end: '2026-10-31' });
    expect(periodContaining('quarterly', '2026-11-25')).toEqual({ label: 'FY2570-Q1', start: '2026-10-01', end: '2026-12-31' });
    expect(periodContaining('quarterly', '2027-02-28')).toEqual({ label: 'FY2570-Q2', start: '2027-01-01', end: '2027-03-31' });
    expect(periodContaining('semiannual', '2027-04-01')).toEqual({ label: 'FY2570-H2', start: '2027-04-01', end: '2027-09-30' });
    expect(periodContaining('annual', '2027-09-30')).toEqual({ label: 'FY2570', start: '2026-10-01', end: '2027-09-30' });
    expect(periodsBetween('quarterly', '2026-10-01', '2027-09-30').map((p) => p.label)).toEqual([
      'FY2570-Q1',
      'FY2570-Q2',
      'FY2570-Q3',
      'FY2570-Q4',
    ]);
    // due: end of the Bangkok day, 15 days after the period
    expect(dueAtFor('2026-12-31', 15).toISOString()).toBe('2027-01-15T16:59:59.000Z');
  });

  it('a project added mid-period gets the current period; later ones only when they come near', () => {
    const now = bangkokTime(2026, 11, 25, 0, 10);
    const labels = (p: any) => expectedReports(p, now, 10).map((r) => r.label);
    expect(labels({ fiscalYear: 2570, reportingFrequency: 'quarterly', startDate: '2026-11-20' })).toEqual(['FY2570-Q1']);
    expect(labels({ fiscalYear: 2570, reportingFrequency: 'monthly', startDate: '2026-11-20' })).toEqual(['2569-11', '2569-12']);
    expect(labels({ fiscalYear: 2570, reportingFrequency: 'annual' })).toEqual(['FY2570']);
    expect(labels({ fiscalYear: 2571, reportingFrequency: 'quarterly' })).toEqual([]);
  });
});

describe('reminder decisions (pure, fixed clock)', () => {
  const due = dueAtFor('2027-01-15', 0); // 15 Jan 2027 23:59:59 Bangkok
  const at = (day: number) => bangkokTime(2027, 1, day, 8, 30);
  const report = { documentId: 'r1', state: 'pending', dueAt: due };
  const policy = { ...defaultPolicy, dueSoonDays: 3, overdueIntervalDays: 7, maxReminders: 3 };
  it('due soon, first overdue, repeat every interval, then nothing after the maximum', () => {
    expect(reminderDue(report, policy, at(11))).toBeNull();
    expect(reminderDue(report, policy, at(12))).toMatchObject({
      kind: 'due_soon',
      daysLeft: 3,
      dedupeKey: `report:r1:${due.toISOString()}:due_soon`,
    });
    expect(reminderDue(report, policy, at(15))).toMatchObject({ kind: 'due_soon', daysLeft: 0 });
    expect(reminderDue(report, policy, at(16))).toMatchObject({
      kind: 'overdue',
      n: 1,
      daysOverdue: 1,
      dedupeKey: `report:r1:${due.toISOString()}:overdue:1`,
    });
    expect(reminderDue(report, policy, at(22))).toMatchObject({ n: 1 });
    expect(reminderDue(report, policy, at(23))).toMatchObject({ n: 2, daysOverdue: 8 });
    expect(reminderDue(report, policy, at(30))).toMatchObject({ n: 3 });
    expect(reminderDue(report, policy, at(37))).toBeNull();
    for (const state of ['submitted', 'accepted', 'waived']) expect(reminderDue({ ...report, state }, policy, at(16))).toBeNull();
    expect(reminderDue({ ...report, state: 'returned' }, policy, at(16))).toMatchObject({ n: 1 });
    // returned once: a new obligation, keyed by the return
    expect(reminderDue({ ...report, state: 'returned', returnCount: 1 }, policy, at(16))?.dedupeKey).toBe(
      `report:r1:${due.toISOString()}#1:overdue:1`,
    );
  });
});
