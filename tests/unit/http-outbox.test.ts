import { defaultClassify, serializeCall } from '../../src/lib/platform/http-outbox';
import { outcomeOfHttpAttempt, quotaLeft, takeWithinQuota } from '../../src/lib/platform/jobs/dispatch-http-calls';

const now = new Date('2027-01-10T03:00:00Z');
const s = { maxAttempts: 4, retryBaseSeconds: 60, retryMaxSeconds: 300 };

describe('outbound HTTP queue: what an answer means', () => {
  it('reads 2xx as delivered, 408/429/5xx as retry, other statuses as final', () => {
    expect([200, 201, 204].map(defaultClassify)).toEqual(['delivered', 'delivered', 'delivered']);
    expect([408, 429, 500, 502, 503].map(defaultClassify)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect([301, 400, 401, 404, 410, 422].map(defaultClassify)).toEqual(['dead', 'dead', 'dead', 'dead', 'dead', 'dead']);
  });

  it('retries with backoff base·2^(n−1), capped, and gives up after maxAttempts', () => {
    const delays = [0, 1, 2, 3].map((n) => outcomeOfHttpAttempt(n, 'retry', 'HTTP 500', now, s));
    expect(delays.map((o) => o.state)).toEqual(['failed', 'failed', 'failed', 'dead']);
    expect(delays.slice(0, 3).map((o) => (o.nextAttemptAt!.getTime() - now.getTime()) / 1000)).toEqual([60, 120, 240]);
    expect(outcomeOfHttpAttempt(2, 'retry', 'x', now, { ...s, maxAttempts: 10 }).nextAttemptAt!.getTime() - now.getTime()).toBe(240000);
    expect(outcomeOfHttpAttempt(5, 'retry', 'x', now, { ...s, maxAttempts: 10 }).nextAttemptAt!.getTime() - now.getTime()).toBe(300000);
    expect(delays[3]).toMatchObject({ attempts: 4, nextAttemptAt: null, lastError: 'HTTP 500' });
  });

  it('marks a delivery and a final refusal at once', () => {
    expect(outcomeOfHttpAttempt(1, 'delivered', null, now, s)).toEqual({
      state: 'delivered',
      attempts: 2,
      nextAttemptAt: null,
      deliveredAt: now,
      lastError: null,
    });
    expect(outcomeOfHttpAttempt(0, 'dead', 'HTTP 404', now, s)).toMatchObject({ state: 'dead', attempts: 1, lastError: 'HTTP 404' });
  });
});

describe('outbound HTTP queue: quotas and bodies', () => {
  it('gives each channel what is left of its minute and passes the rest over', () => {
    expect(quotaLeft(undefined, 100)).toBe(Infinity);
    expect(quotaLeft(5, 3)).toBe(2);
    expect(quotaLeft(5, 9)).toBe(0);
    const budget = new Map([['traffy', 2]]);
    const due = [1, 2, 3, 4].map((id) => ({ id, channel: 'traffy' })).concat([{ id: 5, channel: 'webhook' }]);
    expect(takeWithinQuota(due, budget)).toEqual([1, 2, 5]);
    expect(budget.get('traffy')).toBe(0);
    expect(takeWithinQuota([{ id: 6, channel: 'traffy' }], budget)).toEqual([]);
  });

  it('stores an object as JSON with its content type, a string as it is', () => {
    expect(serializeCall({ body: { a: 1, t: 'ไทย' } })).toEqual({
      body: '{"a":1,"t":"ไทย"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(serializeCall({ body: '<x/>', headers: { 'Content-Type': 'application/xml' } })).toEqual({
      body: '<x/>',
      headers: { 'Content-Type': 'application/xml' },
    });
    expect(serializeCall({ body: { a: 1 }, headers: { 'Content-Type': 'application/merge-patch+json' } }).headers).toEqual({
      'Content-Type': 'application/merge-patch+json',
    });
    expect(serializeCall({})).toEqual({ body: null, headers: {} });
  });
});
