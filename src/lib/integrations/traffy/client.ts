import type { Core } from '@strapi/strapi';
import { registerHttpChannel } from '../../platform/http-outbox';
import type { TraffyConfig } from './config';
import { TRAFFY_HTTP_CHANNEL } from './model';
import { traffyTime } from './webhook';

/**
 * The outbound channel: every attempt carries a JWT from `get-auth` (docs/authentication.md), fetched
 * with TRAFFY_USER/TRAFFY_PASS and kept until five minutes before its `expire_timestamp`; the queue
 * sends at most TRAFFY_CALLS_PER_MINUTE calls a minute (Traffy counts each against the monthly credit).
 */
interface Token {
  value: string;
  until: number;
}

const MARGIN_MS = 5 * 60_000;
/** a token without a readable expiry is used for this long */
const DEFAULT_LIFE_MS = 30 * 60_000;

/** Reads get-auth's answer: `results` an object (ADR-002), or the older one-element list. */
export function tokenOf(answer: unknown, now = Date.now()): Token {
  const a = answer as { results?: unknown; message?: string } | null;
  const r = (Array.isArray(a?.results) ? a?.results[0] : a?.results) as { token?: unknown; expire_timestamp?: string } | undefined;
  if (typeof r?.token !== 'string' || !r.token) throw new Error(`Traffy get-auth gave no token${a?.message ? `: ${a.message}` : ''}`);
  const expires = traffyTime(r.expire_timestamp)?.getTime() ?? now + DEFAULT_LIFE_MS;
  return { value: r.token, until: Math.max(now + 60_000, expires - MARGIN_MS) };
}

export function registerTraffyChannel(strapi: Core.Strapi, config: TraffyConfig): void {
  let token: Token | null = null;
  let pending: Promise<Token> | null = null;

  async function fetchToken(): Promise<Token> {
    const res = await fetch(`${config.baseUrl}/get-auth/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: config.user, pass: config.pass }),
      signal: AbortSignal.timeout(15_000),
    });
    const answer = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`Traffy get-auth answered ${res.status}`);
    return tokenOf(answer);
  }

  async function bearer(): Promise<string> {
    if (token && token.until > Date.now()) return token.value;
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    token = await pending;
    return token.value;
  }

  registerHttpChannel(TRAFFY_HTTP_CHANNEL, {
    perMinute: config.perMinute,
    async prepare() {
      try {
        return { authorization: `Bearer ${await bearer()}` };
      } catch (err) {
        strapi.log.warn(`Traffy bridge: ${(err as Error).message}`);
        throw err;
      }
    },
    classify(status) {
      // 401: the token expired early (Traffy's "This token has expired"): fetch another and retry
      if (status === 401) {
        token = null;
        return 'retry';
      }
      if (status >= 200 && status < 300) return 'delivered';
      return status === 408 || status === 429 || status >= 500 ? 'retry' : 'dead';
    },
  });
}
