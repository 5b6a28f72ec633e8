import {
  digestKey,
  maySend,
  policyLadder,
  sendKey,
  stepsDue,
  defaultPolicy,
  type LadderStep,
} from '../../src/lib/platform/obligations/ladder';
import { digestLine, sortLines } from '../../src/lib/platform/obligations/digest';
import { workingCalendar } from '../../src/lib/platform/working-time';
import { complaintDeadlines } from '../../src/lib/complaints/obligations';
import { reportObligations } from '../../src/lib/reporting/obligations';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const due = new Date('2027-03-10T03:00:00Z'); // Wednesday 10 March 2027, 10:00 Bangkok
const resolve = { name: 'resolve', dueAt: due, labelTh: 'กำหนดแก้ไข', labelEn: 'resolution deadline' };
const step = (id: string, deadline: string, offsetHours: number, more: Partial<LadderStep> = {}): LadderStep => ({
  id,
  source: 'complaint',
  deadline,
  offsetHours,
  recipientKind: 'address',
  address: 'x@example.test',
  labelTh: id,
  ...more,
});
const ladder = [step('before', 'resolve', -24), step('on', 'any', 0), step('after', 'resolve', 48), step('ack', 'acknowledge', 0)];
const ids = (now: Date, steps = ladder) => stepsDue(resolve, steps, now).map((s) => (s.n > 1 ? `${s.step.id}@${s.n}` : s.step.id));

describe('obligation ladder (pure)', () => {
  it('takes the steps of the deadline whose time has come, and drops a warning once the deadline has passed', () => {
    expect(ids(new Date(due.getTime() - 25 * HOUR))).toEqual([]);
    expect(ids(new Date(due.getTime() - 24 * HOUR))).toEqual(['before']);
    expect(ids(due)).toEqual(['on']);
    expect(ids(new Date(due.getTime() + 47 * HOUR))).toEqual(['on']);
    expect(ids(new Date(due.getTime() + 48 * HOUR))).toEqual(['on', 'after']);
  });

  it('repeats a step every K days, at most its maximum, as its latest repeat', () => {
    const every = [step('every', 'any', 24, { repeatEveryDays: 7, maxRepeats: 3 })];
    expect(ids(new Date(due.getTime() + 23 * HOUR), every)).toEqual([]);
    expect(ids(new Date(due.getTime() + DAY), every)).toEqual(['every']);
    expect(ids(new Date(due.getTime() + 7 * DAY), every)).toEqual(['every']);
    expect(ids(new Date(due.getTime() + 8 * DAY), every)).toEqual(['every@2']);
    expect(ids(new Date(due.getTime() + 15 * DAY), every)).toEqual(['every@3']);
    expect(ids(new Date(due.getTime() + 90 * DAY), every)).toEqual(['every@3']);
  });

  it('turns the reminder-policy into a ladder: before due, on due, every K days after, the next level after M', () => {
    const p = { ...defaultPolicy, dueSoonDays: 3, overdueIntervalDays: 7, escalateAfterDays: 14, maxReminders: 2 };
    const steps = policyLadder('report', p);
    expect(steps.map((s) => [s.id, s.offsetHours, s.recipientKind])).toEqual([
      ['policy:before', -72, 'owner'],
      ['policy:due', 0, 'owner'],
      ['policy:after', 168, 'owner'],
      ['policy:escalate', 336, 'next_level'],
    ]);
    const at = (days: number) => ids(new Date(due.getTime() + days * DAY), steps);
    expect(at(-4)).toEqual([]);
    expect(at(-3)).toEqual(['policy:before']);
    expect(at(0)).toEqual(['policy:due']);
    expect(at(7)).toEqual(['policy:due', 'policy:after']);
    expect(at(14)).toEqual(['policy:due', 'policy:after@2', 'policy:escalate']);
    expect(at(30)).toEqual(['policy:due', 'policy:after@2', 'policy:escalate']);
  });

  it('keys a step by item, obligation (due instant and cycle), deadline, step, repeat and recipient, and a digest by recipient and Bangkok day', () => {
    const after = { step: step('after', 'resolve', 48), n: 1 };
    const key = sendKey('complaint', 'doc1', resolve, after, 'Director@Example.test');
    expect(key).toMatch(/^complaint:doc1:2027-03-10T03:00:00\.000Z:resolve:after:[0-9a-f]{16}$/);
    expect(sendKey('complaint', 'doc1', resolve, after, 'director@example.test')).toBe(key);
    expect(sendKey('complaint', 'doc1', resolve, { ...after, n: 2 }, 'director@example.test')).toMatch(/:after@2:/);
    // a moved deadline, or one sent back (a new cycle), is a new obligation
    expect(sendKey('complaint', 'doc1', { ...resolve, dueAt: new Date(due.getTime() + HOUR) }, after, 'director@example.test')).not.toBe(
      key,
    );
    expect(sendKey('complaint', 'doc1', { ...resolve, cycle: 1 }, after, 'director@example.test')).toMatch(/Z#1:resolve:/);
    // 23:30 on 10 March in Bangkok and 00:30 on the 11th are two days, whatever UTC says
    expect(digestKey('a@example.test', new Date('2027-03-10T16:30:00Z'))).toMatch(/^digest:[0-9a-f]{16}:2027-03-10$/);
    expect(digestKey('a@example.test', new Date('2027-03-10T17:30:00Z'))).toMatch(/:2027-03-11$/);
  });

  it('sends only inside the hours, in Bangkok, and on working days unless the source reminds any day', () => {
    const calendar = workingCalendar({ holidays: ['2027-04-13'] });
    const p = { sendFrom: '08:00', sendUntil: '18:00' };
    const bkk = (iso: string) => new Date(`${iso}+07:00`);
    expect(maySend(bkk('2027-03-10T07:59:00'), p, calendar)).toBe(false);
    expect(maySend(bkk('2027-03-10T08:00:00'), p, calendar)).toBe(true);
    expect(maySend(bkk('2027-03-10T17:59:00'), p, calendar)).toBe(true);
    expect(maySend(bkk('2027-03-10T18:00:00'), p, calendar)).toBe(false);
    expect(maySend(bkk('2027-03-13T09:00:00'), p, calendar)).toBe(false); // Saturday
    expect(maySend(bkk('2027-03-13T09:00:00'), p, calendar, true)).toBe(true);
    expect(maySend(bkk('2027-04-13T09:00:00'), p, calendar)).toBe(false); // Songkran
    expect(maySend(bkk('2027-04-14T09:00:00'), p, calendar)).toBe(true);
    expect(maySend(bkk('2027-04-13T09:00:00'), { ...p, workingDaysOnly: false }, calendar)).toBe(true);
  });

  it('writes a digest line saying what, when, which step and why this recipient gets it, most pressing first', () => {
    const now = new Date(due.getTime() + 26 * HOUR);
    const line = digestLine(
      reportObligations,
      { ref: 'PRJ-1 Q1', title: 'โครงการ', link: 'https://x/staff/report.html?id=r1' },
      { name: 'due', dueAt: due, labelTh: 'กำหนดส่งรายงาน', labelEn: 'report due' },
      { step: step('after', 'any', 24, { recipientKind: 'owner', labelTh: 'เกินกำหนด', labelEn: 'Overdue' }), n: 2 },
      now,
    );
    expect(line).toMatchObject({
      sourceTh: 'รายงานความก้าวหน้า',
      dueTh: '10 มี.ค. 2570 10:00 น.',
      whenTh: 'เกินกำหนด 1 วัน 2 ชั่วโมง',
      whenEn: '1 day 2 hours overdue',
      stepTh: 'เกินกำหนด (ครั้งที่ 2)',
      stepEn: 'Overdue (#2)',
    });
    expect(line.whyTh).toContain('ผู้รับผิดชอบรายงาน');
    const lines = sortLines([
      { sourceTh: 'รายงานความก้าวหน้า', dueAt: 2 },
      { sourceTh: 'ข้อเสนอแนะ', dueAt: 3 },
      { sourceTh: 'รายงานความก้าวหน้า', dueAt: 1 },
    ]);
    expect(lines.map((l) => l.dueAt)).toEqual([3, 1, 2]);
  });

  it("names a complaint's deadlines still owed", () => {
    const c = { acknowledgeDueAt: due, resolveDueAt: new Date(due.getTime() + 240 * HOUR) };
    expect(complaintDeadlines({ ...c, state: 'received' }).map((d) => d.name)).toEqual(['acknowledge', 'resolve']);
    expect(complaintDeadlines({ ...c, state: 'assigned' }).map((d) => d.name)).toEqual(['resolve']);
    expect(complaintDeadlines({ ...c, state: 'resolved' })).toEqual([]);
  });
});
