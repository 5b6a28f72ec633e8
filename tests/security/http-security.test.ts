import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { refuseDemoAccountsInProduction } from '../../src/lib/security/production-start';

/** A document-service failure with internals in its message, for one request path only. */
function failProvincesWithInternals(app: TestApp) {
  app.strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    const ctx: any = app.strapi.requestContext.get();
    if (context.uid === 'api::province.province' && ctx?.get?.('X-Test-Fail') === 'yes') {
      throw new Error('SQLITE_ERROR: no such column provinces.secret_internal_column (at /srv/mind-desk/dist/src/x.js:12)');
    }
    return next();
  });
}

function expectCsp(header: string | undefined, connect = ["'self'"]) {
  expect(header).toBeDefined();
  const csp = Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['frame-ancestors']).toEqual(["'self'"]);
  expect(csp['img-src']).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
  expect(csp['style-src']).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]));
  // no scheme-wide source: a script injected into a page cannot send what it reads to any host
  expect(csp['connect-src']).toEqual(connect);
}

describe('security headers and CORS in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({
      env: {
        NODE_ENV: 'production',
        CORS_ORIGINS: 'https://desk.example.go.th, https://partner.example.go.th/',
        CSP_CONNECT_SOURCES: 'https://tiles.example.go.th',
      },
    });
    failProvincesWithInternals(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['/', '/api/provinces', '/admin/init', '/training/', '/complaints/track.html'])(
    'sends CSP, HSTS and the other headers on %s',
    async (path) => {
      const res = await app.http().get(path);
      expect(res.status).toBeLessThan(400);
      expectCsp(res.headers['content-security-policy'], ["'self'", 'https://tiles.example.go.th']);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      // nothing tells a scanner which server software (and so which known holes) to try
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('allows the configured origins and no other', async () => {
    const allowed = await app.http().get('/api/provinces').set('Origin', 'https://partner.example.go.th');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.go.th');
    const preflight = await app
      .http()
      .options('/api/complaints')
      .set('Origin', 'https://desk.example.go.th')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'Authorization, Content-Type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://desk.example.go.th');
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');

    const denied = await app.http().get('/api/provinces').set('Origin', 'https://evil.example.com');
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    const deniedPreflight = await app
      .http()
      .options('/api/complaints')
      .set('Origin', 'https://evil.example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(deniedPreflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(deniedPreflight.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('refuses to finish a production start while a demo account (published password) can sign in', async () => {
    await expect(refuseDemoAccountsInProduction(app.strapi)).resolves.toBeUndefined();
    const demo = await createUser(app.strapi, 'complaint-officer', { email: 'demo.x@demo.mind-desk.local' });
    await expect(refuseDemoAccountsInProduction(app.strapi)).rejects.toThrow(/1 demo account.*block or delete them/);
    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: demo.id }, data: { blocked: true } });
    await expect(refuseDemoAccountsInProduction(app.strapi)).resolves.toBeUndefined();
  });

  it('answers an internal failure with a bare 500: no message from inside, no stack', async () => {
    const res = await app.http().get('/api/provinces').set('X-Test-Fail', 'yes');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });
    expect(res.text).not.toMatch(/secret_internal|SQLITE|\/srv\/|\.js:\d+|stack/i);
    expectCsp(res.headers['content-security-policy'], ["'self'", 'https://tiles.example.go.th']);
  });
});

describe('outside production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { CORS_ORIGINS: '', CSP_CONNECT_SOURCES: '' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sends the CSP but no HSTS (a development server on http must not pin HTTPS)', async () => {
    const res = await app.http().get('/api/provinces');
    expectCsp(res.headers['content-security-policy']);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('with no CORS_ORIGINS allows no cross-origin browser access, yet same-origin requests work', async () => {
    const other = await app.http().get('/api/provinces').set('Origin', 'https://anywhere.example.com');
    expect(other.status).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const same = await app.http().get('/api/provinces').set('Origin', app.baseUrl);
    expect(same.status).toBe(200);
  });
});
