/** The set-clock runs (TEST_TODAY, see tests/harness/clock.js): Date reads the set instant, timers stay real. */
describe('the tests’ clock', () => {
  const today = process.env.TEST_TODAY;

  (today ? it : it.skip)('starts on TEST_TODAY and moves on in real time', async () => {
    const set = Date.parse(today!);
    expect(Math.abs(Date.now() - set)).toBeLessThan(60_000);
    const before = Date.now();
    await new Promise((r) => setTimeout(r, 50));
    expect(Date.now() - before).toBeGreaterThanOrEqual(40);
    expect(new Date().getTime()).toBeGreaterThanOrEqual(set);
  });
});
