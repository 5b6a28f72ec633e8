/** The set-clock runs (TEST_TODAY, see tests/harness/clock.js): Date reads the set instant and moves on in real time. */
describe('the tests’ clock', () => {
  const today = process.env.TEST_TODAY;

  (today ? it : it.skip)('starts on TEST_TODAY and moves on in real time', async () => {
    const set = Date.parse(today!);
    expect(Math.abs(Date.now() - set)).toBeLessThan(60_000);
    const before = Date.now();
    await new Promise((r) => setTimeout(r, 50));
    expect(Date.now() - before).toBeGreaterThanOrEqual(40);
    expect(new Date().getTime()).toBeGreaterThanOrEqual(set);
    const d = new Date();
    expect(d instanceof Date && Object.prototype.toString.call(d)).toBe('[object Date]');
    expect(new Date('2026-01-02T03:04:05Z').toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(Date.UTC(2028, 1, 29)).toBe(Date.parse('2028-02-29T00:00:00Z'));
  });
});
