import { digestKey, sendKey, stepsDue, type LadderStep } from '../../src/lib/platform/ladder';
import { complaintDeadlines } from '../../src/lib/complaints/jobs/escalate-complaint-deadlines';

const HOUR = 3600_000;
const due = new Date('2027-03-10T03:00:00Z'); // 10:00 Bangkok
const resolve = { name: 'resolve', dueAt: due, labelTh: 'กำหนดแก้ไข', labelEn: 'resolution deadline' };
const step = (id: string, deadline: string, offsetHours: number): LadderStep => ({
  id,
  source: 'complaint',
  deadline,
  offsetHours,
  recipientKind: 'address',
  address: 'x@example.test',
  labelTh: id,
});
const ladder = [step('before', 'resolve', -24), step('on', 'any', 0), step('after', 'resolve', 48), step('ack', 'acknowledge', 0)];
const ids = (now: Date) => stepsDue(resolve, ladder, now).map((s) => s.id);

describe('escalation ladder (pure)', () => {
  it('takes the steps of the deadline whose time has come, and drops a warning once the deadline has passed', () => {
    expect(ids(new Date(due.getTime() - 25 * HOUR))).toEqual([]);
    expect(ids(new Date(due.getTime() - 24 * HOUR))).toEqual(['before']);
    expect(ids(due)).toEqual(['on']);
    expect(ids(new Date(due.getTime() + 47 * HOUR))).toEqual(['on']);
    expect(ids(new Date(due.getTime() + 48 * HOUR))).toEqual(['on', 'after']);
  });

  it('keys a step by item, due instant, deadline, step and recipient, and a digest by recipient and Bangkok day', () => {
    const key = sendKey('complaint', 'doc1', resolve, 'after', 'Director@Example.test');
    expect(key).toMatch(/^complaint:doc1:2027-03-10T03:00:00\.000Z:resolve:after:[0-9a-f]{16}$/);
    expect(sendKey('complaint', 'doc1', resolve, 'after', 'director@example.test')).toBe(key);
    // a moved deadline is a new obligation
    expect(sendKey('complaint', 'doc1', { ...resolve, dueAt: new Date(due.getTime() + HOUR) }, 'after', 'director@example.test')).not.toBe(
      key,
    );
    // 23:30 on 10 March in Bangkok and 00:30 on the 11th are two days, whatever UTC says
    expect(digestKey('a@example.test', new Date('2027-03-10T16:30:00Z'))).toMatch(/:2027-03-10$/);
    expect(digestKey('a@example.test', new Date('2027-03-10T17:30:00Z'))).toMatch(/:2027-03-11$/);
  });

  it("names a complaint's deadlines still owed", () => {
    const c = { acknowledgeDueAt: due, resolveDueAt: new Date(due.getTime() + 240 * HOUR) };
    expect(complaintDeadlines({ ...c, state: 'received' }).map((d) => d.name)).toEqual(['acknowledge', 'resolve']);
    expect(complaintDeadlines({ ...c, state: 'assigned' }).map((d) => d.name)).toEqual(['resolve']);
    expect(complaintDeadlines({ ...c, state: 'resolved' })).toEqual([]);
  });
});
