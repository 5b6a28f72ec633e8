import { COMPLAINT_POPULATE, cutPage, indexRanges, leanPlan, scopeTeams } from '../../src/lib/complaints/list';

/** Which complaint list requests the lean read path takes (src/lib/complaints/list.ts); the rest are Strapi's find. */
describe('complaint list: lean plan', () => {
  it('takes the common shape: list filters, an indexed sort, page or offset pagination, the default populate', () => {
    expect(leanPlan({}, {})).toEqual({ sort: [], pagination: {} });
    expect(leanPlan({ sort: 'resolveDueAt:asc', pagination: { page: '2', pageSize: '10' } }, { status: ['received'] })).toEqual({
      sort: [['resolveDueAt', 'asc']],
      pagination: { page: '2', pageSize: '10' },
    });
    expect(leanPlan({ sort: ['receivedAt:DESC', 'id'], populate: COMPLAINT_POPULATE }, { province: ['TH-10'] })?.sort).toEqual([
      ['receivedAt', 'desc'],
      ['id', 'asc'],
    ]);
    expect(leanPlan({ pagination: { start: '0', limit: '5' } }, {})).not.toBeNull();
  });

  it('leaves everything else to Strapi: free text, overdue, other params, sorts without an index, other populates', () => {
    expect(leanPlan({}, { q: 'กลิ่น' })).toBeNull();
    expect(leanPlan({}, { overdue: true })).toBeNull();
    expect(leanPlan({ filters: { id: { $gt: 0 } } }, {})).toBeNull();
    expect(leanPlan({ fields: ['title'] }, {})).toBeNull();
    expect(leanPlan({ sort: 'title:asc' }, {})).toBeNull();
    expect(leanPlan({ sort: 'resolveDueAt:sideways' }, {})).toBeNull();
    expect(leanPlan({ sort: { resolveDueAt: 'asc' } }, {})).toBeNull();
    expect(leanPlan({ populate: '*' }, {})).toBeNull();
    expect(leanPlan({ populate: { category: true } }, {})).toBeNull();
    expect(leanPlan({ pagination: { withCount: 'false' } }, {})).toBeNull();
  });

  it('understands the complaint scopes: everything, a team member’s teams; anything else is Strapi’s', () => {
    expect(scopeTeams({})).toBe('all');
    expect(scopeTeams({ assignedTeam: { id: { $in: [3, 4] } } })).toEqual([3, 4]);
    expect(scopeTeams(null)).toBeNull();
    expect(scopeTeams({ assignedTeam: { documentId: 'x' } })).toBeNull();
    expect(scopeTeams({ assignedTeam: { id: { $in: ['1 or 1=1'] } } })).toBeNull();
  });

  it('walks the deadline index per (state, urgency) pair only where that beats one statement', () => {
    const byDeadline: Array<['resolveDueAt', 'asc' | 'desc']> = [['resolveDueAt', 'desc']];
    const filter = { status: ['received', 'assigned', 'received'], urgency: ['normal', 'urgent'] };
    expect(indexRanges(filter, byDeadline, 0, 25, true)).toEqual([
      ['received', 'normal'],
      ['received', 'urgent'],
      ['assigned', 'normal'],
      ['assigned', 'urgent'],
    ]);
    // one pair is a single ordered read already; a missing column, another sort, relation lists read first
    expect(indexRanges({ status: ['received'], urgency: ['normal'] }, byDeadline, 0, 25, true)).toBeNull();
    expect(indexRanges({ status: ['received', 'assigned'] }, byDeadline, 0, 25, true)).toBeNull();
    expect(indexRanges(filter, [['receivedAt', 'asc']], 0, 25, true)).toBeNull();
    expect(indexRanges(filter, [...byDeadline, ['id', 'asc']], 0, 25, true)).toBeNull();
    expect(indexRanges(filter, byDeadline, 0, 25, false)).toBeNull();
    // deep pages and unlimited pages: each walk would read as far as one statement
    expect(indexRanges(filter, byDeadline, 975, 25, true)).not.toBeNull();
    expect(indexRanges(filter, byDeadline, 976, 25, true)).toBeNull();
    expect(indexRanges(filter, byDeadline, 0, -1, true)).toBeNull();
  });
});

describe('a deadline page cut from the walks in process', () => {
  const rows = [
    { id: 5, k: 3000 },
    { id: 2, k: null },
    { id: 9, k: 1000 },
    { id: 1, k: 3000 },
    { id: 4, k: 2000 },
  ];
  const ids = (r: Array<{ id: number }>) => r.map((x) => x.id);

  it('orders as SQLite does: no deadline first going up, last going down; equal deadlines by id', () => {
    expect(ids(cutPage(rows, 'asc', true, 0, 10))).toEqual([2, 9, 4, 1, 5]);
    expect(ids(cutPage(rows, 'desc', true, 0, 10))).toEqual([1, 5, 4, 9, 2]);
  });

  it('orders as PostgreSQL does: no deadline last going up, first going down, deadlines as dates', () => {
    const pg = rows.map((r) => ({ ...r, k: r.k === null ? null : new Date(r.k) }));
    expect(ids(cutPage(pg, 'asc', false, 0, 10))).toEqual([9, 4, 1, 5, 2]);
    expect(ids(cutPage(pg, 'desc', false, 0, 10))).toEqual([2, 1, 5, 4, 9]);
  });

  it('cuts the asked page', () => {
    expect(ids(cutPage(rows, 'asc', true, 1, 2))).toEqual([9, 4]);
    expect(ids(cutPage(rows, 'asc', true, 4, 25))).toEqual([5]);
  });
});
