import { slaAlerts } from '../../src/lib/complaints/jobs/watch-complaint-sla';

const HOUR = 3600_000;
const t0 = new Date('2026-12-01T02:00:00Z');

describe('watch-complaint-sla (pure)', () => {
  const c = {
    id: 1,
    documentId: 'c1',
    state: 'received',
    acknowledgeDueAt: new Date(t0.getTime() + 2 * HOUR),
    resolveDueAt: new Date(t0.getTime() + 24 * HOUR),
  };
  it('warns within the lead time, then reports the breach, for each deadline', () => {
    expect(slaAlerts(c, 4, new Date(t0.getTime() - 3 * HOUR))).toEqual([]);
    expect(slaAlerts(c, 4, t0).map((a) => [a.deadline, a.stage, a.hours])).toEqual([['acknowledge', 'due_soon', 2]]);
    expect(slaAlerts(c, 4, new Date(t0.getTime() + 3 * HOUR)).map((a) => [a.deadline, a.stage, a.hours])).toEqual([
      ['acknowledge', 'breached', 1],
    ]);
    expect(slaAlerts(c, 4, new Date(t0.getTime() + 25 * HOUR)).map((a) => [a.deadline, a.stage])).toEqual([
      ['acknowledge', 'breached'],
      ['resolve', 'breached'],
    ]);
  });
  it('forgets the acknowledge deadline once acknowledged, and everything once finished', () => {
    expect(slaAlerts({ ...c, state: 'triaged' }, 4, new Date(t0.getTime() + 3 * HOUR))).toEqual([]);
    expect(slaAlerts({ ...c, state: 'resolved' }, 4, new Date(t0.getTime() + 30 * HOUR))).toEqual([]);
  });
});
