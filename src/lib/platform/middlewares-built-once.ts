import type { Context, Middleware, Next } from 'koa';
import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';
import { promises as fs } from 'fs';
import fp from 'lodash/fp';
import helmet from 'koa-helmet';
import { koaBody } from 'koa-body';
import mime from 'mime-types';

/**
 * Three of Strapi's global middlewares, doing what Strapi's do (@strapi/core 5.54.0,
 * dist/middlewares/{security,body,logger}.js) with their per-request set-up moved to start-up:
 * - `strapi::security` merged its configuration with its defaults (a deep lodash merge) and built a
 *   new helmet middleware on every request;
 * - `strapi::body` built a new koa-body parser (which checks its options with zod) on every request;
 * - `strapi::logger` formatted an `http` log line (timestamp, colours) on every request, to be dropped
 *   by a log level above `http`.
 * Together about a tenth of the server's CPU for a small read (bench/RESULTS.md). Strapi requires the
 * first two by name and plugins extend their configuration, so they are replaced under Strapi's
 * names: the configuration (config/middlewares.ts and what plugins add) reaches them unchanged.
 * tests/unit/middlewares-built-once.test.ts answers the same requests with Strapi's and these and
 * compares every header, so a Strapi upgrade that changes one shows there.
 */

type Factory = (config: Record<string, unknown>, ctx: { strapi: Core.Strapi }) => Middleware;

/** Strapi's own defaults for helmet, as `strapi::security` has them. */
const SECURITY_DEFAULTS = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: { useDefaults: true, directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null } },
  xssFilter: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
};

/** Lists are joined, not overwritten, where Strapi widens a policy for one kind of path. */
const mergeConfig = (existing: object, extra: object) =>
  fp.mergeWith((obj: unknown, src: unknown) => (Array.isArray(obj) && Array.isArray(src) ? obj.concat(src) : undefined), existing, extra);

export const securityHeaders: Factory = (config, { strapi }) => {
  const base = fp.defaultsDeep(SECURITY_DEFAULTS, config);
  const specialPaths = ['/documentation'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the optional GraphQL plugin's service is untyped
  const graphql = strapi.plugin('graphql') as any;
  const playground = Boolean(graphql?.service('utils').playground.isEnabled());
  const directives: Record<string, string[]> = {
    'script-src': ["'self'", "'unsafe-inline'", 'cdn.jsdelivr.net'],
    'img-src': ["'self'", 'data:', 'cdn.jsdelivr.net', 'strapi.io'],
    'manifest-src': [],
    'frame-src': [],
  };
  if (playground) {
    specialPaths.push(graphql.config('endpoint'));
    directives['script-src'].push(`https: 'unsafe-inline'`);
    directives['img-src'].push(`'apollo-server-landing-page.cdn.apollographql.com'`);
    directives['manifest-src'].push(`'self'`, 'apollo-server-landing-page.cdn.apollographql.com');
    directives['frame-src'].push(`'self'`, 'sandbox.embed.apollographql.com');
  }
  // the admin panel's development server (vite's module scripts and its reconnecting websocket)
  const devAdmin = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
  const adminPath = String(strapi.config.get('admin.path'));

  // one helmet per kind of request: plain, documentation page, admin page in development
  const variants = new Map<number, Middleware>();
  const variant = (key: number) => {
    let built = variants.get(key);
    if (built) return built;
    let helmetConfig = base;
    if (key & 1) helmetConfig = mergeConfig(helmetConfig, { crossOriginEmbedderPolicy: false, contentSecurityPolicy: { directives } });
    if (key & 2) {
      helmetConfig = mergeConfig(helmetConfig, {
        contentSecurityPolicy: {
          directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'connect-src': ["'self'", 'http:', 'https:', 'ws:'] },
        },
      });
    }
    built = helmet(helmetConfig) as unknown as Middleware;
    variants.set(key, built);
    return built;
  };
  return (ctx: Context, next: Next) => {
    const get = ctx.method === 'GET';
    const key =
      (get && specialPaths.some((p) => ctx.path.startsWith(p)) ? 1 : 0) | (devAdmin && get && ctx.path.startsWith(adminPath) ? 2 : 0);
    return variant(key)(ctx, next);
  };
};

interface UploadedFile {
  name?: string;
  type?: string;
  filepath?: string;
}

function ensureFileMimeType(file: UploadedFile) {
  if (!file.type) file.type = mime.lookup(file.name ?? '') || 'application/octet-stream';
}

const uploadedFiles = (ctx: Context) => (ctx.request as { files?: { files?: UploadedFile | UploadedFile[] } }).files?.files;

export const bodyParser: Factory = (config, { strapi }) => {
  const parse = koaBody(fp.defaultsDeep({ multipart: true, patchKoa: true }, config)) as unknown as Middleware;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the optional GraphQL plugin's config is untyped
  const graphql = strapi.plugin('graphql') as any;
  const gqlEndpoint: string | undefined = graphql ? graphql.config('endpoint') : undefined;
  return async (ctx: Context, next: Next) => {
    if (gqlEndpoint && ctx.url === gqlEndpoint) {
      await next();
    } else {
      try {
        await parse(ctx, async () => {});
        const files = uploadedFiles(ctx);
        // a file sent without its type gets one from its name, as Strapi's parser does
        if (files) for (const f of Array.isArray(files) ? files : [files]) ensureFileMimeType(f);
        await next();
      } catch (error) {
        if (error instanceof Error && error.message?.includes('maxFileSize') && error.message.includes('exceeded')) {
          return ctx.payloadTooLarge('FileTooBig');
        }
        throw error;
      }
    }
    const files = uploadedFiles(ctx);
    if (files) {
      // not awaited, as in Strapi: the answer does not wait for the clean-up
      for (const f of Array.isArray(files) ? files : [files]) if (f.filepath) void fs.rm(f.filepath, { force: true }).catch(() => {});
      delete (ctx.request as { files?: unknown }).files;
    }
  };
};

export const requestLog: Factory = (_config, { strapi }) => {
  return async (ctx: Context, next: Next) => {
    const start = Date.now();
    await next();
    if (!strapi.log.isLevelEnabled('http')) return;
    const delta = Math.ceil(Date.now() - start);
    strapi.log.http(`${ctx.method} ${ctx.url} (${delta} ms) ${ctx.status}`);
  };
};

/** Puts the three under Strapi's names (register phase: before the server resolves its middlewares). */
export function buildMiddlewaresOnce(strapi: Core.Strapi): void {
  const registry = strapi.get('middlewares');
  registry.extend('strapi::security', () => securityHeaders);
  registry.extend('strapi::body', () => bodyParser);
  registry.extend('strapi::logger', () => requestLog);
}
