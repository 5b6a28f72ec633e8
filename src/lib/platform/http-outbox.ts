/**
 * The outbound HTTP queue: calls to other systems (webhooks, the Traffy Fondue bridge), sent by the
 * `dispatch-http-calls` job with retry and backoff, like the e-mail outbox (./outbox.ts). HOW TO USE:
 *
 *   registerHttpChannel('traffy', {                // once, at register (a domain's manifest `register`)
 *     prepare: (call, body) => ({ authorization: `Bearer ${token()}` }),  // per attempt; secrets belong here
 *     perMinute: 30,                               // quota: at most 30 calls a minute on this channel
 *   });
 *   await enqueueHttpCall(strapi, {
 *     channel: 'traffy',
 *     dedupeKey: `traffy:${complaint.documentId}:state:${state}`,   // unique forever
 *     method: 'POST', url: 'https://…/tickets', body: { … },       // an object is sent as JSON
 *     related: { uid: 'api::complaint.complaint', documentId: complaint.documentId },
 *   });
 *
 * - Never call another system inline from a request: enqueue, and the job sends it.
 * - `dedupeKey` identifies the call forever: enqueueing the same key again is a no-op (`{ created: false }`),
 *   also for two instances at once (unique index, INSERT … ON CONFLICT DO NOTHING). It travels as the
 *   `X-MIND-Dedupe-Key` header so a receiver can drop a repeat (a crash mid-send means at-least-once).
 * - Safe inside `strapi.db.transaction(...)`: the row joins the caller's transaction.
 * - The body is stored as the exact string sent (an object as JSON, with `content-type: application/json`
 *   unless `headers` says otherwise); `prepare` signs that string. Stored `headers` are shown to
 *   administrators in the panel: put credentials in the channel's `prepare`, never in `headers`.
 * - A row whose channel is not registered on this instance waits (it is not sent without its `prepare`).
 */
import type { Core } from '@strapi/strapi';
import { insertIgnoringConflict } from './db-insert';
import { HTTP_CALL_UID, HTTP_METHODS } from './model';

export { HTTP_CALL_UID };

export interface HttpCall {
  channel: string;
  dedupeKey: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** an object is sent as JSON; a string as it is. At dispatch, the stored string. */
  body?: unknown;
  related?: { uid: string; documentId: string };
}

export interface HttpChannel {
  /** headers added at each attempt (auth, signature over the exact body) */
  prepare?(call: HttpCall, body: string): Promise<Record<string, string>> | Record<string, string>;
  /** max calls per minute for this channel (quota) */
  perMinute?: number;
  /** 2xx → delivered; other statuses: return 'retry' | 'dead' (default: 5xx/429/network retry with backoff, 4xx dead) */
  classify?(status: number): 'retry' | 'dead' | 'delivered';
}

// Kept on the global object under a registry symbol, so that every copy of this module (the compiled
// app, a test importing the source) shares one list of channels.
const CHANNELS = Symbol.for('mind-desk.http-channels');
type WithChannels = typeof globalThis & { [CHANNELS]?: Map<string, HttpChannel> };

function channels(): Map<string, HttpChannel> {
  const g = globalThis as WithChannels;
  g[CHANNELS] ??= new Map();
  return g[CHANNELS];
}

/** Declares how calls of `name` are sent; a later registration of the same name replaces it. */
export function registerHttpChannel(name: string, channel: HttpChannel): void {
  if (!name.trim()) throw new Error('http-outbox: a channel needs a name');
  channels().set(name, channel);
}

/** The registered channels by name. */
export function httpChannels(): ReadonlyMap<string, HttpChannel> {
  return channels();
}

/** Pure: the default reading of an answer's status: 2xx delivered; 408, 429 and 5xx retried; the rest given up. */
export function defaultClassify(status: number): 'retry' | 'dead' | 'delivered' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'dead';
}

/** Pure: the stored body and headers of a call (an object becomes JSON with its content type). */
export function serializeCall(call: Pick<HttpCall, 'body' | 'headers'>): { body: string | null; headers: Record<string, string> } {
  const headers = { ...(call.headers ?? {}) };
  if (call.body === undefined || call.body === null) return { body: null, headers };
  if (typeof call.body === 'string') return { body: call.body, headers };
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  return { body: JSON.stringify(call.body), headers };
}

/**
 * Inserts one pending call. A `dedupeKey` already in the queue makes this a no-op: `{ created: false }`.
 * Throws on a programming error (no channel or key, an unknown method, a URL that is not http(s)).
 */
export async function enqueueHttpCall(strapi: Core.Strapi, call: HttpCall, now: Date = new Date()): Promise<{ created: boolean }> {
  const dedupeKey = String(call.dedupeKey ?? '').trim();
  if (!dedupeKey) throw new Error('http-outbox: dedupeKey is required');
  if (dedupeKey.length > 255) throw new Error('http-outbox: dedupeKey is longer than 255 characters');
  if (!String(call.channel ?? '').trim()) throw new Error(`http-outbox: no channel for ${dedupeKey}`);
  if (!(HTTP_METHODS as readonly string[]).includes(call.method)) throw new Error(`http-outbox: method ${call.method} is not allowed`);
  let url: URL;
  try {
    url = new URL(call.url);
  } catch {
    throw new Error(`http-outbox: not a URL: ${call.url}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`http-outbox: not an http(s) URL: ${call.url}`);
  const { body, headers } = serializeCall(call);
  const created = await insertIgnoringConflict(
    strapi,
    HTTP_CALL_UID,
    {
      channel: call.channel,
      method: call.method,
      url: url.toString(),
      headers,
      body,
      dedupeKey,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: null,
      relatedUid: call.related?.uid ?? null,
      relatedDocumentId: call.related?.documentId ?? null,
    },
    'dedupeKey',
    now,
  );
  return { created };
}
