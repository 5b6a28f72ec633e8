import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { statementsOf } from '../harness/statements';

/**
 * Both kinds of bearer token the Content API takes: an administrator's API token (random hex, for systems)
 * and a person's session token (a JWT from signing in). A session token is never looked up as an API token,
 * and the session check reads the user once (with the role), not twice.
 */
describe('bearer tokens: API tokens and session tokens', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  const apiToken = async (type: 'read-only' | 'full-access') => {
    const created = (await app.strapi
      .service('admin::api-token-content-api')
      .create({ name: `test-${type}-${Date.now()}`, description: '', type, lifespan: null })) as { accessKey: string };
    return created.accessKey;
  };
  const get = (url: string, bearer: string) => app.http().get(url).set('Authorization', `Bearer ${bearer}`);
  const post = (url: string, bearer: string, body: object) => app.http().post(url).set('Authorization', `Bearer ${bearer}`).send(body);

  it('an API token still signs a system in; a made-up one, or a JWT-shaped one, is refused', async () => {
    const readOnly = await apiToken('read-only');
    expect(readOnly).toMatch(/^[0-9a-f]+$/);
    const list = await get('/api/training-materials', readOnly);
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.data)).toBe(true);
    // read-only: no writes
    expect((await post('/api/training-materials', readOnly, { data: {} })).status).toBe(403);

    const full = await apiToken('full-access');
    expect((await get('/api/complaints', full)).status).toBe(200);

    expect((await get('/api/complaints', 'ab'.repeat(128))).status).toBe(401);
    expect((await get('/api/complaints', 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl')).status).toBe(401);
  });

  it("a signed-in person's request reads no API token, and their user once", async () => {
    const officer = await createUser(app.strapi, 'complaint-officer');
    await get('/api/users/me', officer.jwt);
    const sql = await statementsOf(app, () => get('/api/users/me', officer.jwt).expect(200), 3);
    expect(sql.filter((s) => /strapi_api_tokens/.test(s))).toEqual([]);
    // the strategy's user read (with its role), and /me's own
    expect(sql.filter((s) => /[`"]up_users[`"] as [`"]t0[`"] where/.test(s))).toHaveLength(2);
  });

  it('a session token whose user is gone is refused', async () => {
    const gone = await createUser(app.strapi, 'authenticated');
    expect((await get('/api/users/me', gone.jwt)).status).toBe(200);
    await app.strapi.db.query('plugin::users-permissions.user').delete({ where: { id: gone.id } });
    const refused = await get('/api/users/me', gone.jwt);
    expect(refused.status).toBe(401);
    expect(refused.body.data).toBeNull();
  });
});
