import { reminderDue, defaultPolicy, obligationKey, escalationKey, awaitsEscalation } from '../../src/lib/platform/chase';

const DAY = 86400_000;
const now = new Date('2026-12-01T01:30:00Z'); // 08:30 in Bangkok

describe('chase-inspection-findings', () => {
  it('uses the same pure rule as progress reports, keyed by source', () => {
    const item = { documentId: 'abc', state: 'open', dueAt: new Date(now.getTime() - 9 * DAY) };
    expect(reminderDue('finding', item, ['open'], defaultPolicy, now)).toMatchObject({
      kind: 'overdue',
      n: 2,
      dedupeKey: 'finding:abc:2026-11-22T01:30:00.000Z:overdue:2',
    });
    expect(reminderDue('report', item, ['open'], defaultPolicy, now)?.dedupeKey).toBe('report:abc:2026-11-22T01:30:00.000Z:overdue:2');
    expect(reminderDue('finding', { ...item, state: 'responded' }, ['open'], defaultPolicy, now)).toBeNull();
  });
});

describe('one obligation engine, every source', () => {
  it('progress reports, inspection findings, complaints, required reading and volunteer activities are sources of the same engine', async () => {
    const { obligationSources } = await import('../../src/lib/manifests');
    expect(obligationSources.map((s) => s.name).sort()).toEqual(['activity', 'complaint', 'finding', 'reading', 'report']);
    for (const source of obligationSources) {
      expect(typeof source.load).toBe('function');
      expect(typeof source.recipients).toBe('function');
      expect(source.why('owner').th).toBeTruthy();
    }
  });
});

describe('reminder keys name the obligation: the due instant, and the re-open', () => {
  const item = { documentId: 'abc', state: 'open', dueAt: '2026-11-29T10:00:00Z' };
  const key = (i: object, at = now) => reminderDue('finding', { ...item, ...i }, ['open', 'reopened'], defaultPolicy, at)?.dedupeKey;

  it('the same deadline, however it is written, is the same key: a re-run sends nothing', () => {
    expect(key({})).toBe('finding:abc:2026-11-29T10:00:00.000Z:overdue:1');
    expect(key({ dueAt: new Date('2026-11-29T17:00:00+07:00') })).toBe(key({}));
    expect(key({ cycle: 0 })).toBe(key({}));
    expect(key({ cycle: null })).toBe(key({}));
  });

  it('a new due date, or a re-open, is a new obligation with its own steps', () => {
    expect(key({ dueAt: '2026-11-28T10:00:00Z' })).toBe('finding:abc:2026-11-28T10:00:00.000Z:overdue:1');
    expect(key({ state: 'reopened', cycle: 1 })).toBe('finding:abc:2026-11-29T10:00:00.000Z#1:overdue:1');
    expect(key({ state: 'reopened', cycle: 2 })).toBe('finding:abc:2026-11-29T10:00:00.000Z#2:overdue:1');
    // due soon for the new date: its own due-soon step, although the old deadline's went out
    expect(key({ dueAt: '2026-12-03T10:00:00Z' })).toBe('finding:abc:2026-12-03T10:00:00.000Z:due_soon');
    expect(obligationKey({ dueAt: '2026-12-03T10:00:00Z', cycle: 3 })).toBe('2026-12-03T10:00:00.000Z#3');
    expect(() => obligationKey({ dueAt: 'not a date' })).toThrow(/due date/);
  });

  it('escalation keys change with the obligations escalated; an escalation before the due date was for an earlier one', () => {
    const a = escalationKey('finding-escalation', 'agency', now, ['abc@2026-11-01T00:00:00.000Z', 'def@2026-11-02T00:00:00.000Z']);
    expect(escalationKey('finding-escalation', 'agency', now, ['def@2026-11-02T00:00:00.000Z', 'abc@2026-11-01T00:00:00.000Z'])).toBe(a);
    expect(escalationKey('finding-escalation', 'agency', now, ['abc@2026-11-01T00:00:00.000Z#1', 'def@2026-11-02T00:00:00.000Z'])).not.toBe(
      a,
    );
    expect(a).toMatch(/^finding-escalation:agency:2026-12-01:[0-9a-f]{16}$/);
    expect(awaitsEscalation({ dueAt: '2026-11-01T00:00:00Z', escalatedAt: null })).toBe(true);
    expect(awaitsEscalation({ dueAt: '2026-11-01T00:00:00Z', escalatedAt: '2026-11-20T00:00:00Z' })).toBe(false);
    expect(awaitsEscalation({ dueAt: '2026-11-25T00:00:00Z', escalatedAt: '2026-11-20T00:00:00Z' })).toBe(true);
  });
});
