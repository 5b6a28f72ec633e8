import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { statementsOf } from '../harness/statements';
import { readAuthentication, USER_UID } from '../../src/lib/security/authentication-read';

/**
 * Both kinds of bearer token the Content API takes: an administrator's API token (random hex, for systems)
 * and a person's session token (a JWT from signing in). A session token is never looked up as an API token,
 * and everything the sign-in check reads (the session, the user with the role, the plugin's settings, the role's
 * permission stamp) is one statement, read afresh on every request.
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

  it("a signed-in person's request reads no API token, and its sign-in in one statement", async () => {
    const officer = await createUser(app.strapi, 'complaint-officer');
    await get('/api/users/me', officer.jwt);
    const sql = await statementsOf(app, () => get('/api/users/me', officer.jwt).expect(200), 3);
    expect(sql.filter((s) => /strapi_api_tokens/.test(s))).toEqual([]);
    // the sign-in check, then /me's own read of the user
    expect(sql).toHaveLength(2);
    for (const table of ['strapi_sessions', 'up_users', 'up_roles', 'strapi_core_store_settings', 'up_permissions_role_lnk']) {
      expect(sql[0]).toContain(table);
    }
    expect(sql[1]).toMatch(/[`"]up_users[`"] as [`"]t0[`"] where/);
  });

  it('the sign-in check hands the request the user and role the query layer reads', async () => {
    const officer = await createUser(app.strapi, 'complaint-officer');
    const { sessionId } = JSON.parse(Buffer.from(officer.jwt.split('.')[1], 'base64url').toString()) as { sessionId: string };
    const read = await readAuthentication(app.strapi, sessionId, officer.id);
    const expected = await app.strapi.db.query(USER_UID).findOne({ where: { id: officer.id }, populate: ['role'] });
    expect(read.user).toEqual(expected);
    expect((read.user?.role as { type?: string }).type).toBe('complaint-officer');
    expect(read.session).toMatchObject({ status: 'active', origin: 'users-permissions' });
    expect((await readAuthentication(app.strapi, 'no-such-session', officer.id)).session).toBeNull();
    expect((await readAuthentication(app.strapi, sessionId, officer.id + 100000)).user).toBeNull();
  });

  it("finds a token's session and the plugin's settings by index, not by reading every session ever opened", async () => {
    const wanted = ['strapi_sessions_session_id_idx', 'strapi_sessions_user_origin_idx', 'strapi_core_store_settings_key_idx'];
    const knex = app.strapi.db.connection;
    const names: string[] =
      app.strapi.db.dialect.client === 'sqlite'
        ? (await knex('sqlite_master').where({ type: 'index' }).whereIn('name', wanted).select('name')).map((r: { name: string }) => r.name)
        : (await knex('pg_indexes').whereIn('indexname', wanted).select('indexname')).map((r: { indexname: string }) => r.indexname);
    expect(names.sort()).toEqual([...wanted].sort());
  });

  it('a user blocked, or left unconfirmed while confirmation is required, is refused from the next request', async () => {
    const person = await createUser(app.strapi, 'complaint-officer');
    const users = () => app.strapi.db.connection(app.strapi.db.metadata.get(USER_UID).tableName).where({ id: person.id });
    expect((await get('/api/users/me', person.jwt)).status).toBe(200);
    // written past the query layer, so that no lifecycle ends the session: the sign-in check itself must refuse
    await users().update({ blocked: true });
    expect((await get('/api/users/me', person.jwt)).status).toBe(401);
    await users().update({ blocked: false, confirmed: false });
    expect((await get('/api/users/me', person.jwt)).status).toBe(200);

    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown>;
    await store.set({ key: 'advanced', value: { ...advanced, email_confirmation: true } });
    try {
      expect((await get('/api/users/me', person.jwt)).status).toBe(401);
      await users().update({ confirmed: true });
      expect((await get('/api/users/me', person.jwt)).status).toBe(200);
    } finally {
      await store.set({ key: 'advanced', value: advanced });
    }
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
