'use strict';
/**
 * The tests' clock. With TEST_TODAY set (an ISO instant, e.g. 2027-01-01T00:05:00+07:00), every test
 * process starts on that instant: only Date is faked, and it moves on in real time, so timers,
 * sockets and database pools behave as usual while the code under test (Strapi included, which
 * loads inside the test's module registry) reads the set date. Unset: the real clock.
 */

/**
 * The edges that break date code: Thai fiscal year and quarters (1 Oct–30 Sep), the BE year (1 Jan),
 * leap day. The clock moves on while a file runs, so "before midnight" is ten minutes before: no file
 * should cross midnight halfway through. `api`: also run the date-sensitive API suites there (each
 * boots Strapi, so only at the edges the issue names; the quarter edges run the unit project).
 */
const DATE_EDGES = [
  { at: '2026-09-30T23:50:00+07:00', api: true }, // last minutes of fiscal year 2569
  { at: '2026-10-01T00:05:00+07:00', api: true }, // first day of fiscal year 2570, Q1
  { at: '2026-12-31T23:50:00+07:00', api: true }, // last minutes of BE 2569 (end of Q1)
  { at: '2027-01-01T00:05:00+07:00', api: true }, // BE 2570 begins, Q2
  { at: '2027-03-31T23:50:00+07:00', api: false }, // end of Q2 / first half: the pure rules only
  { at: '2027-04-01T00:05:00+07:00', api: false }, // Q3: the pure rules only
  { at: '2028-02-29T12:00:00+07:00', api: true }, // leap day
];

// Every fakeable API but Date.
const NOT_DATE = [
  'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
  'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval',
  'clearInterval', 'setTimeout', 'clearTimeout',
];

/** Jest's `fakeTimers` option for TEST_TODAY, or undefined on the real clock. */
function fakeTimersFor(today = process.env.TEST_TODAY) {
  if (!today) return undefined;
  const now = Date.parse(today);
  if (!/^\d{4}-\d\d-\d\dT/.test(today) || Number.isNaN(now)) {
    throw new Error(`TEST_TODAY=${today} is not an ISO instant such as 2027-01-01T00:05:00+07:00`);
  }
  return { enableGlobally: true, now, advanceTimers: true, doNotFake: NOT_DATE };
}

module.exports = { DATE_EDGES, fakeTimersFor };
