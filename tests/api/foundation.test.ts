import { bootStrapi, TestApp } from '../harness/strapi';
import { seedReferenceData } from '../../src/lib/platform/reference-data';
import { applyRoles } from '../../src/lib/platform/roles';
import { roleDeclarations } from '../../src/lib/manifests';
import { createUser } from '../harness/users';
import { statementsOf } from '../harness/statements';

describe('bootstrap data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  const counts = async () => ({
    provinces: await app.strapi.db.query('api::province.province').count(),
    agencies: await app.strapi.db.query('api::agency.agency').count(),
    roles: await app.strapi.db.query('plugin::users-permissions.role').count(),
    permissions: await app.strapi.db.query('plugin::users-permissions.permission').count(),
  });

  it('seeds the 77 provinces and the agencies once; seeding again adds nothing', async () => {
    const before = await counts();
    expect(before.provinces).toBe(77);
    expect(before.agencies).toBeGreaterThanOrEqual(7);
    expect(await seedReferenceData(app.strapi)).toEqual({ provinces: 0, agencies: 0, complaintCategories: 0, slaPolicy: 0 });
    expect(await counts()).toEqual(before);
  });

  it('creates every declared role with its permissions', async () => {
    for (const decl of roleDeclarations) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({
        where: { type: decl.type },
        populate: ['permissions'],
      });
      expect(role).toBeTruthy();
      const actions = role.permissions.map((p: { action: string }) => p.action);
      expect(actions).toEqual(expect.arrayContaining(decl.actions));
    }
  });

  it('re-applies roles without changes and keeps what an administrator granted by hand', async () => {
    const officer = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'complaint-officer' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({
      data: { action: 'api::province.province.update', role: officer.id },
    });
    const before = await counts();
    const result = await applyRoles(app.strapi, roleDeclarations);
    expect(result).toMatchObject({ rolesCreated: 0, permissionsCreated: 0 });
    expect(await counts()).toEqual(before);
    const kept = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::province.province.update', role: officer.id } });
    expect(kept).toBeTruthy();
  });

  it("an API user's access follows a permission granted, changed or revoked from the next request, whoever else shares the same permissions", async () => {
    const roles = app.strapi.db.query('plugin::users-permissions.role');
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const [first, second] = await Promise.all(
      ['ability-one', 'ability-two'].map((type) => roles.create({ data: { type, name: type, description: 'test' } })),
    );
    const [one, two] = [await createUser(app.strapi, 'ability-one'), await createUser(app.strapi, 'ability-two')];
    const status = async (user: { auth: string }) => (await app.http().get('/api/provinces').set('Authorization', user.auth)).status;
    expect([await status(one), await status(two)]).toEqual([403, 403]);

    const granted = await permissions.create({ data: { action: 'api::province.province.find', role: first.id } });
    expect([await status(one), await status(two)]).toEqual([200, 403]);
    await permissions.create({ data: { action: 'api::province.province.find', role: second.id } });
    expect([await status(one), await status(two)]).toEqual([200, 200]);

    // a request reads only an aggregate of its role's permission links, not the rows themselves
    const sql = await statementsOf(app, async () => expect(await status(one)).toBe(200), 3);
    const permissionReads = sql.filter((q) => /up_permissions\b/.test(q));
    expect(permissionReads.length).toBe(1);
    expect(permissionReads[0]).toMatch(/count\(\*\)/i);

    // an action changed in place, then a permission revoked
    await permissions.update({ where: { id: granted.id }, data: { action: 'api::province.province.findOne' } });
    expect([await status(one), await status(two)]).toEqual([403, 200]);
    await permissions.update({ where: { id: granted.id }, data: { action: 'api::province.province.find' } });
    expect(await status(one)).toBe(200);
    await permissions.delete({ where: { id: granted.id } });
    expect([await status(one), await status(two)]).toEqual([403, 200]);
  });
});

describe('email through the Strapi email plugin', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('delivers a Thai message to the SMTP server', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'officer@example.test',
      subject: 'แจ้งเตือน: รายงานความก้าวหน้า',
      text: 'กรุณาส่งรายงาน',
    });
    const [mail] = await app.smtp.waitFor(1);
    expect(mail.to).toEqual(['officer@example.test']);
    expect(mail.from).toBe('no-reply@mind-desk.test');
    expect(mail.subject).toBe('แจ้งเตือน: รายงานความก้าวหน้า');
    expect(mail.text.trim()).toBe('กรุณาส่งรายงาน');
  });
});

describe('API users', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a user of a declared role reads their own profile; without a token it is refused', async () => {
    const { createUser } = await import('../harness/users');
    const officer = await createUser(app.strapi, 'complaint-officer');
    const me = await app.http().get('/api/users/me').set('Authorization', officer.auth).expect(200);
    expect(me.body.email).toBe(officer.email);
    await app.http().get('/api/users/me').expect(403);
  });
});
