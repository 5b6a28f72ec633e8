import fs from 'fs';
import http from 'http';
import net from 'net';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { intakeBody, PNG_1PX } from '../harness/complaints';
import { createUser } from '../harness/users';
import { fillPath, registeredRoutes, send } from './world';
import { MULTIPART_ROUTES, multipartRouteFor } from '../../src/lib/security/multipart';

/**
 * Multipart bodies and anonymous rate limits, on one Strapi:
 * - a multipart body is read only by a route that takes files; every temporary file of a request
 *   is gone when the response arrives (success, 4xx, thrown errors, oversize, client gone);
 * - every route callable without login answers 429 once its per-address limit is used up.
 * Each request comes from its own address (X-Forwarded-For, trusted here) so limits do not mix.
 */

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-multipart-'));
const MAX_BYTES = 256 * 1024;
const MAX_FILES = 4;
const LIMIT = 3;

let app: TestApp;
let nextAddress = 1;
const address = () => `10.77.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

beforeAll(async () => {
  app = await bootStrapi({
    env: {
      MULTIPART_TMP_DIR: TMP,
      MULTIPART_MAX_BYTES: String(MAX_BYTES),
      MULTIPART_MAX_FILES: String(MAX_FILES),
      IS_PROXIED: 'true',
      ANON_RATE_LIMIT: String(LIMIT),
      PUBLIC_INTAKE_RATE_LIMIT: String(LIMIT),
      PUBLIC_LOOKUP_RATE_LIMIT: String(LIMIT),
      AUTH_LOGIN_RATE_LIMIT: String(LIMIT),
      AUTH_EMAIL_RATE_LIMIT: String(LIMIT),
      AUTH_SESSION_RATE_LIMIT: String(LIMIT),
    },
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
  fs.rmSync(TMP, { recursive: true, force: true });
});

const STARTED = Date.now();
/** In every uploaded file, so that its copies can be told from other suites' files in the OS temp directory. */
const MARKER = Buffer.from(`mind-multipart-hostile-${process.pid}-${STARTED}`);

/** Files of this test's uploads still on disk: anything in our directory, our marked bytes in the OS one. */
function leftovers(): string[] {
  const ours = fs.readdirSync(TMP).map((n) => path.join(TMP, n));
  const os_ = fs.readdirSync(os.tmpdir()).flatMap((n) => {
    const p = path.join(os.tmpdir(), n);
    try {
      const st = fs.statSync(p);
      return st.isFile() && st.size <= 1024 * 1024 && st.mtimeMs >= STARTED - 1000 && fs.readFileSync(p).includes(MARKER) ? [p] : [];
    } catch {
      return [];
    }
  });
  return [...ours, ...os_];
}

/** CRC-32 of PNG chunks. */
function crc32(buf: Buffer) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** The 1-pixel PNG with MARKER in a tEXt chunk after its header: still a valid image. */
const MARKED_PNG = (() => {
  const text = Buffer.concat([Buffer.from('tEXt'), Buffer.from('Comment\0'), MARKER]);
  const chunk = Buffer.alloc(text.length + 8);
  chunk.writeUInt32BE(text.length - 4, 0);
  text.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(text), text.length + 4);
  const headerEnd = 8 + 25; // signature, IHDR
  return Buffer.concat([PNG_1PX.subarray(0, headerEnd), chunk, PNG_1PX.subarray(headerEnd)]);
})();

interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer | string;
}

function multipart(parts: Part[]) {
  const boundary = `----mind${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename ? `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

/** Sends a multipart body as is (with Content-Length, or chunked so that only the parser can see its size). */
function sendMultipart(method: string, urlPath: string, parts: Part[], opts: { chunked?: boolean; auth?: string } = {}) {
  const { contentType, body } = multipart(parts);
  const url = new URL(urlPath, app.baseUrl);
  const headers: Record<string, string> = { 'content-type': contentType, 'x-forwarded-for': address() };
  if (!opts.chunked) headers['content-length'] = String(body.length);
  if (opts.auth) headers.authorization = opts.auth;
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        let parsed: any = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    // the server may answer and close before it has read everything: the answer is what counts
    req.on('error', (err) => (['EPIPE', 'ECONNRESET'].includes((err as NodeJS.ErrnoException).code ?? '') ? undefined : reject(err)));
    if (opts.chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
      req.end();
    } else req.end(body);
  });
}

const file = (name: string, size = 32 * 1024): Part => ({
  name,
  filename: 'photo.png',
  type: 'image/png',
  data: Buffer.concat([MARKER, Buffer.alloc(size, 7)]),
});
const photo = (name: string): Part => ({ name, filename: 'site.png', type: 'image/png', data: MARKED_PNG });

async function waitUntil(check: () => boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return check();
}

// First, while the database has no rate-limit table yet: every API has its own limiter, and on
// PostgreSQL two limiters creating the table at once answered one of the calls with a 500.
describe('the first calls after a start', () => {
  it('anonymous calls to every public list at once are all answered, none with a 5xx', async () => {
    const strapi = app.strapi;
    const actions: string[] = (
      await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: { type: 'public' } }, select: ['action'] })
    ).map((p: { action: string }) => p.action);
    const lists = actions
      .filter((a) => /^api::[^.]+\.[^.]+\.find$/.test(a))
      .map((a) => strapi.contentType(a.slice(0, -'.find'.length) as any))
      .filter((ct) => ct?.kind === 'collectionType')
      .map((ct) => `/api/${ct.info.pluralName}`);
    expect(lists.length).toBeGreaterThan(2);
    const answers = await Promise.all(
      lists.map(async (url) => ({
        url,
        status: (await send(app, 'GET', url, { role: 'public' }).set('X-Forwarded-For', address())).status,
      })),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  });
});

describe('multipart bodies', () => {
  afterEach(() => expect(leftovers()).toEqual([]));

  it('a multipart body to a route that does not exist is refused with 415 before it is read', async () => {
    for (const url of ['/api/does-not-exist', '/nothing/here', '/api/public/complaints/extra']) {
      const res = await sendMultipart('POST', url, [file('files', 200 * 1024)]);
      expect(res.status).toBe(415);
      expect(res.body.error.message).toMatch(/takes no multipart body/);
    }
  });

  it('every registered write route that takes no files answers 415 to a multipart body (generated from the router)', async () => {
    const writes = registeredRoutes(app.strapi).filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
    const jsonOnly = writes.filter((r) => !multipartRouteFor(r.method, r.path.replace(/:[A-Za-z_]+/g, 'x')));
    expect(jsonOnly.length).toBeGreaterThan(40);
    for (const r of jsonOnly) {
      const res = await sendMultipart(r.method, await fillPath(app, r.path, false), [{ name: 'data', data: '{}' }, file('files')]);
      expect({ route: r.key, status: res.status }).toEqual({ route: r.key, status: 415 });
    }
    console.info(`multipart refused on ${jsonOnly.length} of ${writes.length} registered write routes`);
  });

  it.each(MULTIPART_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: a file under a field it does not take is a 400 naming that field, and nothing stays behind',
    async (_name, route) => {
      // any token gets the body read (it is checked after the parse): the field is refused first
      const res = await sendMultipart(
        route.method,
        route.path.replace(/:[A-Za-z_]+/g, '1'),
        [{ name: 'data', data: '{}' }, file('evil', 64 * 1024)],
        { auth: 'Bearer made-up' },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^evil: unexpected file field/);
      expect(res.body.error.details.errors[0].path).toEqual(['evil']);
    },
  );

  it('every file field a controller of ours reads is declared on a multipart route', () => {
    const root = path.join(__dirname, '..', '..', 'src', 'api');
    const read = new Set<string>();
    for (const api of fs.readdirSync(root)) {
      const dir = path.join(root, api, 'controllers');
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir)) {
        const src = fs.readFileSync(path.join(dir, f), 'utf8');
        for (const m of src.matchAll(/request\.files\??\.(\w+)/g)) read.add(m[1]);
      }
    }
    expect(read.size).toBeGreaterThan(0);
    const declared = new Set(MULTIPART_ROUTES.flatMap((r) => r.fileFields));
    expect([...read].filter((f) => !declared.has(f))).toEqual([]);
  });

  it('files over the size limit are a 413, whether the length is declared or only streamed', async () => {
    const big = [{ name: 'data', data: JSON.stringify(intakeBody()) }, file('attachments', MAX_BYTES + 4096)];
    const declared = await sendMultipart('POST', '/api/public/complaints', big);
    expect(declared.status).toBe(413);
    const streamed = await sendMultipart('POST', '/api/public/complaints', big, { chunked: true });
    expect(streamed.status).toBe(413);
    // several files each under the limit, together over it
    const many = await sendMultipart('POST', '/api/public/complaints', [
      { name: 'data', data: JSON.stringify(intakeBody()) },
      ...[1, 2, 3].map(() => file('attachments', Math.ceil(MAX_BYTES / 2.5))),
    ]);
    expect(many.status).toBe(413);
  });

  it('more files than allowed are a 413', async () => {
    const res = await sendMultipart('POST', '/api/public/complaints', [
      { name: 'data', data: JSON.stringify(intakeBody()) },
      ...Array.from({ length: MAX_FILES + 1 }, () => photo('attachments')),
    ]);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(new RegExp(`at most ${MAX_FILES} files`));
  });

  it('a valid intake with photos is stored, and its temporary files are removed', async () => {
    const res = await sendMultipart('POST', '/api/public/complaints', [
      { name: 'data', data: JSON.stringify(intakeBody()) },
      photo('attachments'),
      photo('attachments'),
    ]);
    expect(res.status).toBe(201);
    const c = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { ticketNumber: res.body.data.ticketNumber }, populate: { attachments: true } });
    expect(c.attachments).toHaveLength(2);
  });

  it('an intake refused by its controller (thrown 400) leaves no file behind', async () => {
    const res = await sendMultipart('POST', '/api/public/complaints', [
      { name: 'data', data: JSON.stringify(intakeBody({ title: '' })) },
      photo('attachments'),
    ]);
    expect(res.status).toBe(400);
  });

  it('a file-taking route that needs a login does not read a body sent without credentials (401)', async () => {
    for (const route of MULTIPART_ROUTES.filter((r) => !r.anonymous)) {
      const res = await sendMultipart(route.method, route.path.replace(/:[A-Za-z_]+/g, '1'), [file(route.fileFields[0] ?? 'files')]);
      expect({ route: route.path, status: res.status, message: res.body.error?.message }).toEqual({
        route: route.path,
        status: 401,
        message: expect.stringMatching(/signed-in callers only/),
      });
    }
  });

  it('a caller refused after the parse (401 for a made-up token, 403 for a role) leaves no file behind', async () => {
    expect((await sendMultipart('POST', '/upload', [photo('files')], { auth: 'Bearer made-up' })).status).toBe(401);
    expect((await sendMultipart('POST', '/api/upload', [photo('files')], { auth: 'Bearer made-up' })).status).toBe(401);
    const staff = await createUser(app.strapi, 'authenticated');
    expect((await sendMultipart('POST', '/api/complaints/x/field-visits', [photo('photos')], { auth: staff.auth })).status).toBe(403);
  });

  it('a client over its intake allowance gets 429 before its upload is read', async () => {
    const from = address();
    for (let i = 0; i < LIMIT; i++) {
      await app
        .http()
        .post('/api/public/complaints')
        .set('X-Forwarded-For', from)
        .send({ data: { title: '' } });
    }
    const { contentType, body } = multipart([{ name: 'data', data: JSON.stringify(intakeBody()) }, file('attachments', 200 * 1024)]);
    const url = new URL(app.baseUrl);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.write(
      `POST /api/public/complaints HTTP/1.1\r\nHost: ${url.host}\r\nX-Forwarded-For: ${from}\r\n` +
        `Content-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    // only the start of the body: the answer must not wait for the rest
    socket.write(body.subarray(0, 8 * 1024));
    const answered = await waitUntil(() => answer.includes('\r\n\r\n'));
    socket.destroy();
    expect(answered).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 429/);
    expect(answer).toMatch(/retry-after: \d+/i);
  });

  it('an upload the client abandons half-way is removed once the connection drops', async () => {
    const { contentType, body } = multipart([{ name: 'data', data: JSON.stringify(intakeBody()) }, file('attachments', 200 * 1024)]);
    const url = new URL(app.baseUrl);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/public/complaints HTTP/1.1\r\nHost: ${url.host}\r\nX-Forwarded-For: ${address()}\r\n` +
        `Content-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, 120 * 1024));
    // the file is being written in our directory (not the OS temp directory) …
    expect(await waitUntil(() => leftovers().length > 0)).toBe(true);
    socket.destroy();
    // … and removed once the client is gone
    expect(await waitUntil(() => leftovers().length === 0)).toBe(true);
  });
});

describe('anonymous rate limits', () => {
  it(`every route callable without login answers 429 with Retry-After after its limit (generated from the router and the public role's grants)`, async () => {
    const strapi = app.strapi;
    const publicActions = new Set(
      (
        await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: { type: 'public' } }, select: ['action'] })
      ).map((p: { action: string }) => p.action),
    );
    const registered = new Set(registeredRoutes(strapi).map((r) => r.key));
    type R = { method: string; path: string; config?: { prefix?: string; auth?: false | { scope?: string[] } } };
    type Router = { type?: string; prefix?: string; routes?: R[] };
    const routers: Router[] = [
      ...Object.values(strapi.apis).flatMap((a) => Object.values((a.routes ?? {}) as Record<string, Router>)),
      ...Object.values(strapi.plugins).flatMap((p) =>
        Array.isArray(p.routes)
          ? []
          : Object.entries(p.routes as Record<string, Router>)
              .filter(([key, r]) => (r.type ?? (key === 'content-api' ? 'content-api' : '')) === 'content-api')
              .map(([, r]) => r),
      ),
    ];
    const anonymous = routers
      .flatMap((router) => (router.routes ?? []).map((r) => ({ ...r, full: `/api${r.config?.prefix ?? router.prefix ?? ''}${r.path}` })))
      .map((r) => ({ ...r, key: `${r.method} ${r.full}` }))
      .filter((r) => r.config?.auth === false || (r.config?.auth?.scope ?? []).some((a) => publicActions.has(a)));
    // what the public role's grants and `auth: false` open is what the router serves
    for (const r of anonymous) expect(registered).toContain(r.key);
    expect(anonymous.length).toBeGreaterThan(15);

    const limited: string[] = [];
    for (const r of anonymous) {
      const url = await fillPath(app, r.full, false);
      const from = address();
      const call = () => {
        const req = send(app, r.method, url, { role: 'public' }).set('X-Forwarded-For', from);
        return r.method === 'GET' ? req : req.send({});
      };
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) statuses.push((await call()).status);
      const over = await call();
      expect({ route: r.key, before: statuses.filter((s) => s === 429), after: over.status }).toEqual({
        route: r.key,
        before: [],
        after: 429,
      });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      limited.push(r.key);
    }
    console.info(`rate-limited ${limited.length} anonymous routes of ${registered.size} registered: ${limited.join(', ')}`);
  }, 120_000);

  it('signed-in calls to a public route are not counted by the anonymous limit', async () => {
    const staff = await createUser(app.strapi, 'authenticated');
    const { auth } = staff;
    const from = address();
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await app.http().get('/api/provinces').set('X-Forwarded-For', from).set('Authorization', auth);
      expect(res.status).toBe(200);
    }
    // and a made-up token does not escape the count
    const fake = await app.http().get('/api/provinces').set('X-Forwarded-For', from).set('Authorization', 'Bearer made-up');
    expect(fake.status).toBe(401);
  });
});
