import { confirmDeadline, confirmRefusal, defaultConfirmHours, offerLapsed } from '../../src/lib/volunteers/confirmation';

const HOUR = 3_600_000;
const now = new Date('2027-03-01T02:00:00Z');

describe('confirm-or-lose promotion rules', () => {
  it('the deadline is N hours on, never after the start, none when 0 hours or too little time is left', () => {
    const start = new Date(now.getTime() + 3 * 24 * HOUR);
    expect(confirmDeadline(now, start, 6)).toEqual(new Date(now.getTime() + 6 * HOUR));
    expect(confirmDeadline(now, new Date(now.getTime() + 2 * HOUR), 6)).toEqual(new Date(now.getTime() + 2 * HOUR));
    expect(confirmDeadline(now, new Date(now.getTime() + 10 * 60_000), 6)).toBeNull();
    expect(confirmDeadline(now, start, 0)).toBeNull();
  });

  it('an unconfirmed offer lapses at its deadline; a confirmed or unoffered place never does', () => {
    const confirmBy = new Date(now.getTime() + HOUR);
    expect(offerLapsed({ state: 'registered', confirmBy }, now)).toBe(false);
    expect(offerLapsed({ state: 'registered', confirmBy }, confirmBy)).toBe(true);
    expect(offerLapsed({ state: 'registered', confirmBy, confirmedAt: now }, new Date(now.getTime() + 9 * HOUR))).toBe(false);
    expect(offerLapsed({ state: 'registered', confirmBy: null }, new Date(now.getTime() + 9 * HOUR))).toBe(false);
    expect(offerLapsed({ state: 'cancelled', confirmBy }, new Date(now.getTime() + 9 * HOUR))).toBe(false);
  });

  it('says why a confirmation is refused', () => {
    const confirmBy = new Date(now.getTime() + HOUR);
    expect(confirmRefusal({ state: 'registered', confirmBy }, now)).toBeNull();
    expect(confirmRefusal({ state: 'registered', confirmBy }, new Date(now.getTime() + 2 * HOUR))).toContain('passed');
    expect(confirmRefusal({ state: 'cancelled', confirmBy }, now)).toContain('passed');
    expect(confirmRefusal({ state: 'registered' }, now)).toContain('no confirmation');
  });

  it('VOLUNTEER_CONFIRM_HOURS sets the default; nonsense falls back to 24', () => {
    expect(defaultConfirmHours({})).toBe(24);
    expect(defaultConfirmHours({ VOLUNTEER_CONFIRM_HOURS: '12' })).toBe(12);
    expect(defaultConfirmHours({ VOLUNTEER_CONFIRM_HOURS: '0' })).toBe(0);
    expect(defaultConfirmHours({ VOLUNTEER_CONFIRM_HOURS: 'x' })).toBe(24);
  });
});
