import { computeDueDates, DEFAULT_SLA } from '../../src/lib/complaints/sla';
import { assertTransition, canTransition } from '../../src/lib/complaints/status';
import { TRANSITIONS, COMPLAINT_STATUSES } from '../../src/lib/complaints/model';
import { formatTicketNumber, generateTrackingCode, normaliseTrackingCode, TRACKING_ALPHABET } from '../../src/lib/complaints/ids';

const HOUR = 3600_000;
const received = new Date('2026-11-25T03:00:00Z');

describe('SLA deadlines (pure)', () => {
  // hours on the clock here; working hours are tests/unit/working-time.test.ts
  const onTheClock = { ...DEFAULT_SLA, normalHoursKind: 'clock', urgentHoursKind: 'clock' } as const;
  it.each([
    ['normal', 24, 240],
    ['urgent', 8, 40],
    ['emergency', 2, 24],
  ] as const)('%s: acknowledge in %i h, resolve in %i h by default', (urgency, ack, resolve) => {
    const due = computeDueDates(received, urgency, onTheClock);
    expect(due.acknowledgeDueAt.getTime() - received.getTime()).toBe(ack * HOUR);
    expect(due.resolveDueAt.getTime() - received.getTime()).toBe(resolve * HOUR);
  });

  it("follows the administrator's policy, and a category's own hours replace it", () => {
    const policy = { ...onTheClock, urgentAcknowledgeHours: 10, urgentResolveHours: 50 };
    expect(computeDueDates(received, 'urgent', policy).acknowledgeDueAt.getTime()).toBe(received.getTime() + 10 * HOUR);
    const due = computeDueDates(received, 'urgent', policy, { slaAcknowledgeHours: 1, slaResolveHours: 12 });
    expect(due.acknowledgeDueAt.getTime()).toBe(received.getTime() + 1 * HOUR);
    expect(due.resolveDueAt.getTime()).toBe(received.getTime() + 12 * HOUR);
  });
});

describe('status transitions and identifiers (pure)', () => {
  it('has one table covering every status; finished states lead nowhere', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...COMPLAINT_STATUSES].sort());
    for (const s of ['closed', 'rejected', 'duplicate'] as const) expect(TRANSITIONS[s]).toEqual([]);
    expect(canTransition('received', 'triaged')).toBe(true);
    expect(canTransition('received', 'closed')).toBe(false);
    expect(() => assertTransition('received', 'closed')).toThrow('cannot move a complaint from "received" to "closed"');
    expect(() => assertTransition('received', 'bogus')).toThrow('"bogus" is not a complaint status');
  });

  it('formats tickets and makes readable, random tracking codes', () => {
    expect(formatTicketNumber(2569, 42)).toBe('CMP-2569-000042');
    const codes = new Set(Array.from({ length: 1000 }, generateTrackingCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) {
      expect(code).toHaveLength(12);
      expect([...code].every((ch) => TRACKING_ALPHABET.includes(ch))).toBe(true);
    }
    expect(normaliseTrackingCode('abcd-efgh jkmn')).toBe('ABCDEFGHJKMN');
  });
});
