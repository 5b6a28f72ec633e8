import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootStrapi, TestApp } from '../harness/strapi';
import { enqueueHttpCall, registerHttpChannel, HTTP_CALL_UID } from '../../src/lib/platform/http-outbox';
import { dispatchHttpCalls } from '../../src/lib/platform/jobs/dispatch-http-calls';
import { fireJob } from '../../src/lib/platform/scheduler';

const T0 = new Date('2026-11-25T01:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe('dispatch-http-calls against a loopback HTTP receiver', () => {
  let app: TestApp;
  let server: http.Server;
  let base: string;
  const received: Received[] = [];
  /** per path: the statuses to answer, in order (then 200) */
  const script = new Map<string, number[]>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ method: req.method!, path: req.url!, headers: req.headers, body });
        const status = script.get(req.url!)?.shift() ?? 200;
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'not this time');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    registerHttpChannel('test-signed', {
      prepare: (call, body) => ({ 'x-test-length': String(body.length), 'x-test-key': call.dedupeKey }),
    });
    registerHttpChannel('test-quota', { perMinute: 2 });
    app = await bootStrapi({ env: { HTTP_OUTBOX_MAX_ATTEMPTS: '3', HTTP_OUTBOX_RETRY_BASE_SECONDS: '60' } });
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((r) => server?.close(r));
  });

  const row = (dedupeKey: string) => app.strapi.db.query(HTTP_CALL_UID).findOne({ where: { dedupeKey } });
  const dispatch = (now: Date) => dispatchHttpCalls({ strapi: app.strapi, now, dryRun: false });
  const hits = (path: string) => received.filter((r) => r.path === path);

  it('answers 500 then 200: retried after the backoff, delivered exactly once, with the channel headers over the exact body', async () => {
    script.set('/retry', [500]);
    const body = { ticketNumber: 'C-1', title: 'กลิ่นเหม็น' };
    expect(
      await enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:retry', method: 'POST', url: `${base}/retry`, body }),
    ).toEqual({
      created: true,
    });
    expect(
      await enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:retry', method: 'POST', url: `${base}/other`, body }),
    ).toEqual({
      created: false,
    });

    expect(await dispatch(T0)).toMatchObject({ examined: 1, delivered: 0, failures: 1 });
    expect(await row('h:retry')).toMatchObject({ state: 'failed', attempts: 1, lastStatus: 500 });
    expect((await row('h:retry')).lastError).toMatch(/HTTP 500: not this time/);
    expect(new Date((await row('h:retry')).nextAttemptAt)).toEqual(at(60));
    expect(await dispatch(at(30))).toMatchObject({ examined: 0 });

    // the scheduled job does the same, recorded as a job run
    const fired = await fireJob(app.strapi, 'dispatch-http-calls', at(61));
    expect(fired).toMatchObject({ ran: true, counts: { examined: 1, delivered: 1 } });
    expect(await row('h:retry')).toMatchObject({ state: 'delivered', attempts: 2, lastStatus: 200, lastError: null });
    expect(await dispatch(at(300))).toMatchObject({ examined: 0 });

    const got = hits('/retry');
    expect(got).toHaveLength(2);
    expect(hits('/other')).toHaveLength(0);
    expect(got[1].method).toBe('POST');
    expect(JSON.parse(got[1].body)).toEqual(body);
    expect(got[1].body).toBe(got[0].body);
    expect(got[1].headers).toMatchObject({
      'content-type': 'application/json',
      'x-test-length': String(got[1].body.length),
      'x-test-key': 'h:retry',
      'x-mind-dedupe-key': 'h:retry',
    });
  });

  it('gives up at once on a 4xx, and after the last attempt on repeated 5xx or an unreachable receiver', async () => {
    script.set('/gone', [404]);
    script.set('/down', [503, 503, 503, 503]);
    await enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:gone', method: 'PUT', url: `${base}/gone`, body: 'x' });
    await enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:down', method: 'DELETE', url: `${base}/down` });
    await enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:closed', method: 'POST', url: 'http://127.0.0.1:9/x' });
    expect(await dispatch(at(1000))).toMatchObject({ examined: 3, delivered: 0, failures: 3, dead: 1 });
    expect(await row('h:gone')).toMatchObject({ state: 'dead', attempts: 1, lastStatus: 404 });
    expect(await row('h:closed')).toMatchObject({ state: 'failed', attempts: 1, lastStatus: null });
    expect((await row('h:closed')).lastError).toBeTruthy();
    await dispatch(at(1100));
    expect(await dispatch(at(1300))).toMatchObject({ examined: 2, dead: 2 });
    expect(await row('h:down')).toMatchObject({ state: 'dead', attempts: 3, lastStatus: 503 });
    expect(hits('/gone')).toHaveLength(1);
    expect(hits('/down')).toHaveLength(3);
    expect(hits('/down')[0].method).toBe('DELETE');
  });

  it('keeps each channel within its calls per minute; the rest wait for the next minute', async () => {
    for (let i = 1; i <= 5; i++) {
      await enqueueHttpCall(app.strapi, {
        channel: 'test-quota',
        dedupeKey: `h:quota:${i}`,
        method: 'POST',
        url: `${base}/quota/${i}`,
        body: { i },
      });
    }
    // a channel nobody registered waits, untouched
    await enqueueHttpCall(app.strapi, { channel: 'test-unknown', dedupeKey: 'h:unknown', method: 'POST', url: `${base}/unknown` });
    const T = 5000;
    expect(await dispatch(at(T))).toMatchObject({ examined: 2, delivered: 2, overQuota: 3 });
    expect(await dispatch(at(T + 30))).toMatchObject({ examined: 0, overQuota: 3 });
    expect(await dispatch(at(T + 61))).toMatchObject({ examined: 2, delivered: 2, overQuota: 1 });
    expect(await dispatch(at(T + 122))).toMatchObject({ examined: 1, delivered: 1, overQuota: 0 });
    expect(received.filter((r) => r.path.startsWith('/quota/')).map((r) => r.path)).toEqual([
      '/quota/1',
      '/quota/2',
      '/quota/3',
      '/quota/4',
      '/quota/5',
    ]);
    expect(await row('h:unknown')).toMatchObject({ state: 'pending', attempts: 0 });
    expect(hits('/unknown')).toHaveLength(0);
  });

  it('refuses a call it could never send', async () => {
    await expect(
      enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: 'h:bad', method: 'POST', url: 'file:///etc/passwd' }),
    ).rejects.toThrow(/not an http\(s\) URL/);
    await expect(enqueueHttpCall(app.strapi, { channel: 'test-signed', dedupeKey: ' ', method: 'POST', url: base })).rejects.toThrow(
      /dedupeKey/,
    );
    expect(await row('h:bad')).toBeNull();
  });
});
