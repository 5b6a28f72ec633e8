import type { Core } from '@strapi/strapi';

/**
 * Routing without testing every route. Strapi mounts all its routes (content API, admin panel, every
 * plugin: several hundred) in one @koa/router, whose `match` tests each route's regular expression in
 * turn for every request: about a tenth of the server's CPU for a small read (bench/RESULTS.md). Here
 * the router's `match` first narrows the routes to those whose leading literal path segments (at most
 * two: `/api/complaints`, `/content-manager/collection-types`) agree with the request's, plus every
 * route that starts with a parameter or a pattern, then tests those exactly as @koa/router does, in
 * the router's order. Narrowing only ever keeps more routes than can match (letter case is ignored,
 * anything but a plain segment counts as a pattern), so the answer is @koa/router's own.
 */

/** The part of a @koa/router layer that matching reads. */
export interface RouteLayer {
  path: string;
  methods: string[];
  match(path: string): boolean;
}

export interface Matched<L extends RouteLayer> {
  path: L[];
  pathAndMethod: L[];
  route: boolean;
}

const DEPTH = 2;
/** A segment that path-to-regexp reads as plain text (anything else may be a parameter or pattern). */
const PLAIN = /^[\w.~%@-]+$/;

/** A route path's leading plain segments, lower-cased, at most DEPTH. */
export function literalPrefix(routePath: string): string[] {
  const out: string[] = [];
  if (!routePath.startsWith('/')) return out;
  for (const segment of routePath.slice(1).split('/')) {
    if (out.length === DEPTH || !PLAIN.test(segment)) break;
    out.push(segment.toLowerCase());
  }
  return out;
}

/** A request path's first DEPTH segments as index keys: '', 'a', 'a/b'. */
function requestKeys(path: string): string[] {
  const segments = path.slice(1).split('/', DEPTH);
  const keys = [''];
  let key = '';
  for (const s of segments) {
    if (!s) break; // `//x` or `/`: no route's literal prefix can follow
    key = key ? `${key}/${s.toLowerCase()}` : s.toLowerCase();
    keys.push(key);
  }
  return keys;
}

interface Index<L> {
  stack: L[];
  size: number;
  /** positions in the stack of the routes under each literal prefix ('' = starts with a pattern) */
  byPrefix: Map<string, number[]>;
  /** candidates per combination of known prefixes, in stack order (bounded: keys come from the routes) */
  merged: Map<string, L[]>;
}

function buildIndex<L extends RouteLayer>(stack: L[]): Index<L> {
  const byPrefix = new Map<string, number[]>();
  stack.forEach((layer, i) => {
    const key = literalPrefix(layer.path).join('/');
    const list = byPrefix.get(key);
    if (list) list.push(i);
    else byPrefix.set(key, [i]);
  });
  return { stack, size: stack.length, byPrefix, merged: new Map() };
}

function candidates<L extends RouteLayer>(index: Index<L>, path: string): L[] {
  const known = requestKeys(path).filter((k) => index.byPrefix.has(k));
  const cacheKey = known.join('\n');
  let list = index.merged.get(cacheKey);
  if (!list) {
    const positions = known.flatMap((k) => index.byPrefix.get(k) as number[]).sort((a, b) => a - b);
    list = positions.map((i) => index.stack[i]);
    index.merged.set(cacheKey, list);
  }
  return list;
}

/** @koa/router's `match` (12.x, lib/router.js) over the narrowed routes. */
export function indexedMatch<L extends RouteLayer>(router: { stack: L[] }): (path: string, method: string) => Matched<L> {
  let index: Index<L> | null = null;
  return (path: string, method: string) => {
    // routes are added until the server is mounted: index the stack as it is now
    if (!index || index.stack !== router.stack || index.size !== router.stack.length) index = buildIndex(router.stack);
    const matched: Matched<L> = { path: [], pathAndMethod: [], route: false };
    for (const layer of candidates(index, path)) {
      if (!layer.match(path)) continue;
      matched.path.push(layer);
      if (layer.methods.length === 0 || layer.methods.includes(method)) {
        matched.pathAndMethod.push(layer);
        if (layer.methods.length > 0) matched.route = true;
      }
    }
    return matched;
  };
}

/** Called in bootstrap(): the server's router exists; its routes are indexed at the first request. */
export function indexRoutes(strapi: Core.Strapi): void {
  const router = strapi.server.router as unknown as { stack: RouteLayer[]; match: unknown };
  router.match = indexedMatch(router);
}
