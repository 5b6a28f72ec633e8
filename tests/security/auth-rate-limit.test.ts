import { createHmac } from 'crypto';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { adminWithRole } from '../harness/admins';

const LIMITS = {
  AUTH_LOGIN_RATE_LIMIT: '3',
  AUTH_LOGIN_RATE_WINDOW_SECONDS: '600',
  AUTH_EMAIL_RATE_LIMIT: '2',
  AUTH_EMAIL_RATE_WINDOW_SECONDS: '600',
};

const wrongLogin = (app: TestApp, ip?: string) => {
  const req = app.http().post('/api/auth/local');
  if (ip) req.set('X-Forwarded-For', ip);
  return req.send({ identifier: 'nobody@example.test', password: 'wrong-password' });
};

describe('auth routes are rate-limited per client address (no proxy trusted)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { ...LIMITS, IS_PROXIED: 'false' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 429 with Retry-After after N login attempts, and X-Forwarded-For does not buy a fresh count', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await wrongLogin(app, `198.51.100.${i + 1}`);
      expect(res.status).toBe(400);
    }
    const blocked = await wrongLogin(app, '198.51.100.77');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(blocked.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });

    // A right password is refused too while blocked: the limit is on attempts, not failures.
    const user = await createUser(app.strapi, 'authenticated');
    const right = await app.http().post('/api/auth/local').send({ identifier: user.email, password: 'Passw0rd!test' });
    expect(right.status).toBe(429);
  });

  it('limits password-reset attempts together with logins', async () => {
    const res = await app
      .http()
      .post('/api/auth/reset-password')
      .send({ code: 'guess', password: 'Abcdefg1!', passwordConfirmation: 'Abcdefg1!' });
    expect(res.status).toBe(429);
  });

  it('limits forgot-password, send-email-confirmation and register on their own count', async () => {
    const a = await app.http().post('/api/auth/forgot-password').send({ email: 'someone@example.test' });
    expect(a.status).toBe(200);
    const b = await app.http().post('/api/auth/send-email-confirmation').send({ email: 'someone@example.test' });
    expect(b.status).not.toBe(429);
    for (const [path, body] of [
      ['/api/auth/forgot-password', { email: 'other@example.test' }],
      ['/api/auth/send-email-confirmation', { email: 'other@example.test' }],
      ['/api/auth/local/register', { username: 'mallory', email: 'mallory@example.test', password: 'Passw0rd!x' }],
    ] as const) {
      const res = await app.http().post(path).send(body);
      expect([path, res.status]).toEqual([path, 429]);
      expect(res.headers['retry-after']).toBeDefined();
    }
  });

  it('keeps self-registration closed: staff accounts are made by administrators', async () => {
    const advanced: any = await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' });
    expect(advanced.allow_register).toBe(false);
  });
});

describe('auth routes behind a trusted proxy (IS_PROXIED=true)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { ...LIMITS, AUTH_SESSION_RATE_LIMIT: '2', IS_PROXIED: 'true', PROXY_COUNT: '1' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts per forwarded client address: one address blocked, another unaffected', async () => {
    for (let i = 0; i < 3; i++) expect((await wrongLogin(app, '203.0.113.7')).status).toBe(400);
    const blocked = await wrongLogin(app, '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await wrongLogin(app, '203.0.113.8')).status).toBe(400);
    // Only the last proxy's entry counts: a client cannot prepend a fake address to escape.
    expect((await wrongLogin(app, '10.9.9.9, 203.0.113.7')).status).toBe(429);
  });

  // Sessions: a token that leaked (shared computer, stolen laptop) must stop working when its holder
  // signs out or changes the password, not days later.
  const signIn = async (email: string, ip: string) => {
    const res = await app.http().post('/api/auth/local').set('X-Forwarded-For', ip).send({ identifier: email, password: 'Passw0rd!test' });
    expect(res.status).toBe(200);
    return { jwt: res.body.jwt as string, refreshToken: res.body.refreshToken as string };
  };
  const me = (jwt: string) => app.http().get('/api/users/me').set('Authorization', `Bearer ${jwt}`);
  const refresh = (refreshToken: string, ip: string) =>
    app.http().post('/api/auth/refresh').set('X-Forwarded-For', ip).send({ refreshToken });

  it('signs in for minutes, refreshes within the day; logout ends the access and the refresh token at once', async () => {
    const user = await createUser(app.strapi, 'authenticated');
    const s = await signIn(user.email, '203.0.113.20');
    const { iat, exp } = JSON.parse(Buffer.from(s.jwt.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBeLessThanOrEqual(30 * 60);
    expect((await me(s.jwt)).status).toBe(200);

    const renewed = await refresh(s.refreshToken, '203.0.113.21');
    expect(renewed.status).toBe(200);
    expect((await me(renewed.body.jwt)).status).toBe(200);
    // the access token from before the refresh still belongs to the open session
    expect((await me(s.jwt)).status).toBe(200);

    const out = await app
      .http()
      .post('/api/auth/logout')
      .set('X-Forwarded-For', '203.0.113.21')
      .set('Authorization', `Bearer ${renewed.body.jwt}`)
      .send({ refreshToken: renewed.body.refreshToken });
    expect(out.status).toBe(200);
    expect((await me(renewed.body.jwt)).status).toBe(401);
    expect((await me(s.jwt)).status).toBe(401);
    expect((await refresh(renewed.body.refreshToken, '203.0.113.22')).status).toBe(401);
  });

  it('an access token counts only with the signature of the configured secret (API and admin panel)', async () => {
    /** The token's own claims, signed again: HS256 with `secret`, or no signature at all. */
    const resign = (jwt: string, secret: string | null) => {
      const claims = jwt.split('.')[1];
      const header = Buffer.from(JSON.stringify({ alg: secret === null ? 'none' : 'HS256', typ: 'JWT' })).toString('base64url');
      const signature = secret === null ? '' : createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
      return `${header}.${claims}.${signature}`;
    };
    const user = await createUser(app.strapi, 'authenticated');
    const s = await signIn(user.email, '203.0.113.25');
    const apiSecret = app.strapi.config.get<string>('plugin::users-permissions.jwtSecret');
    expect((await me(resign(s.jwt, apiSecret))).status).toBe(200);
    expect((await me(resign(s.jwt, `${apiSecret}x`))).status).toBe(401);
    expect((await me(resign(s.jwt, null))).status).toBe(401);

    const { token } = await adminWithRole(app, 'strapi-super-admin', { email: 'keys.admin@example.test' });
    const adminMe = (jwt: string) => app.http().get('/admin/users/me').set('Authorization', `Bearer ${jwt}`);
    const adminSecret = app.strapi.config.get<string>('admin.auth.secret');
    expect((await adminMe(token)).status).toBe(200);
    expect((await adminMe(resign(token, adminSecret))).status).toBe(200);
    expect((await adminMe(resign(token, apiSecret))).status).toBe(401);
    expect((await adminMe(resign(token, null))).status).toBe(401);
  });

  it('a password change ends the other sessions; an administrator blocking the account ends them all', async () => {
    const user = await createUser(app.strapi, 'authenticated');
    const here = await signIn(user.email, '203.0.113.30');
    const elsewhere = await signIn(user.email, '203.0.113.31');
    const changed = await app
      .http()
      .post('/api/auth/change-password')
      .set('X-Forwarded-For', '203.0.113.32')
      .set('Authorization', `Bearer ${here.jwt}`)
      .send({ currentPassword: 'Passw0rd!test', password: 'N3w-Passw0rd!', passwordConfirmation: 'N3w-Passw0rd!' });
    expect(changed.status).toBe(200);
    expect((await me(elsewhere.jwt)).status).toBe(401);
    expect((await refresh(elsewhere.refreshToken, '203.0.113.33')).status).toBe(401);
    expect((await me(changed.body.jwt)).status).toBe(200);

    await app.strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { blocked: true } as never });
    await app.strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { blocked: false } as never });
    expect((await me(changed.body.jwt)).status).toBe(401);
    expect((await refresh(changed.body.refreshToken, '203.0.113.34')).status).toBe(401);
  });

  it('limits token refreshes and logouts per address on their own count', async () => {
    for (let i = 0; i < 2; i++) expect((await refresh('not-a-token', '203.0.113.40')).status).toBe(401);
    const blocked = await refresh('not-a-token', '203.0.113.40');
    expect(blocked.status).toBe(429);
    const user = await createUser(app.strapi, 'authenticated');
    const logout = await app
      .http()
      .post('/api/auth/logout')
      .set('X-Forwarded-For', '203.0.113.40')
      .set('Authorization', user.auth)
      .send({});
    expect(logout.status).toBe(429);
  });

  it('refuses self-registration (closed) even when not rate-limited', async () => {
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .set('X-Forwarded-For', '203.0.113.50')
      .send({ username: 'mallory2', email: 'mallory2@example.test', password: 'Passw0rd!x' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/disabled/i);
    expect(await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'mallory2' } })).toBeNull();
  });
});
