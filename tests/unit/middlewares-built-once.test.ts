import fs from 'fs';
import os from 'os';
import path from 'path';
import Koa from 'koa';
import type { Middleware } from 'koa';
import request from 'supertest';
import { bodyParser, requestLog, securityHeaders } from '../../src/lib/platform/middlewares-built-once';
import { securityConfig } from '../../src/lib/security/http-security';

/**
 * Ours against Strapi's own (`strapi::security`, `strapi::body`, `strapi::logger` of the installed
 * @strapi/core, read from its files: the package exports only its entry point) on the same requests.
 */
type Factory = (config: Record<string, unknown>, ctx: { strapi: never }) => Middleware;
const strapiDist = path.dirname(require.resolve('@strapi/core'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strapis = (name: string): Factory => require(path.join(strapiDist, 'middlewares', `${name}.js`))[name];

function fakeStrapi(lines: string[] = [], httpLevel = true) {
  return {
    plugin: () => undefined,
    config: { get: (key: string) => (key === 'admin.path' ? '/admin' : undefined) },
    log: { http: (line: string) => lines.push(line), isLevelEnabled: (level: string) => level !== 'http' || httpLevel },
  } as never;
}

function app(first: Middleware, handler: Middleware = (ctx) => void (ctx.body = { ok: true })) {
  const koa = new Koa();
  // Strapi's response helper that both body parsers call for a file over the limit
  Object.assign(koa.context, {
    payloadTooLarge(this: Koa.Context, message: string) {
      this.status = 413;
      this.body = { error: message };
    },
  });
  koa.use(first);
  koa.use(handler);
  return koa.callback();
}

const REQUESTS: Array<[string, string]> = [
  ['GET', '/api/complaints'],
  ['GET', '/documentation/v1.0.0'],
  ['POST', '/documentation/login'],
  ['GET', '/admin'],
  ['GET', '/admin/content-manager/collection-types/x'],
  ['POST', '/admin/login'],
  ['GET', '/'],
];

async function headersOf(handler: ReturnType<typeof app>, method: string, url: string) {
  const res = method === 'GET' ? await request(handler).get(url) : await request(handler).post(url);
  const { date: _date, ...headers } = res.headers;
  return headers;
}

describe('security headers built once', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
  });

  // ours, the same with a plugin's addition (as content-type-builder extends it), and Strapi's defaults alone
  const configs: Array<[string, () => Record<string, unknown>]> = [
    ['MIND Desk', () => securityConfig()],
    [
      'MIND Desk with a plugin',
      () => {
        const c = securityConfig();
        c.contentSecurityPolicy.directives['img-src'].push('uploads.example.org');
        return c;
      },
    ],
    ['Strapi defaults', () => ({})],
  ];

  for (const nodeEnv of ['production', 'test', 'development']) {
    for (const [name, config] of configs) {
      it(`sends exactly Strapi's headers on every kind of path (${name}, NODE_ENV=${nodeEnv})`, async () => {
        process.env.NODE_ENV = nodeEnv;
        const theirs = app(strapis('security')(config(), { strapi: fakeStrapi() }));
        const ours = app(securityHeaders(config(), { strapi: fakeStrapi() }));
        const seen = new Set<string>();
        for (const [method, url] of REQUESTS) {
          const expected = await headersOf(theirs, method, url);
          expect({ [`${method} ${url}`]: await headersOf(ours, method, url) }).toEqual({ [`${method} ${url}`]: expected });
          // asked twice: the second answer comes from the helmet built for the first
          expect(await headersOf(ours, method, url)).toEqual(expected);
          seen.add(String(expected['content-security-policy']));
        }
        // the paths above do reach different policies (documentation; the admin panel in development)
        expect(seen.size).toBe(nodeEnv === 'production' ? 2 : 3);
      });
    }
  }
});

describe('request bodies parsed by a parser built once', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'body-once-'));
  });
  // A file refused in its first chunk can appear after the answer (formidable unlinks it before its
  // stream has opened it; in the application `global::multipart` removes it once closed): retried
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10 }));

  const config = () => ({ multipart: true, jsonLimit: '1kb', formidable: { uploadDir: dir, maxFileSize: 1000 } });
  // what the route sees: the parsed body, and each file's name, type and whether it is on disk
  const echo: Middleware = (ctx) => {
    const files = (ctx.request as { files?: Record<string, { originalFilename: string; type: string; filepath: string }> }).files;
    ctx.body = {
      body: ctx.request.body,
      files: Object.fromEntries(
        Object.entries(files ?? {}).map(([k, f]) => [k, { name: f.originalFilename, type: f.type, onDisk: fs.existsSync(f.filepath) }]),
      ),
    };
  };
  const both = () => ({
    theirs: app(strapis('body')(config(), { strapi: fakeStrapi() }), echo),
    ours: app(bodyParser(config(), { strapi: fakeStrapi() }), echo),
  });
  const answer = (res: request.Response) => ({ status: res.status, body: res.body });

  it('parses JSON, forms and text as Strapi does, and refuses a JSON body over its limit', async () => {
    const { theirs, ours } = both();
    for (const handler of [theirs, ours]) {
      // warm: a second request through the same parser
      await request(handler).post('/x').send({ warm: 1 });
    }
    const cases = [
      (h: ReturnType<typeof app>) =>
        request(h)
          .post('/api/x')
          .send({ title: 'ไฟไหม้', n: 2, list: [1, 'a'] }),
      (h: ReturnType<typeof app>) => request(h).put('/api/x').type('form').send('a=1&b[c]=2'),
      (h: ReturnType<typeof app>) => request(h).post('/api/x').type('text').send('plain'),
      (h: ReturnType<typeof app>) =>
        request(h)
          .post('/api/x')
          .send({ big: 'x'.repeat(2000) }),
    ];
    for (const send of cases) expect(answer(await send(ours))).toEqual(answer(await send(theirs)));
    expect((await cases[0](ours)).body.body).toEqual({ title: 'ไฟไหม้', n: 2, list: [1, 'a'] });
    expect((await cases[3](ours)).status).toBe(413);
  });

  it('hands a file to the route as Strapi does, and removes it when the request ends', async () => {
    const { theirs, ours } = both();
    const upload = (h: ReturnType<typeof app>) =>
      request(h)
        .post('/api/upload')
        .field('name', 'รูป')
        .attach('files', Buffer.from('%PDF-1.4'), { filename: 'report.pdf', contentType: 'application/pdf' });
    const expected = answer(await upload(theirs));
    expect(answer(await upload(ours))).toEqual(expected);
    expect(expected.body.body).toEqual({ name: 'รูป' });
    expect(expected.body.files.files).toMatchObject({ name: 'report.pdf', onDisk: true });
    // the clean-up is not awaited by the answer: give it a moment
    for (let i = 0; i < 50 && fs.readdirSync(dir).length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers a file over the size limit with 413, as Strapi does', async () => {
    const { theirs, ours } = both();
    const big = (h: ReturnType<typeof app>) => request(h).post('/api/upload').attach('files', Buffer.alloc(5000), 'big.bin');
    const expected = answer(await big(theirs));
    expect(expected).toEqual({ status: 413, body: { error: 'FileTooBig' } });
    expect(answer(await big(ours))).toEqual(expected);
  });
});

describe('request log', () => {
  it("writes Strapi's line for each request at the http level", async () => {
    const theirs: string[] = [];
    const ours: string[] = [];
    await request(app(strapis('logger')({}, { strapi: fakeStrapi(theirs) }))).get('/api/x?a=1');
    await request(app(requestLog({}, { strapi: fakeStrapi(ours) }))).get('/api/x?a=1');
    expect(ours).toHaveLength(1);
    // the same line but for the milliseconds it took
    const shape = (line: string) => line.replace(/\(\d+ ms\)/, '(n ms)');
    expect(ours.map(shape)).toEqual(theirs.map(shape));
    expect(shape(ours[0])).toBe('GET /api/x?a=1 (n ms) 200');
  });

  it('formats nothing when the log level is above http', async () => {
    const lines: string[] = [];
    await request(app(requestLog({}, { strapi: fakeStrapi(lines, false) }))).get('/api/x');
    expect(lines).toEqual([]);
  });
});
