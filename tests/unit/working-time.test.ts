import { addWorkingHours, isWorkingDay, parseClock, workingCalendar } from '../../src/lib/platform/working-time';
import { computeDueDates, DEFAULT_SLA, hoursKind } from '../../src/lib/complaints/sla';

/** An instant given as Bangkok wall-clock time (UTC+7 all year). */
const bkk = (local: string) => new Date(`${local}+07:00`);
const HOUR = 3600_000;

const plain = workingCalendar({}); // 08:30–16:30, Monday to Friday, no holidays
const thai = workingCalendar({
  // Father's Day on Saturday 5 Dec 2026 and its substitution on Monday 7 Dec; Constitution Day Thursday 10 Dec;
  // New Year's Eve, New Year's Day; 2 Jan 2026 the Cabinet's extra day
  holidays: ['2026-12-05', '2026-12-07', '2026-12-10', '2026-12-31', '2027-01-01', '2026-01-01', '2026-01-02'],
});

describe('working time (pure, Asia/Bangkok)', () => {
  it('counts within one working day, and a deadline at the close is the close', () => {
    expect(addWorkingHours(bkk('2026-11-25T10:00'), 2, plain)).toEqual(bkk('2026-11-25T12:00'));
    expect(addWorkingHours(bkk('2026-11-25T10:00'), 6.5, plain)).toEqual(bkk('2026-11-25T16:30'));
    expect(addWorkingHours(bkk('2026-11-25T10:00'), 6.75, plain)).toEqual(bkk('2026-11-26T08:45'));
    expect(addWorkingHours(bkk('2026-11-25T10:00'), 0, plain)).toEqual(bkk('2026-11-25T10:00'));
  });

  it('skips the weekend: Friday afternoon plus two hours is Monday morning', () => {
    expect(addWorkingHours(bkk('2026-11-27T15:30'), 2, plain)).toEqual(bkk('2026-11-30T09:30'));
    // three working days from Wednesday 10:00 is Monday 10:00
    expect(addWorkingHours(bkk('2026-11-25T10:00'), 24, plain)).toEqual(bkk('2026-11-30T10:00'));
  });

  it('starts outside working hours at the next opening', () => {
    expect(addWorkingHours(bkk('2026-11-25T06:00'), 1, plain)).toEqual(bkk('2026-11-25T09:30'));
    expect(addWorkingHours(bkk('2026-11-25T20:00'), 1, plain)).toEqual(bkk('2026-11-26T09:30'));
    expect(addWorkingHours(bkk('2026-11-28T11:00'), 1, plain)).toEqual(bkk('2026-11-30T09:30')); // Saturday
    expect(addWorkingHours(bkk('2026-11-25T16:30'), 1, plain)).toEqual(bkk('2026-11-26T09:30')); // at the close
  });

  it('skips a holiday and a substitution day after a weekend', () => {
    // Friday 4 Dec 16:00 + 1 h: half an hour on Friday, Sat 5 (holiday), Sun, Mon 7 (substitution) off → Tue 09:00
    expect(addWorkingHours(bkk('2026-12-04T16:00'), 1, thai)).toEqual(bkk('2026-12-08T09:00'));
    // Wednesday 9 Dec 15:30 + 2 h: one on Wednesday, Thursday 10 (Constitution Day) off → Friday 09:30
    expect(addWorkingHours(bkk('2026-12-09T15:30'), 2, thai)).toEqual(bkk('2026-12-11T09:30'));
    expect(isWorkingDay('2026-12-07', thai)).toBe(false);
    expect(isWorkingDay('2026-12-08', thai)).toBe(true);
    expect(isWorkingDay('2026-12-12', thai)).toBe(false); // a Saturday
  });

  it('crosses the Buddhist year end (2569 → 2570) over New Year holidays', () => {
    // Wed 30 Dec 2026 14:30 + 8 h: 2 h on the 30th; 31 Dec, 1 Jan (holidays), the weekend off; 6 h on Monday 4 Jan 2027
    expect(addWorkingHours(bkk('2026-12-30T14:30'), 8, thai)).toEqual(bkk('2027-01-04T14:30'));
    // and the Gregorian one a year earlier: 1–4 Jan 2026 off (holiday, the Cabinet's extra day, weekend)
    expect(addWorkingHours(bkk('2025-12-31T16:00'), 1, thai)).toEqual(bkk('2026-01-05T09:00'));
  });

  it('uses Bangkok time whatever the instant looks like in UTC', () => {
    // 2026-11-27T23:30Z is Saturday 06:30 in Bangkok, not Friday evening
    expect(addWorkingHours(new Date('2026-11-27T23:30:00Z'), 1, plain)).toEqual(bkk('2026-11-30T09:30'));
    // 2026-11-30T01:00Z is Monday 08:00 in Bangkok: counting starts at 08:30
    expect(addWorkingHours(new Date('2026-11-30T01:00:00Z'), 1, plain).toISOString()).toBe('2026-11-30T02:30:00.000Z');
    // the offset is Asia/Bangkok's, every month
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2027, m, 15, 3));
      const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', hourCycle: 'h23' }).format(d);
      expect(hour).toBe('10');
    }
  });

  it('follows configured working hours and refuses a calendar without a working day', () => {
    const early = workingCalendar({ dayStart: parseClock('07:00')!, dayEnd: parseClock('15:00')! });
    expect(addWorkingHours(bkk('2026-11-25T14:00'), 2, early)).toEqual(bkk('2026-11-26T08:00'));
    expect(parseClock('8:30')).toBe(510);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('noon')).toBeNull();
    expect(() => workingCalendar({ dayStart: 600, dayEnd: 500 })).toThrow(RangeError);
    expect(() => workingCalendar({ weekdays: [] })).toThrow(RangeError);
    expect(() => addWorkingHours(bkk('2026-11-25T10:00'), -1, plain)).toThrow(RangeError);
  });
});

describe('SLA deadlines in working time', () => {
  const policy = { ...DEFAULT_SLA, holidays: ['2026-12-05', '2026-12-07', '2026-12-10'] };

  it('puts a normal complaint filed on Friday afternoon across the weekend and the holidays at the right working hour', () => {
    // Friday 4 Dec 2026 15:00: acknowledge within 24 working hours (3 working days)
    // Fri 1.5 h, [Sat 5 holiday, Sun, Mon 7 substitution], Tue 8 h, Wed 8 h, [Thu 10 holiday], Fri 11: 6.5 h → 15:00
    const due = computeDueDates(bkk('2026-12-04T15:00'), 'normal', policy);
    expect(due.acknowledgeDueAt).toEqual(bkk('2026-12-11T15:00'));
    // urgent: 8 working hours → Tuesday 8 Dec 15:00
    expect(computeDueDates(bkk('2026-12-04T15:00'), 'urgent', policy).acknowledgeDueAt).toEqual(bkk('2026-12-08T15:00'));
  });

  it('keeps emergencies on the clock, whatever the category says', () => {
    const received = bkk('2026-12-04T15:00');
    const due = computeDueDates(received, 'emergency', policy, { slaHoursKind: 'working' });
    expect(due.acknowledgeDueAt.getTime() - received.getTime()).toBe(2 * HOUR);
    expect(due.resolveDueAt.getTime() - received.getTime()).toBe(24 * HOUR);
    // a chemical leak's own hours, still on the clock
    const leak = computeDueDates(received, 'emergency', policy, { slaAcknowledgeHours: 1, slaResolveHours: 12 });
    expect(leak.acknowledgeDueAt.getTime() - received.getTime()).toBe(1 * HOUR);
  });

  it("takes a category's own kind for other urgencies, and the policy's otherwise", () => {
    expect(hoursKind('normal', DEFAULT_SLA, { slaHoursKind: 'clock' })).toBe('clock');
    expect(hoursKind('normal', DEFAULT_SLA, { slaHoursKind: 'policy' })).toBe('working');
    expect(hoursKind('urgent', { ...DEFAULT_SLA, urgentHoursKind: 'clock' }, null)).toBe('clock');
    expect(hoursKind('emergency', { ...DEFAULT_SLA, emergencyHoursKind: 'working' }, { slaHoursKind: 'clock' })).toBe('working');
    const received = bkk('2026-12-04T15:00');
    const clock = computeDueDates(received, 'normal', policy, { slaHoursKind: 'clock' });
    expect(clock.acknowledgeDueAt.getTime() - received.getTime()).toBe(24 * HOUR);
  });

  it("uses the policy's working day", () => {
    const due = computeDueDates(bkk('2026-11-25T14:00'), 'urgent', { ...policy, workdayStart: '07:00', workdayEnd: '15:00' });
    expect(due.acknowledgeDueAt).toEqual(bkk('2026-11-26T14:00'));
  });
});
