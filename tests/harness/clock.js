'use strict';
/**
 * The tests' clock. With TEST_TODAY set (an ISO instant, e.g. 2027-01-01T00:05:00+07:00), each test
 * file starts on that instant: Date is the real clock shifted by a fixed offset, so it moves on in
 * real time while timers, sockets and database pools behave as usual, and the code under test
 * (Strapi included: it loads inside the test's module registry) reads the set date. Unset: the real
 * clock. (Jest's fake timers with advanceTimers move Date in 20 ms ticks of a real interval, which
 * fall behind real time on a loaded machine.)
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

/** The instant TEST_TODAY names, or undefined on the real clock. */
function testToday(today = process.env.TEST_TODAY) {
  if (!today) return undefined;
  const at = Date.parse(today);
  if (!/^\d{4}-\d\d-\d\dT/.test(today) || Number.isNaN(at)) {
    throw new Error(`TEST_TODAY=${today} is not an ISO instant such as 2027-01-01T00:05:00+07:00`);
  }
  return at;
}

/** Replaces `global.Date` by the real clock shifted to start at `at`; dates built from arguments are unchanged. */
function shiftClock(global, at) {
  const RealDate = global.Date;
  const offset = at - RealDate.now();
  const now = () => RealDate.now() + offset;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new RealDate(...args) : new RealDate(now());
  }
  // instances are real Dates: instanceof, util.types.isDate and the drivers' type checks hold
  ShiftedDate.prototype = RealDate.prototype;
  RealDate.prototype.constructor = ShiftedDate;
  ShiftedDate.now = now;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  global.Date = ShiftedDate;
}

module.exports = { DATE_EDGES, testToday, shiftClock };
