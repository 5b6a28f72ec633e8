import { currentWindow } from '../../src/lib/dashboard/reporting';
import { cmListUrl } from '../../src/lib/dashboard/cm-url';
import { fiscalYearStart } from '../../src/lib/dashboard/feedback';

describe('dashboard rules without a server', () => {
  it('writes Content Manager links the admin panel can parse (at most 5 bracket segments per key)', () => {
    const uid = 'api::progress-report.progress-report';
    expect(cmListUrl(uid, [{ state: { $eq: 'pending' } }, { project: { agency: { code: { $eq: 'DIW' } } } }], { sort: 'dueAt:ASC' })).toBe(
      `/admin/content-manager/collection-types/${uid}?page=1&pageSize=10&sort=dueAt:ASC&filters[$and][0][state][$eq]=pending&filters[project][agency][code][$eq]=DIW`,
    );
    expect(
      cmListUrl(uid, [
        { state: { $in: ['a', 'b'] } },
        { $or: [{ late: { $eq: true } }, { dueAt: { $lt: new Date('2026-01-01T00:00:00Z') } }] },
      ]),
    ).toBe(
      `/admin/content-manager/collection-types/${uid}?page=1&pageSize=10&filters[$and][0][state][$in][0]=a&filters[$and][0][state][$in][1]=b` +
        '&filters[$or][0][late][$eq]=true&filters[$or][1][dueAt][$lt]=2026-01-01T00%3A00%3A00.000Z',
    );
    expect(() => cmListUrl(uid, [{ a: { b: { c: { d: { e: { $eq: 1 } } } } } }])).toThrow(/levels deep/);
    expect(() => cmListUrl(uid, [{ $or: [{ a: { $eq: 1 } }] }, { $or: [{ b: { $eq: 1 } }] }])).toThrow(/"\$or"/);
  });

  it('takes the fiscal quarter (Bangkok) containing now as the reporting window', () => {
    expect(currentWindow(new Date('2026-11-25T03:00:00Z'))).toMatchObject({
      label: 'FY2570-Q1',
      from: new Date('2026-09-30T17:00:00Z'),
      to: new Date('2026-12-31T17:00:00Z'),
    });
    // 23:30 on 30 September in Bangkok is still the last quarter of FY2569
    expect(currentWindow(new Date('2026-09-30T16:30:00Z')).label).toBe('FY2569-Q4');
    expect(currentWindow(new Date('2026-09-30T17:00:00Z')).label).toBe('FY2570-Q1');
  });
});

describe("the citizens' verdict widget's fiscal year", () => {
  it('starts on 1 October in Bangkok, not in UTC', () => {
    expect(fiscalYearStart(new Date('2026-09-30T17:00:00Z')).toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(fiscalYearStart(new Date('2026-09-30T16:59:00Z')).toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(fiscalYearStart(new Date('2027-03-01T00:00:00Z')).toISOString()).toBe('2026-09-30T17:00:00.000Z');
  });
});
