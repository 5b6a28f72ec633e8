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
  it('keys each alert by its deadline: a recomputed deadline is alerted afresh, the same one never twice', () => {
    const at = new Date(t0.getTime() + 3 * HOUR);
    const keys = (x: object) => slaAlerts({ ...c, ...x }, 4, at).map((a) => a.dedupeKey);
    expect(keys({})).toEqual([`complaint:c1:acknowledge:${c.acknowledgeDueAt.toISOString().slice(0, 16)}:breached`]);
    expect(keys({ acknowledgeDueAt: new Date(c.acknowledgeDueAt.getTime()).toISOString() })).toEqual(keys({}));
    // urgency raised: acknowledge within 1 h of receipt instead of 2 h
    const sooner = keys({ acknowledgeDueAt: new Date(t0.getTime() + HOUR) });
    expect(sooner).toHaveLength(1);
    expect(sooner).not.toEqual(keys({}));
  });
});
