import { DEFAULT_INCIDENT_POLICY, distanceMeters, urgencyByRule } from '../../src/lib/complaints/incidents';
import { assertReopenable, citizenEventOf, reopenUntil } from '../../src/lib/complaints/follow-up';

/** The rules of incidents and of the citizen's follow-up, without Strapi. */
describe('incident rules', () => {
  it('measures distance on the ground (about 111 m per 0.001° of latitude)', () => {
    const d = distanceMeters({ latitude: 12.7, longitude: 101.15 }, { latitude: 12.701, longitude: 101.15 });
    expect(Math.round(d)).toBe(111);
    expect(distanceMeters({ latitude: 12.7, longitude: 101.15 }, { latitude: 12.7, longitude: 101.15 })).toBe(0);
  });

  it("raises urgency by the incident's size or the factory's repeat complaints, as the policy says", () => {
    const p = { ...DEFAULT_INCIDENT_POLICY, urgentAtSize: 5, emergencyAtSize: 20, urgentAtRepeat: 3 };
    expect(urgencyByRule(1, 0, p)).toBeNull();
    expect(urgencyByRule(4, 2, p)).toBeNull();
    expect(urgencyByRule(5, 0, p)).toBe('urgent');
    expect(urgencyByRule(2, 3, p)).toBe('urgent');
    expect(urgencyByRule(20, 0, p)).toBe('emergency');
  });
});

describe("the citizen's follow-up", () => {
  it('tells the citizen of acceptance, assignment, visits, resolution and closing only', () => {
    expect(citizenEventOf({ kind: 'status_change', toStatus: 'triaged' })).toBe('accepted');
    expect(citizenEventOf({ kind: 'assignment', toStatus: 'assigned' })).toBe('assigned');
    expect(citizenEventOf({ kind: 'field_visit' })).toBe('visited');
    expect(citizenEventOf({ kind: 'status_change', toStatus: 'resolved' })).toBe('resolved');
    expect(citizenEventOf({ kind: 'status_change', toStatus: 'closed' })).toBe('closed');
    expect(citizenEventOf({ kind: 'status_change', toStatus: 'in_progress' })).toBeNull();
    expect(citizenEventOf({ kind: 'note' })).toBeNull();
    expect(citizenEventOf({ kind: 'access' })).toBeNull();
  });

  it('allows a reopen within the days after resolution, and names the field when not', () => {
    const resolvedAt = new Date('2027-03-01T10:00:00+07:00');
    const c = { state: 'resolved', resolvedAt };
    expect(reopenUntil(c, 14)).toEqual(new Date('2027-03-15T10:00:00+07:00'));
    expect(() => assertReopenable(c, 14, new Date('2027-03-15T09:59:00+07:00'))).not.toThrow();
    expect(() => assertReopenable(c, 14, new Date('2027-03-15T10:01:00+07:00'))).toThrow(/resolvedAt/);
    expect(() => assertReopenable({ state: 'in_progress' }, 14, resolvedAt)).toThrow(/status/);
    expect(reopenUntil({ state: 'rejected', closedAt: resolvedAt }, 14)).toBeNull();
  });
});
