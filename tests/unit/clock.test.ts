// a CommonJS file of the harness (jest.config.js loads it too); its two functions, typed here
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftClock, testToday } = require('../harness/clock') as {
  shiftClock(global: { Date: DateConstructor }, at: number): void;
  testToday(today?: string): number | undefined;
};

/** The set-clock runs (TEST_TODAY, see tests/harness/clock.js): Date reads the set instant and moves on in real time. */
describe('the tests’ clock', () => {
  it('shifts Date to a set instant that then moves on in real time, leaving dates built from arguments alone', async () => {
    const RealDate = Date;
    const sandbox = { Date } as { Date: DateConstructor };
    const at = Date.parse('2027-01-01T00:05:00+07:00');
    try {
      shiftClock(sandbox, at);
      const Shifted = sandbox.Date;
      expect(Math.abs(Shifted.now() - at)).toBeLessThan(1_000);
      expect(Math.abs(new Shifted().getTime() - at)).toBeLessThan(1_000);
      const before = Shifted.now();
      await new Promise((r) => setTimeout(r, 50));
      expect(Shifted.now() - before).toBeGreaterThanOrEqual(40);
      expect(new Shifted() instanceof RealDate).toBe(true);
      expect(new Shifted('2026-01-02T03:04:05Z').toISOString()).toBe('2026-01-02T03:04:05.000Z');
      expect(Shifted.UTC(2028, 1, 29)).toBe(Shifted.parse('2028-02-29T00:00:00Z'));
    } finally {
      RealDate.prototype.constructor = RealDate;
    }
  });

  it('refuses a TEST_TODAY that is not an ISO instant', () => {
    expect(() => testToday('1 January 2027')).toThrow(/not an ISO instant/);
    expect(testToday('2027-01-01T00:05:00+07:00')).toBe(Date.parse('2027-01-01T00:05:00+07:00'));
  });

  // Only a set-clock run has a set date to check the global Date against.
  if (process.env.TEST_TODAY) {
    it('starts this run on TEST_TODAY', () => {
      expect(Math.abs(Date.now() - Date.parse(process.env.TEST_TODAY!))).toBeLessThan(10 * 60_000);
    });
  }
});
