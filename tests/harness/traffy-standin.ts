import http from 'http';
import type { AddressInfo } from 'net';
import { randomBytes } from 'crypto';

/**
 * A stand-in for Traffy Fondue's Exchange API, built from its published contract
 * (traffy-nectec/exchange-api-doc: openapi.yaml, docs/authentication.md, docs/action-apis.md,
 * docs/webhooks.md, docs/error-codes.md): `get-auth` hands out a JWT-like token for the configured
 * user/pass; `update-issue` (PATCH only), `comment`, `join-forward` and `star` need `Authorization:
 * Bearer <token>` and their required fields, answered in Traffy's `{ status, message, … }` shape.
 * It records every call, can answer 5xx for a while (`failing`), and sends webhooks to a subscriber
 * as Traffy does (POST new issue, PATCH status update, POST chat/rating), including the echo of an
 * update it received.
 */
export interface ReceivedCall {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  status: number;
}

/** What our webhook answers: `{ status, outcome }`, or Strapi's error. */
export interface WebhookAnswer {
  status?: string;
  outcome?: string;
  error?: { status: number; message: string };
}

const ACTIONS: Record<string, { method: string; required: string[][] }> = {
  '/exchange-api/update-issue/v1': {
    method: 'PATCH',
    required: [
      ['ticket_id', 'client_ticket_id', 'message_id'],
      ['issue_status_id', 'org_status_id', 'state_name', 'status_id', 'state_id', 'org_state_id'],
      ['note'],
    ],
  },
  '/exchange-api/comment/v1': {
    method: 'POST',
    required: [
      ['comment', 'base64comment'],
      ['ticket_id', 'client_ticket_id'],
    ],
  },
  '/exchange-api/join-forward/v1': { method: 'POST', required: [['ticket_id', 'client_ticket_id', 'message_id'], ['scenario']] },
  '/exchange-api/star/v1': { method: 'POST', required: [['star'], ['ticket_id', 'client_ticket_id']] },
};

/** Traffy's time format: "YYYY-MM-DD HH:MM:SS.ffffff" in UTC+7. */
function traffyTimestamp(d = new Date()): string {
  const t = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}.${t.slice(20, 23)}000`;
}

export class TraffyStandin {
  readonly user = 'mind-desk';
  readonly pass = randomBytes(8).toString('hex');
  calls: ReceivedCall[] = [];
  /** answer this status to the next action calls while > 0 */
  private failures = 0;
  private failStatus = 503;
  private tokens = new Set<string>();
  private server = http.createServer((req, res) => this.handle(req, res));
  private creditBalance = 1000;
  port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The Exchange API's base URL, as TRAFFY_BASE_URL. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/exchange-api`;
  }

  /** The next `n` action calls are answered `status` (a 5xx: Traffy down). */
  failing(n: number, status = 503): void {
    this.failures = n;
    this.failStatus = status;
  }

  /** Calls answered 200 to this action path (e.g. "/update-issue/v1"). */
  delivered(path?: string): ReceivedCall[] {
    return this.calls.filter(
      (c) => c.status === 200 && c.path !== '/exchange-api/get-auth/v1' && (!path || c.path === `/exchange-api${path}`),
    );
  }

  private send(res: http.ServerResponse, status: number, body: Record<string, unknown>) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ exec_time: '0.001s', credit_balance: this.creditBalance, api_log_session_id: '1', ...body }));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      let body: Record<string, unknown> = {};
      const record = (status: number) => this.calls.push({ method: req.method ?? '', path, headers: req.headers, body, status });
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        record(400);
        return this.send(res, 400, { status: 'fail', message: 'Invalid input JSON format', results: [] });
      }
      if (path === '/exchange-api/get-auth/v1' && req.method === 'POST') {
        if (body.user !== this.user || body.pass !== this.pass) {
          record(401);
          return this.send(res, 401, { status: 'fail', message: 'Invalid user or pass', results: [] });
        }
        const token = randomBytes(16).toString('hex');
        this.tokens.add(token);
        record(200);
        return this.send(res, 200, {
          status: 'success',
          message: '',
          quota_limit: 1000,
          permissions: ['read', 'write'],
          results: { token, expire_timestamp: traffyTimestamp(new Date(Date.now() + 3600_000)).slice(0, 19) },
        });
      }
      const action = ACTIONS[path];
      if (!action) {
        record(404);
        return this.send(res, 404, { status: 'fail', message: 'Not found', results: [] });
      }
      if (req.method !== action.method) {
        record(405);
        return this.send(res, 405, { status: 'fail', message: `use ${action.method}`, results: [] });
      }
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
      if (!bearer || !this.tokens.has(bearer)) {
        record(401);
        return this.send(res, 401, { status: 'fail', message: 'ERR 1 - Invalid token', results: [] });
      }
      if (this.failures > 0) {
        this.failures--;
        record(this.failStatus);
        return this.send(res, this.failStatus, { status: 'fail', message: 'Service unavailable', results: [] });
      }
      const missing = action.required.find((oneOf) => !oneOf.some((k) => body[k] !== undefined && body[k] !== null && body[k] !== ''));
      if (missing) {
        record(400);
        return this.send(res, 400, { status: 'fail', message: `[${missing[0]}] is not specified`, results: [] });
      }
      this.creditBalance--;
      record(200);
      return this.send(res, 200, { status: 'success', message: '', results: {} });
    });
  }

  // ---- webhooks, as Traffy sends them (docs/webhooks.md) ----

  /** Sends one webhook to `url`; resolves with the status and JSON answer. */
  async webhook(url: string, method: 'POST' | 'PATCH', payload: Record<string, unknown>): Promise<{ status: number; body: WebhookAnswer }> {
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as WebhookAnswer };
  }

  /** Traffy's echo of an update-issue call it received: the status webhook (PATCH) carrying its status and note. */
  echoOf(call: ReceivedCall, org = 'กองตรวจราชการ กระทรวงอุตสาหกรรม'): Record<string, unknown> {
    return statusPayload({
      ticket_id: call.body.ticket_id,
      org,
      status: call.body.state_name,
      note: call.body.note,
      photo: (call.body.photo as string[] | undefined) ?? [],
    });
  }
}

/** The published example of a new-issue webhook (POST), with overrides. */
export function newIssuePayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    timestamp: traffyTimestamp(),
    ticket_id: '2026-ABCDEF',
    description: 'โรงงานปล่อยกลิ่นเหม็นรุนแรงช่วงกลางคืน',
    type_id: 12,
    type: 'กลิ่น',
    photo: ['https://storage.googleapis.com/traffy-fondue/line_img/example.jpeg'],
    latitude: 14.0717,
    longitude: 100.6059,
    address: '112 ถ.พหลโยธิน ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี',
    orgs: [{ org_id: 151, org: 'กองตรวจราชการ กระทรวงอุตสาหกรรม' }],
    ...overrides,
  };
}

/** The published example of a status-update webhook (PATCH), with overrides. */
export function statusPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    timestamp: traffyTimestamp(),
    ticket_id: '2026-ABCDEF',
    org: 'เทศบาลเมืองคลองหลวง',
    status: 'กำลังดำเนินการ',
    note: 'รับเรื่องไว้ตรวจสอบร่วมกัน',
    photo: [],
    ...overrides,
  };
}

/** The published example of a chat/rating webhook (POST with `event`), with overrides. */
export function chatPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event: 'chat',
    message_comment_id: 2115334,
    message_id: 2040189,
    ticket_id: '2026-ABCDEF',
    comment: 'ยังมีกลิ่นอยู่ครับ',
    timestamp: traffyTimestamp(),
    sender_org_id: null,
    sender_org: null,
    sender_user_id: 4006,
    sender_username: 'ผู้แจ้ง LINE',
    ...overrides,
  };
}
