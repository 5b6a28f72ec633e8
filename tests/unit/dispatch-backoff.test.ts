import { backoffSeconds, outcomeOfAttempt } from '../../src/lib/platform/jobs/dispatch-notifications';

const T0 = new Date('2026-11-25T01:00:00Z'); // 08:00 in Bangkok
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('backoff (pure)', () => {
  const s = { maxAttempts: 4, retryBaseSeconds: 60, retryMaxSeconds: 300 };
  it('doubles the delay after each failure, capped, and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffSeconds(n, s))).toEqual([60, 120, 240, 300, 300]);
    expect(outcomeOfAttempt(0, 'x', T0, s)).toEqual({ state: 'failed', attempts: 1, nextAttemptAt: at(60), sentAt: null, lastError: 'x' });
    expect(outcomeOfAttempt(3, 'x', T0, s)).toMatchObject({ state: 'dead', attempts: 4, nextAttemptAt: null });
    expect(outcomeOfAttempt(2, undefined, T0, s)).toEqual({ state: 'sent', attempts: 3, nextAttemptAt: null, sentAt: T0, lastError: null });
  });
});
