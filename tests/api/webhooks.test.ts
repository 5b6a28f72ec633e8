import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, complaintStaff, fileComplaint } from '../harness/complaints';
import { dispatchHttpCalls } from '../../src/lib/platform/jobs/dispatch-http-calls';
import { verifySignature } from '../../src/lib/integrations/webhooks/events';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
}

const ENDPOINTS = '/content-manager/collection-types/api::webhook-endpoint.webhook-endpoint';

describe('outbound webhooks for complaint events', () => {
  let app: TestApp;
  let server: http.Server;
  let base: string;
  let token: string;
  const received: Received[] = [];
  const failFirst = new Set<string>(['/a']);

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const status = failFirst.delete(req.url!) ? 500 : 200;
        received.push({ path: req.url!, headers: req.headers, body, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: 'hooks@example.test', DEMO_ADMIN_PASSWORD: 'Hooks-Passw0rd' },
    });
    token = (await app.http().post('/admin/login').send({ email: 'hooks@example.test', password: 'Hooks-Passw0rd' }).expect(200)).body.data
      .token;
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((r) => server?.close(r));
  });

  const admin = (method: 'post' | 'put', path: string) => app.http()[method](path).set('Authorization', `Bearer ${token}`);
  const createEndpoint = async (data: Record<string, unknown>) => (await admin('post', ENDPOINTS).send(data).expect(201)).body.data;
  const issueSecret = async (documentId: string) =>
    (await admin('post', `/admin/mind-webhooks/endpoints/${documentId}/secret`).send({}).expect(200)).body.data.secret as string;
  const dispatch = (seconds = 0) => dispatchHttpCalls({ strapi: app.strapi, now: new Date(Date.now() + seconds * 1000), dryRun: false });
  const delivered = (path: string) => received.filter((r) => r.path === path && r.status === 200);

  const secrets: Record<string, string> = {};
  let officer: Awaited<ReturnType<typeof complaintStaff>>;

  it('lets an administrator register endpoints: an address that is not http(s) is refused, the secret is answered once and kept encrypted', async () => {
    const bad = await admin('post', ENDPOINTS).send({ name: 'bad', url: 'ftp://example.test/hook' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/url/);
    const a = await createEndpoint({ name: 'ระบบ A', url: `${base}/a`, secretEncrypted: 'v1:forged' });
    const inactive = await createEndpoint({ name: 'ระบบ B', url: `${base}/b`, active: false });
    const closedOnly = await createEndpoint({
      name: 'ระบบ C',
      url: `${base}/c`,
      onReceived: false,
      onAssigned: false,
      onStateChanged: false,
    });
    await createEndpoint({ name: 'ระบบ D (ยังไม่มีรหัสลับ)', url: `${base}/d` });
    secrets.a = await issueSecret(a.documentId);
    await issueSecret(inactive.documentId);
    secrets.c = await issueSecret(closedOnly.documentId);
    expect(secrets.a).toMatch(/^whsec_/);
    const stored = await app.strapi.db.query('api::webhook-endpoint.webhook-endpoint').findOne({ where: { documentId: a.documentId } });
    expect(stored.secretEncrypted).not.toContain(secrets.a);
    expect(stored.secretEncrypted).not.toBe('v1:forged');
    expect(stored.secretPrefix).toBe(secrets.a.slice(0, 12));
    // the panel's read of the endpoint never carries the secret
    const read = await app.http().get(`${ENDPOINTS}/${a.documentId}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(JSON.stringify(read.body)).not.toContain(secrets.a);
    expect(JSON.stringify(read.body)).not.toContain(stored.secretEncrypted);
  });

  it('signs each event, retries after a 500, delivers each event once per endpoint, and sends no personal data', async () => {
    officer = await complaintStaff(app);
    const filed = await fileComplaint(app);
    expect(await dispatch()).toMatchObject({ delivered: 0, failures: 1 });
    expect(received.map((r) => [r.path, r.status])).toEqual([['/a', 500]]);
    expect(await dispatch(61)).toMatchObject({ delivered: 1 });

    const service = app.strapi.service('api::complaint.complaint') as any;
    const actor = { label: 'test' };
    await service.assign(filed.documentId, { team: officer.teamA.documentId, actor });
    await service.transition(filed.documentId, 'in_progress', { actor });
    await service.transition(filed.documentId, 'resolved', { actor, resolutionSummary: 'โรงงานแก้ไขระบบบำบัดกลิ่นแล้ว' });
    await service.transition(filed.documentId, 'closed', { actor });
    await service.addNote(filed.documentId, { note: 'บันทึกภายใน', actor }); // a note is no event
    await dispatch(200);
    await dispatch(400); // nothing left: every call went out once

    const a = delivered('/a');
    const events = a.map((r) => JSON.parse(r.body));
    // sent concurrently: compared in a fixed order
    const seen = events.map((e) => [e.type, e.data.change.from, e.data.change.to].join(' '));
    expect(seen.sort()).toEqual(
      [
        ['complaint.received', null, 'received'],
        ['complaint.assigned', 'received', 'assigned'],
        ['complaint.state_changed', 'received', 'assigned'],
        ['complaint.state_changed', 'assigned', 'in_progress'],
        ['complaint.state_changed', 'in_progress', 'resolved'],
        ['complaint.state_changed', 'resolved', 'closed'],
        ['complaint.closed', 'resolved', 'closed'],
      ]
        .map((e) => e.join(' '))
        .sort(),
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // the retried delivery is the same event, body and key as the refused one
    const first = received.find((r) => r.path === '/a' && r.status === 500)!;
    expect(first.body).toBe(a[0].body);
    expect(first.headers['x-mind-dedupe-key']).toBe(a[0].headers['x-mind-dedupe-key']);

    for (const r of a) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-mind-event']).toBe(JSON.parse(r.body).type);
      expect(verifySignature(secrets.a, r.body, String(r.headers['x-mind-signature']), new Date())).toBe(true);
      expect(verifySignature(secrets.c, r.body, String(r.headers['x-mind-signature']), new Date())).toBe(false);
      expect(verifySignature(secrets.a, `${r.body} `, String(r.headers['x-mind-signature']), new Date())).toBe(false);
      for (const secret of [
        COMPLAINANT.name,
        COMPLAINANT.phone,
        COMPLAINANT.email,
        'กลิ่นเหม็นจากโรงงานตอนกลางคืน',
        'สารเคมีทุกคืน',
        'มาบตาพุด',
        'ตัวอย่างเคมี',
      ]) {
        expect(r.body).not.toContain(secret);
      }
      // the incident's coordinates (12.7, 101.15), told apart from the seconds of a timestamp ("…:12.776Z")
      expect(r.body).not.toMatch(/(?<![:\d])(12\.7|101\.15)(?!\d)/);
      expect(r.body).not.toMatch(/latitude|longitude/);
    }
    expect(events.find((e) => e.type === 'complaint.received').data.complaint).toMatchObject({
      ticketNumber: filed.ticketNumber,
      trackingCode: filed.trackingCode,
      state: 'received',
      category: { code: 'factory_odour' },
      province: { code: 'TH-21' },
    });
    expect(events.find((e) => e.type === 'complaint.received').data.links.tracking).toMatch(
      new RegExp(`/complaints/track\\.html\\?code=${filed.trackingCode}$`),
    );
    const closed = events.find((e) => e.type === 'complaint.closed');
    expect(closed.data.complaint).toMatchObject({ state: 'closed', team: 'team-a' });
    expect(closed.data.complaint.closedAt).toBeTruthy();

    // the endpoint that wants only closures got one; the inactive one and the one without a secret nothing
    expect(delivered('/c').map((r) => JSON.parse(r.body).type)).toEqual(['complaint.closed']);
    expect(verifySignature(secrets.c, delivered('/c')[0].body, String(delivered('/c')[0].headers['x-mind-signature']), new Date())).toBe(
      true,
    );
    expect(received.filter((r) => r.path === '/b' || r.path === '/d')).toEqual([]);
  });
});
