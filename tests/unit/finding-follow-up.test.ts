import {
  acceptedCommitment,
  closureProblems,
  decideCommitment,
  decideExtension,
  proposeCommitment,
  requestExtension,
} from '../../src/lib/inspections/commitments';
import { repeatOf, type RoundFinding } from '../../src/lib/inspections/repeat';

const now = new Date('2027-01-10T03:00:00Z');
const plan = { action: 'จัดทำแผน', owner: 'กองแผน', dueDate: '2027-03-31' };

describe('finding follow-up rules (pure)', () => {
  it('versions commitments; acceptance supersedes the earlier accepted one', () => {
    let list = proposeCommitment(null, plan, now);
    list = proposeCommitment(list, { ...plan, dueDate: '2027-04-30' }, now);
    expect(list.map((c) => [c.version, c.state])).toEqual([
      [1, 'superseded'],
      [2, 'pending'],
    ]);
    list = decideCommitment(list, 'accepted', 'ok', now);
    expect(acceptedCommitment(list)?.version).toBe(2);
    list = decideCommitment(proposeCommitment(list, plan, now), 'accepted', undefined, now);
    expect(list.map((c) => c.state)).toEqual(['superseded', 'superseded', 'accepted']);
    expect(() => decideCommitment(list, 'rejected', 'x', now)).toThrow(/no commitment is waiting/);
  });

  it('moves the due date only on approval, one request at a time, and only later', () => {
    const due = '2027-02-01T16:59:59.000Z';
    const later = new Date('2027-03-01T16:59:59.000Z');
    expect(() => requestExtension([], due, { requestedDueAt: new Date('2027-01-20'), reason: 'x' }, now)).toThrow(/later/);
    const asked = requestExtension([], due, { requestedDueAt: later, reason: 'รองบ' }, now);
    expect(() => requestExtension(asked, due, { requestedDueAt: later, reason: 'x' }, now)).toThrow(/already waiting/);
    expect(decideExtension(asked, 'refused', 'no', now).dueAt).toBeNull();
    const approved = decideExtension(asked, 'approved', undefined, now);
    expect(approved.dueAt?.toISOString()).toBe(later.toISOString());
    expect(approved.list[0]).toMatchObject({ state: 'approved', previousDueAt: due });
  });

  it('names what closure still lacks', () => {
    expect(closureProblems({})).toHaveLength(2);
    const accepted = decideCommitment(proposeCommitment([], plan, now), 'accepted', undefined, now);
    expect(closureProblems({ commitments: accepted })).toEqual(['responseAttachments: no evidence of the fix attached to the response']);
    expect(closureProblems({ commitments: accepted, responseAttachments: [{ id: 1 }] })).toEqual([]);
  });

  it('finds the repeat: same category, same agency or province, an earlier round', () => {
    const f = (documentId: string, fiscalYear: number, round: number, extra: Partial<RoundFinding> = {}): RoundFinding => ({
      documentId,
      category: 'risk',
      agencyId: 1,
      provinceId: 10,
      fiscalYear,
      round,
      ...extra,
    });
    const me = f('me', 2570, 2);
    expect(repeatOf(me, [f('same-round', 2570, 2), f('later', 2570, 3)])).toBeNull();
    expect(repeatOf(me, [f('other-cat', 2569, 4, { category: 'budget' })])).toBeNull();
    expect(repeatOf(me, [f('elsewhere', 2569, 4, { agencyId: 2, provinceId: 11 })])).toBeNull();
    expect(repeatOf(me, [f('old', 2569, 1), f('newer', 2570, 1, { agencyId: 2 })])?.documentId).toBe('newer');
    expect(repeatOf(me, [f('case', 2569, 4, { category: ' RISK ' })])?.documentId).toBe('case');
    expect(repeatOf({ ...me, category: '' }, [f('old', 2569, 1)])).toBeNull();
  });
});
