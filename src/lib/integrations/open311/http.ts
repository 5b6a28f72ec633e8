import type { Context, Next } from 'koa';
import { formatOf, OPEN311_PREFIX, sendError } from './format';

/**
 * Everything under /api/open311/ answers in the specification's error format — a list of
 * `{code, description}` (XML `<errors><error>…` on a `.xml` path) with the HTTP status — whoever
 * refused: our controller, the rate limits (429, with Retry-After), Strapi's router (404 for a path it
 * does not know, 405) or an error thrown anywhere (500, without its internals). A server middleware
 * (registered in `register()`, outside Strapi's router), so it also sees paths no route matches.
 *
 * It also takes two spellings real clients send (their public sources): `service/<code>.<format>` for a
 * service definition (codeforamerica/open311_python) and `requests/<format>` for the request list and
 * POST (mheadd/node-open311).
 */
const QUIRKS: Array<[RegExp, string]> = [
  [/^\/api\/open311\/v2\/service\/([^/]+)$/, `${OPEN311_PREFIX}services/$1`],
  [/^\/api\/open311\/v2\/requests\/(json|xml)$/i, `${OPEN311_PREFIX}requests.$1`],
];

const DEFAULT_DESCRIPTION: Record<number, string> = {
  400: 'the request is not valid',
  401: 'authentication failed',
  403: 'not allowed',
  404: 'no such Open311 resource',
  405: 'method not allowed on this resource',
  413: 'the request is too large',
  415: 'unsupported content type: send application/x-www-form-urlencoded or JSON',
  429: 'too many requests',
};

const isSpecError = (body: unknown) =>
  (Array.isArray(body) && body.every((e) => e && typeof e === 'object' && 'code' in e && 'description' in e)) ||
  (typeof body === 'string' && body.includes('<errors>'));

/** The message of Strapi's error body `{ data: null, error: { message } }`, if it is one. */
function strapiMessage(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

function notFoundDescription(path: string): string {
  if (/^\/api\/open311\/v2\/tokens\//.test(path)) {
    return 'tokens are not used here: POST requests.json answers at once with the service_request_id';
  }
  if (path.startsWith(OPEN311_PREFIX) && !formatOf(path)) {
    return `no such Open311 resource: ${path} (resources end in .json or .xml)`;
  }
  return `no such Open311 resource: ${path}`;
}

/** Strapi's application errors by name, for one thrown without an HTTP status. */
const STATUS_OF: Record<string, number> = {
  ForbiddenError: 403,
  UnauthorizedError: 401,
  NotFoundError: 404,
  ValidationError: 400,
  RateLimitError: 429,
};

/** Why an Open311 refusal was made (set with the refusal: Strapi's error layer keeps only "Forbidden"). */
const refusal = (ctx: Context): string | undefined => ctx.state.open311Refusal as string | undefined;

export function open311Http() {
  return async function open311Errors(ctx: Context, next: Next) {
    if (!ctx.path.startsWith('/api/open311/')) return next();
    for (const [pattern, target] of QUIRKS) {
      if (pattern.test(ctx.path)) {
        ctx.path = ctx.path.replace(pattern, target);
        break;
      }
    }
    try {
      await next();
    } catch (err) {
      const e = err as { status?: number; statusCode?: number; message?: string; name?: string };
      const status = Number(e.status ?? e.statusCode ?? STATUS_OF[e.name ?? ''] ?? 500);
      const code = status >= 400 && status < 600 ? status : 500;
      // no Open311 route matched (our controller answers its own 404s): Strapi throws its "Not Found"
      if (code === 404) return sendError(ctx, 404, notFoundDescription(ctx.path));
      // a server error's message is not shown: it may name internals
      const description =
        code >= 500 ? 'internal server error' : (refusal(ctx) ?? String(e.message || DEFAULT_DESCRIPTION[code] || 'error'));
      return sendError(ctx, code, description);
    }
    if (ctx.status === 404 && !isSpecError(ctx.body)) return sendError(ctx, 404, notFoundDescription(ctx.path));
    if (ctx.status >= 400 && !isSpecError(ctx.body)) {
      const description = ctx.status >= 500 ? 'internal server error' : (refusal(ctx) ?? strapiMessage(ctx.body));
      sendError(ctx, ctx.status, description ?? DEFAULT_DESCRIPTION[ctx.status] ?? 'error');
    }
  };
}
