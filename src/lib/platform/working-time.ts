/**
 * Working time in Asia/Bangkok: adding N working hours to an instant, given a calendar (the working
 * day's hours, the working weekdays and the holidays). Pure and independent of the process time zone:
 * Bangkok has had no daylight saving since 1920, so its wall clock is UTC+7 all year and every day has
 * 24 hours. A deadline that ends exactly at the close of a working day is that close (16:30), not the
 * next morning.
 *
 *   addWorkingHours(Fri 15:30, 2, calendar)  → Mon 09:30 (one hour on Friday, one on Monday)
 *   addWorkingHours(Sat 10:00, 1, calendar)  → Mon 09:30 (starts at Monday's opening)
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Asia/Bangkok: a constant UTC+7. */
const BANGKOK_OFFSET_MS = 7 * HOUR;
/** The furthest a computation looks ahead (a calendar that never works fails instead of looping). */
const MAX_DAYS = 3660;

export interface WorkingCalendar {
  /** opening of a working day, minutes after midnight in Bangkok (08:30 → 510) */
  dayStart: number;
  /** close of a working day, minutes after midnight in Bangkok (16:30 → 990) */
  dayEnd: number;
  /** ISO weekdays that are worked: 1 Monday … 7 Sunday */
  weekdays: readonly number[];
  /** Bangkok dates (YYYY-MM-DD, Gregorian) that are not worked */
  holidays: ReadonlySet<string>;
}

/** 08:30–16:30, Monday to Friday, no holidays (the government's office hours). */
export const DEFAULT_WORKING_DAY = { dayStart: 8 * 60 + 30, dayEnd: 16 * 60 + 30, weekdays: [1, 2, 3, 4, 5] } as const;

/** "08:30" → 510; null when not a time of day (HH:MM, 00:00–24:00). */
export function parseClock(value: unknown): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(value ?? '').trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}

/** A calendar from its parts; throws a RangeError on hours that make no working day. */
export function workingCalendar(parts: {
  dayStart?: number;
  dayEnd?: number;
  weekdays?: readonly number[];
  holidays?: Iterable<string>;
}): WorkingCalendar {
  const dayStart = parts.dayStart ?? DEFAULT_WORKING_DAY.dayStart;
  const dayEnd = parts.dayEnd ?? DEFAULT_WORKING_DAY.dayEnd;
  const weekdays = parts.weekdays ?? DEFAULT_WORKING_DAY.weekdays;
  if (!(dayStart >= 0 && dayEnd <= 24 * 60 && dayStart < dayEnd)) {
    throw new RangeError(`working day: the opening (${dayStart} min) must come before the close (${dayEnd} min)`);
  }
  if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new RangeError('working day: weekdays must be 1 (Monday) … 7 (Sunday), at least one');
  }
  return { dayStart, dayEnd, weekdays, holidays: new Set(parts.holidays ?? []) };
}

/** The Bangkok date (YYYY-MM-DD) of a Bangkok day number (days since 1970-01-01 in Bangkok). */
function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 Monday … 7 Sunday) of a Bangkok day number; 1970-01-01 was a Thursday. */
function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whether a Bangkok date (YYYY-MM-DD) is a working day of the calendar. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
  if (Number.isNaN(day)) throw new RangeError(`not a date: ${date}`);
  return calendar.weekdays.includes(weekdayOfDay(day)) && !calendar.holidays.has(date);
}

/**
 * The instant `hours` working hours after `start` (fractions allowed). Time before the opening, after
 * the close, on a weekend or a holiday does not count; a start outside working time counts from the
 * next opening. Zero hours is `start` itself.
 */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  if (Number.isNaN(start.getTime())) throw new RangeError('addWorkingHours: invalid start');
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`addWorkingHours: hours must be 0 or more, got ${hours}`);
  let left = Math.round(hours * HOUR);
  if (left === 0) return new Date(start.getTime());
  let t = start.getTime() + BANGKOK_OFFSET_MS; // Bangkok wall-clock milliseconds
  let day = Math.floor(t / DAY);
  for (let n = 0; n <= MAX_DAYS; n++, day++) {
    if (!calendar.weekdays.includes(weekdayOfDay(day)) || calendar.holidays.has(dateOfDay(day))) continue;
    const open = day * DAY + calendar.dayStart * MINUTE;
    const close = day * DAY + calendar.dayEnd * MINUTE;
    const from = Math.max(t, open);
    if (from >= close) continue;
    if (left <= close - from) return new Date(from + left - BANGKOK_OFFSET_MS);
    left -= close - from;
    t = (day + 1) * DAY;
  }
  throw new RangeError(`addWorkingHours: no end within ${MAX_DAYS} days (a calendar without working days?)`);
}
