import { reminderDue, defaultPolicy } from '../../src/lib/platform/chase';

const DAY = 86400_000;
const now = new Date('2026-12-01T01:30:00Z'); // 08:30 in Bangkok

describe('chase-inspection-findings', () => {
  it('uses the same pure rule as progress reports, keyed by source', () => {
    const item = { documentId: 'abc', state: 'open', dueAt: new Date(now.getTime() - 9 * DAY) };
    expect(reminderDue('finding', item, ['open'], defaultPolicy, now)).toMatchObject({
      kind: 'overdue',
      n: 2,
      dedupeKey: 'finding:abc:overdue:2',
    });
    expect(reminderDue('report', item, ['open'], defaultPolicy, now)?.dedupeKey).toBe('report:abc:overdue:2');
    expect(reminderDue('finding', { ...item, state: 'responded' }, ['open'], defaultPolicy, now)).toBeNull();
  });
});

describe('one chasing mechanism, two sources', () => {
  it('progress reports and inspection findings are both sources run by the same engine', async () => {
    const { reportSource } = await import('../../src/lib/reporting/jobs/chase-overdue-reports');
    const { findingSource } = await import('../../src/lib/inspections/jobs/chase-inspection-findings');
    for (const source of [reportSource, findingSource]) {
      expect(typeof source.load).toBe('function');
      expect(typeof source.reminder).toBe('function');
      expect(typeof source.escalation).toBe('function');
    }
    expect([reportSource.name, findingSource.name]).toEqual(['report', 'finding']);
    expect(reportSource.uid).toBe('api::progress-report.progress-report');
    expect(findingSource.uid).toBe('api::inspection-finding.inspection-finding');
  });
});
