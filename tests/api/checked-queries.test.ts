import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint } from '../harness/complaints';

/**
 * A list's query is validated and sanitised once per query, route and set of permissions
 * (src/lib/platform/scoped-controller.ts `checkedQuery`): the outcome follows a permission revoked or
 * granted from the next request, and a bad query is refused every time.
 */
describe('checked list queries', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;

  beforeAll(async () => {
    app = await bootStrapi();
    s = await complaintStaff(app);
    await fileComplaint(app, { categoryCode: 'noise', provinceCode: 'TH-21' });
    await fileComplaint(app, { categoryCode: 'wastewater', provinceCode: 'TH-21' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const list = (url: string) => app.http().get(url).set('Authorization', s.officer.auth);

  it('a bad query is refused on every request, naming the parameter', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await list('/api/complaints?sort=nosuchfield:asc');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain('nosuchfield');
    }
  });

  it('a filter on a relation the role may no longer read is refused from the next request, and holds again when granted', async () => {
    // the filter through the category is checked against the role's permission on categories
    const filtered = async () => {
      const res = await list('/api/complaints?filters[category][code][$eq]=noise');
      return res.status === 200 ? `${res.body.meta.pagination.total} shown` : res.status;
    };
    expect(await filtered()).toBe('1 shown');
    expect(await filtered()).toBe('1 shown');

    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'complaint-officer' } });
    const action = 'api::complaint-category.complaint-category.find';
    const granted = await permissions.findMany({ where: { action, role: role.id } });
    expect(granted.length).toBeGreaterThan(0);
    await permissions.deleteMany({ where: { id: { $in: granted.map((p: { id: number }) => p.id) } } });
    const revoked = await filtered();
    expect(revoked).not.toBe('1 shown');
    expect(await filtered()).toBe(revoked);

    await permissions.create({ data: { action, role: role.id } });
    expect(await filtered()).toBe('1 shown');
  });
});
