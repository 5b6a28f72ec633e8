import { leanListPlan } from '../../src/lib/platform/lean-list';
import { REPORT_LIST, scopeAgencies } from '../../src/lib/reporting/list';
import { ACTIVITY_LIST, activityScopeOf } from '../../src/lib/volunteers/list';
import { MATERIAL_LIST, publicOnlyOf } from '../../src/lib/training/list';

/** Which list requests the lean read path takes (src/lib/platform/lean-list.ts); the rest are Strapi's find. */
describe('lean lists: plan', () => {
  it("takes the pages' shapes: indexed sorts and filters, the shown populate and fields, page or offset pagination", () => {
    expect(leanListPlan({}, REPORT_LIST)).toEqual({ sort: [], filters: [], populate: {}, fields: null, pagination: {} });
    expect(
      leanListPlan(
        {
          populate: { project: { fields: ['code', 'name', 'nameEn'] } },
          sort: ['dueAt:asc'],
          pagination: { pageSize: '100' },
          filters: { state: { $in: ['pending', 'returned'] } },
        },
        REPORT_LIST,
      ),
    ).toEqual({
      sort: [['dueAt', 'asc']],
      filters: [['state', '$in', ['pending', 'returned']]],
      populate: { project: ['code', 'name', 'nameEn'] },
      fields: null,
      pagination: { pageSize: '100' },
    });
    expect(
      leanListPlan(
        { filters: { state: { $eq: 'open' }, startAt: { $gt: '2027-01-01T00:00:00.000Z' } }, sort: 'startAt:DESC,id' },
        ACTIVITY_LIST,
      ),
    ).toMatchObject({
      sort: [
        ['startAt', 'desc'],
        ['id', 'asc'],
      ],
      filters: [
        ['state', '$eq', 'open'],
        ['startAt', '$gt', '2027-01-01T00:00:00.000Z'],
      ],
    });
    expect(leanListPlan({ fields: ['title', 'kind'], sort: ['effectiveDate:desc', 'title:asc'] }, MATERIAL_LIST)?.fields).toEqual([
      'title',
      'kind',
    ]);
    expect(leanListPlan({ pagination: { start: '0', limit: '5' } }, REPORT_LIST)).not.toBeNull();
  });

  it('leaves everything else to Strapi: other filters, operators, sorts, populates, fields and parameters', () => {
    const none = (query: Record<string, unknown>, spec = REPORT_LIST) => expect(leanListPlan(query, spec)).toBeNull();
    none({ filters: { id: { $gt: 0 } } });
    none({ filters: { documentId: { $eq: 'x' } } });
    none({ filters: { state: { $ne: 'pending' } } });
    none({ filters: { state: { $containsi: 'pen' } } });
    none({ filters: { state: 'pending' } });
    none({ filters: { $or: [{ state: { $eq: 'pending' } }] } });
    none({ filters: { project: { code: { $eq: 'P-1' } } } });
    none({ filters: { startAt: { $gt: 'yesterday' } } }, ACTIVITY_LIST);
    none({ filters: { startAt: { $gt: '1700000000000' } } }, ACTIVITY_LIST);
    none({ filters: { state: { $in: [] } } });
    none({ sort: 'narrative:asc' });
    none({ sort: 'dueAt:sideways' });
    none({ sort: { dueAt: 'asc' } });
    none({ populate: '*' });
    none({ populate: { project: true } });
    none({ populate: { project: { fields: ['code', 'officerEmail'] } } });
    none({ populate: { submittedBy: { fields: ['email'] } } });
    none({ populate: { project: { fields: ['code'], populate: { agency: true } } } });
    none({ fields: ['title'] });
    none({ fields: ['title', 'body'] }, MATERIAL_LIST);
    none({ filters: { topics: { slug: { $eq: 'pdpa' } } } }, MATERIAL_LIST);
    none({ pagination: { page: '1', withCount: 'false' } });
    none({ locale: 'en' });
    none({ status: 'draft' });
  });

  it('understands the row scopes of its lists and nothing else', () => {
    expect(scopeAgencies({})).toBe('all');
    expect(scopeAgencies({ project: { agency: { id: { $in: [3, 4] } } } })).toEqual([3, 4]);
    expect(scopeAgencies(null)).toBeNull();
    expect(scopeAgencies({ project: { agency: { id: { $in: [3] } }, state: 'active' } })).toBeNull();
    expect(scopeAgencies({ project: { agency: { id: { $in: ['3'] } } } })).toBeNull();

    const now = new Date(Date.UTC(2027, 0, 1));
    const open = { state: 'open', startAt: { $gt: now } };
    expect(activityScopeOf({})).toBe('all');
    expect(activityScopeOf(open)).toEqual({ after: now, own: null });
    expect(activityScopeOf({ $or: [open, { participations: { volunteer: { id: 7 } } }] })).toEqual({ after: now, own: 7 });
    expect(activityScopeOf(null)).toBeNull();
    expect(activityScopeOf({ $or: [open, { participations: { volunteer: { id: 7, extra: 1 } } }] })).toBeNull();
    expect(activityScopeOf({ state: 'open', startAt: { $gt: '2027-01-01' } })).toBeNull();

    expect(publicOnlyOf({})).toBe(false);
    expect(publicOnlyOf({ isPublic: { $eq: true } })).toBe(true);
    expect(publicOnlyOf(null)).toBeNull();
    expect(publicOnlyOf({ isPublic: { $eq: false } })).toBeNull();
  });
});
