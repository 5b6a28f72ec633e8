import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';

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
    app = await bootStrapi({ env: { ...LIMITS, IS_PROXIED: 'true', PROXY_COUNT: '1' } });
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
