import { csvCell, toCsv } from '../../src/lib/platform/csv';
import { attendanceProblems, isThaiNationalId, signUpRefusal, signUpState } from '../../src/lib/volunteers/rules';
import { activityObligations } from '../../src/lib/volunteers/obligations';
import { stepsDue, type LadderStep } from '../../src/lib/platform/obligations/ladder';

const HOUR = 3_600_000;

describe('volunteer rules (pure)', () => {
  it('CSV: BOM, quoting, CRLF, formula injection', () => {
    const csv = toCsv(
      ['ชื่อ / Name', 'n'],
      [
        ['สมชาย "ใจดี", กทม.', 3.5],
        ['=HYPERLINK("x")', null],
        ['+66 81', -1],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['ชื่อ / Name,n', '"สมชาย ""ใจดี"", กทม.",3.5', `"'=HYPERLINK(""x"")",`, "'+66 81,-1", '']);
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('Thai national ID check digit', () => {
    expect(isThaiNationalId('1101700203450')).toBe(true);
    expect(isThaiNationalId('1101700203451')).toBe(false);
    expect(isThaiNationalId('110170020345')).toBe(false);
  });

  it('sign-up decisions and attendance rules', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    expect(signUpState(4, 5)).toBe('registered');
    expect(signUpState(5, 5)).toBe('waitlisted');
    expect(signUpRefusal({ state: 'open', startAt: new Date(now.getTime() + HOUR) }, now)).toBeNull();
    expect(signUpRefusal({ state: 'cancelled', startAt: new Date(now.getTime() + HOUR) }, now)).toMatch(/cancelled/);
    expect(signUpRefusal({ state: 'completed', startAt: new Date(now.getTime() + HOUR) }, now)).toMatch(/completed/);
    expect(signUpRefusal({ state: 'open', startAt: new Date(now.getTime() - HOUR) }, now)).toMatch(/past/);
    const activity = { state: 'open', startAt: new Date(now.getTime() - 5 * HOUR), endAt: new Date(now.getTime() - HOUR) };
    const reg = { state: 'registered' };
    const fields = (input: any, p = reg, a: any = activity) => attendanceProblems(input, p, a, now).map((e) => e.path[0]);
    expect(fields({ state: 'attended', hours: 4 })).toEqual([]);
    expect(fields({ state: 'attended', hours: 2.25 })).toEqual([]);
    expect(fields({ state: 'attended', hours: 0 })).toEqual(['hours']);
    expect(fields({ state: 'attended', hours: 4.01 })).toEqual(['hours']);
    expect(fields({ state: 'attended' })).toEqual(['hours']);
    expect(fields({ state: 'attended', hours: 'abc' })).toEqual(['hours']);
    expect(fields({ state: 'no_show' })).toEqual([]);
    expect(fields({ state: 'no_show', hours: 2 })).toEqual(['hours']);
    expect(fields({ state: 'cancelled' })).toEqual(['state']);
    expect(fields({ state: 'attended', hours: 1 }, { state: 'waitlisted' })).toEqual(['state']);
    expect(
      fields({ state: 'attended', hours: 1 }, reg, {
        ...activity,
        startAt: new Date(now.getTime() + HOUR),
        endAt: new Date(now.getTime() + 3 * HOUR),
      }),
    ).toEqual(['activity']);
  });

  it('a volunteer is reminded once, from 36 hours before the start until it starts (the obligation engine)', () => {
    const now = new Date('2026-11-25T01:00:00Z');
    const ladder = (activityObligations.defaultLadder as Omit<LadderStep, 'source'>[]).map((st) => ({ ...st, source: 'activity' }));
    const due = (hours: number) => {
      const startAt = new Date(now.getTime() + hours * HOUR).toISOString();
      const [deadline] = activityObligations.deadlines({
        id: 1,
        documentId: 'p1',
        activity: { documentId: 'a1', title: 'ปลูกป่า', startAt },
      });
      return stepsDue(deadline, ladder, now).map((d) => d.step.recipientKind);
    };
    expect(due(37)).toEqual([]);
    expect(due(36)).toEqual(['owner']);
    expect(due(1)).toEqual(['owner']);
    expect(due(0)).toEqual([]);
  });
});
