import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { RateLimiterPostgres, RateLimiterSQLite, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Per-client-address rate limit for public routes, counted in the database (not in one process's
 * memory), so several instances share the count. Route config: `{ name: 'global::rate-limit',
 * config: { key: 'public-intake', points: () => n, duration: () => seconds } }`.
 * Over the limit: 429 with Retry-After.
 */
interface RateLimitConfig {
  key: string;
  limits: () => { points: number; durationSeconds: number };
  /**
   * Who is counted, per request, when not the client address: e.g. an Open311 client's key, with that
   * client's own allowance (`key` its limiter, `id` the counted subject). Null: the address and `limits`.
   * It may throw (a 4xx) to refuse the request before anything is counted.
   */
  subject?: (ctx: Context, strapi: Core.Strapi) => Promise<{ key: string; id: string; points: number; durationSeconds: number } | null>;
}

type Limiter = RateLimiterPostgres | RateLimiterSQLite;
type LimiterOptions = { storeClient: unknown; storeType: string; tableName: string; keyPrefix: string; points: number; duration: number };

// Per Strapi instance (its database connection): a process that boots Strapi twice (tests) must not
// reuse a limiter bound to the first instance's closed connection.
const limitersByInstance = new WeakMap<Core.Strapi, Map<string, Promise<Limiter>>>();
const tableByInstance = new WeakMap<Core.Strapi, Promise<void>>();

/** A limiter, once its table exists (`tableCreated`: the caller made sure it does). */
function construct(strapi: Core.Strapi, opts: LimiterOptions, tableCreated: boolean): Promise<Limiter> {
  return new Promise((resolve, reject) => {
    const Limiter = strapi.db.dialect.client === 'postgres' ? RateLimiterPostgres : RateLimiterSQLite;
    // with tableCreated the callback runs inside the constructor, before `instance` holds it: defer
    const instance: Limiter = new Limiter({ ...opts, tableCreated }, (err?: unknown) =>
      queueMicrotask(() => (err ? reject(err) : resolve(instance))),
    );
  });
}

/**
 * The shared table, created once per instance before any limiter uses it: every API has its own
 * limiter, and PostgreSQL's CREATE TABLE IF NOT EXISTS run by two at once fails for one of them
 * ("type already exists"), which answered the first anonymous requests after a start with a 500.
 * Another instance creating it at the same moment: the second try finds it there.
 */
function tableFor(strapi: Core.Strapi, opts: LimiterOptions): Promise<void> {
  let table = tableByInstance.get(strapi);
  if (!table) {
    const attempt = () => construct(strapi, { ...opts, keyPrefix: 'table' }, false);
    table = attempt()
      .catch(attempt)
      .then(() => undefined);
    tableByInstance.set(strapi, table);
    table.catch(() => tableByInstance.delete(strapi));
  }
  return table;
}

function limiterFor(strapi: Core.Strapi, key: string, points: number, duration: number) {
  let limiters = limitersByInstance.get(strapi);
  if (!limiters) limitersByInstance.set(strapi, (limiters = new Map()));
  const id = `${key}:${points}:${duration}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    const opts = { storeClient: strapi.db.connection, storeType: 'knex', tableName: 'rate_limits', keyPrefix: key, points, duration };
    limiter = tableFor(strapi, opts).then(() => construct(strapi, opts, true));
    limiters.set(id, limiter);
    // A failed table creation must not poison the cache forever.
    limiter.catch(() => limiters!.delete(id));
  }
  return limiter;
}

function tooMany(ctx: Context, msBeforeNext: number) {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  ctx.set('Retry-After', String(retryAfter));
  ctx.status = 429;
  ctx.body = {
    data: null,
    error: { status: 429, name: 'RateLimitError', message: `Too many requests; try again in ${retryAfter} s`, details: { retryAfter } },
  };
}

/**
 * Answers 429 (true) when the client's allowance under `config` is already used up, without
 * counting this request: for a check before the body is read (src/middlewares/multipart.ts).
 */
export async function refuseIfExhausted(strapi: Core.Strapi, config: RateLimitConfig, ctx: Context): Promise<boolean> {
  const { points, durationSeconds } = config.limits();
  if (points <= 0) return false;
  const limiter = await limiterFor(strapi, config.key, points, durationSeconds);
  const res = await limiter.get(ctx.request.ip || 'unknown');
  if (!res || res.consumedPoints < points) return false;
  tooMany(ctx, res.msBeforeNext);
  return true;
}

export default (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: () => Promise<void>) => {
    const subject = config.subject ? await config.subject(ctx, strapi) : null;
    const { points, durationSeconds } = subject ?? config.limits();
    if (points <= 0) return next();
    const limiter = await limiterFor(strapi, subject?.key ?? config.key, points, durationSeconds);
    try {
      const res = await limiter.consume(subject?.id ?? (ctx.request.ip || 'unknown'));
      ctx.set('RateLimit-Limit', String(points));
      ctx.set('RateLimit-Remaining', String(res.remainingPoints));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return tooMany(ctx, rejection.msBeforeNext);
    }
    await next();
  };
};
