import { periodContaining, periodsBetween, expectedReports, dueAtFor, fiscalYearOf } from '../../src/lib/reporting/periods';
import { defaultPolicy, policyLadder, sendKey, stepsDue } from '../../src/lib/platform/obligations/ladder';
import { reportObligations } from '../../src/lib/reporting/obligations';
import { OWED_STATES } from '../../src/lib/reporting/model';
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

describe('reminder decisions for a report (pure, fixed clock)', () => {
  const due = dueAtFor('2027-01-15', 0); // 15 Jan 2027 23:59:59 Bangkok
  const at = (day: number) => bangkokTime(2027, 1, day, 8, 30);
  const report = {
    id: 1,
    documentId: 'r1',
    state: 'pending',
    dueAt: due.toISOString(),
    periodLabel: 'FY2570-Q1',
    project: { code: 'P', name: 'P', state: 'active' },
  };
  const ladder = policyLadder('report', { ...defaultPolicy, dueSoonDays: 3, overdueIntervalDays: 7, maxReminders: 3 });
  const [deadline] = reportObligations.deadlines(report);
  const steps = (day: number) => stepsDue(deadline, ladder, at(day)).map((d) => (d.n > 1 ? `${d.step.id}@${d.n}` : d.step.id));
  it('due soon, on the due date, repeat every interval up to the maximum, the next level after 14 days', () => {
    expect(steps(11)).toEqual([]);
    expect(steps(13)).toEqual(['policy:before']);
    expect(steps(16)).toEqual(['policy:due']);
    expect(steps(23)).toEqual(['policy:due', 'policy:after']);
    expect(steps(30)).toEqual(['policy:due', 'policy:after@2', 'policy:escalate']);
    expect(steps(44)).toEqual(['policy:due', 'policy:after@3', 'policy:escalate']);
    expect(steps(60)).toEqual(['policy:due', 'policy:after@3', 'policy:escalate']);
  });
  it('is owed while pending or returned, and a returned one afresh (its return count in the key)', () => {
    expect([...OWED_STATES].sort()).toEqual(['pending', 'returned']);
    const [returned] = reportObligations.deadlines({ ...report, state: 'returned', returnCount: 1 });
    const [first] = stepsDue(returned, ladder, at(16));
    expect(sendKey('report', 'r1', returned, first, 'a@example.test')).toMatch(
      new RegExp(`^report:r1:${due.toISOString()}#1:due:policy:due:`),
    );
  });
});
