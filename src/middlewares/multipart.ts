import type { Context, Next } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refuseIfExhausted } from './rate-limit';
import { multipartLimits, multipartRouteFor, prepareTempDir, removeTempFiles, trackRequest } from '../lib/security/multipart';

/**
 * Placed right before `strapi::body` (config/middlewares.ts). Before any of the body is read, it
 * refuses a multipart body where no route takes files (415), one without credentials to a route
 * that needs them (401) and one whose declared length is over the limit (413). It turns the
 * parser's errors into 4xx, and removes every temporary file of the request when it ends — on
 * success, on any error, and when the client goes away mid-upload.
 * The routes and limits: src/lib/security/multipart.ts.
 */

/** formidable's own errors carry an HTTP status as `httpCode` (500 for a client gone mid-upload). */
function asClientError(err: unknown): unknown {
  const e = err as { httpCode?: unknown; code?: unknown; message?: string } | null;
  if (!e || typeof e.httpCode !== 'number' || typeof e.code !== 'number') return err;
  if (e.httpCode === 413) return new errors.PayloadTooLargeError(e.message);
  return new errors.ValidationError(`malformed multipart body: ${e.message ?? 'unreadable'}`);
}

const ERROR_NAMES = { 401: 'UnauthorizedError', 413: 'PayloadTooLargeError', 415: 'UnsupportedMediaTypeError' } as const;

/** An answer in Strapi's error format, without reading the body. */
function refuse(ctx: Context, status: keyof typeof ERROR_NAMES, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: ERROR_NAMES[status], message, details: {} } };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  prepareTempDir(multipartLimits().dir);
  return async (ctx: Context, next: Next) => {
    if (!ctx.is('multipart')) return next();
    const route = multipartRouteFor(ctx.method, ctx.path);
    if (!route) {
      return refuse(ctx, 415, `${ctx.method} ${ctx.path} takes no multipart body; send JSON`);
    }
    // the admin panel and API clients send their token in this header; a wrong one fails later
    if (!route.anonymous && !ctx.get('authorization')) {
      return refuse(ctx, 401, `${ctx.method} ${ctx.path} takes files from signed-in callers only`);
    }
    if (route.rateLimit && (await refuseIfExhausted(strapi, route.rateLimit, ctx))) return;
    const { maxTotalFileBytes, maxFieldsBytes } = multipartLimits();
    const declared = Number(ctx.get('content-length'));
    // parts' headers and boundaries come on top of the data: a little slack
    if (Number.isFinite(declared) && declared > maxTotalFileBytes + maxFieldsBytes + 64 * 1024) {
      return refuse(ctx, 413, `request body of ${declared} bytes is over the limit of ${maxTotalFileBytes} bytes of files`);
    }
    const tracked = trackRequest(ctx.req.headers, route);
    try {
      await next();
    } catch (err) {
      throw asClientError(err);
    } finally {
      await removeTempFiles(tracked, ctx.request.files);
      delete ctx.request.files;
    }
  };
};
