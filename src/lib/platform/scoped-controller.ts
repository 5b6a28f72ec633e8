import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorOf, withinScope, type Actor, type Scope } from './actor';
import { sanitizePage } from './page-sanitizer';

/** The core controller's helpers (present on every controller made by createCoreController). */
export interface CoreMethods {
  validateQuery(ctx: unknown): Promise<void>;
  sanitizeQuery(ctx: unknown): Promise<Record<string, unknown>>;
  /** The data without what the caller may not read (Strapi types it `unknown`; its shape is the input's). */
  sanitizeOutput<T>(data: T, ctx: unknown): Promise<T>;
  transformResponse(data: unknown, meta?: Record<string, unknown>): unknown;
}

/** A Koa request context, as Strapi hands it to a controller action. */
type Context = Parameters<Core.ControllerHandler>[0];
/** A document as the document service returns it (fields depend on the query). */
type Doc = Modules.Documents.AnyDocument;
/** Any content type's UID, and findFirst's params: `uid` and `fields` are checked where the caller declares them. */
type Uid = UID.ContentType;
type FirstParams = Modules.Documents.ServiceParams<Uid>['findFirst'];
/** The core service's find, as a collection type's service has it. */
interface CoreFind {
  find(params: Record<string, unknown>): Promise<{ results: Doc[]; pagination: unknown }>;
}

export interface ScopedReadOptions {
  /** The rows the actor may see (src/lib/security/access.ts `scopeFor`). */
  scope: (actor: Actor) => Promise<Scope>;
  /** Message of the 404 for a document that is absent or not the caller's to see (the same answer). */
  notFound: string;
  /** Query parameters under the caller's own (e.g. a default populate). */
  defaults?: Record<string, unknown>;
  /** Query parameters over the caller's own, after sanitizing (e.g. only the published version). */
  fixed?: Record<string, unknown>;
  /**
   * The list's convenience parameters (not Strapi's, so taken off the query before it is validated):
   * their names, and the filters they stand for (a ValidationError naming the parameter when wrong).
   */
  listParams?: { names: readonly string[]; filters: (params: Record<string, unknown>) => unknown[] | Promise<unknown[]> };
  /**
   * A faster read of the same rows for the common shape of a list query: the page (unsanitised rows,
   * as Strapi's find would return them) or null for Strapi's find. `query` is the caller's, without
   * the list parameters and defaults; it has been validated and sanitised already.
   */
  lean?: (args: {
    query: Record<string, unknown>;
    params: Record<string, unknown>;
    scope: Scope;
    actor: Actor;
    ctx: Context;
  }) => Promise<{ results: Doc[]; pagination: unknown } | null>;
  /** Adds to the sanitized items what the sanitizer would drop or cannot know (counts, personal data). */
  enrich?: (items: Doc[], ctx: Context, actor: Actor, single: boolean) => Promise<void>;
}

/** The users-permissions ability the request was let in with, or null (another strategy, or none). */
function abilityOf(ctx: Context): object | null {
  const auth = (ctx.state as { auth?: { strategy?: { name?: string }; ability?: unknown } }).auth;
  const ability = auth?.strategy?.name === 'users-permissions' ? auth.ability : null;
  return ability && typeof ability === 'object' ? ability : null;
}

/** Checked queries per users-permissions ability (one object per list of actions: content-ability-cache.ts). */
const checkedQueries = new WeakMap<object, Map<string, Record<string, unknown>>>();
const MAX_CHECKED = 500;

/**
 * `validateQuery` then `sanitizeQuery`, their outcome kept for the same query on the same route under the
 * same ability: both depend on nothing else (the schema, the route and which actions the caller may take),
 * and on a list page they cost more than reading its rows. A query that fails validation is not kept: it
 * is checked, and refused, every time. Other strategies (API tokens, whose checks read the token itself)
 * are checked on every request.
 *
 * `query`: the query to check when it is not the request's own (without the list's parameters, with
 * defaults). It becomes the request's (`ctx.query`, which Strapi's checks read) only when it is checked:
 * setting `ctx.query` writes it back into the URL through qs, and the next read parses it again.
 */
async function checkedQuery(
  self: CoreMethods,
  ctx: Context,
  uid: string,
  query?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const ability = abilityOf(ctx);
  if (!ability) {
    if (query) ctx.query = query;
    await self.validateQuery(ctx);
    return self.sanitizeQuery(ctx);
  }
  let kept = checkedQueries.get(ability);
  if (!kept) checkedQueries.set(ability, (kept = new Map()));
  const route = (ctx.state as { route?: { method?: string; path?: string } }).route;
  const key = JSON.stringify([uid, route?.method, route?.path, query ?? ctx.query]);
  const known = kept.get(key);
  // callers add to what they get (the scope's filters): each gets its own copy
  if (known) return structuredClone(known);
  if (query) ctx.query = query;
  await self.validateQuery(ctx);
  const sanitized = await self.sanitizeQuery(ctx);
  if (kept.size >= MAX_CHECKED) kept.clear();
  kept.set(key, structuredClone(sanitized));
  return sanitized;
}

/**
 * find and findOne of a content type limited to the rows the caller may see:
 * validate and sanitize the query, narrow its filters to the scope, read through the document
 * service, sanitize the output, then enrich it. A document outside the scope is a 404.
 */
export function scopedReads(strapi: Core.Strapi, uid: string, opts: ScopedReadOptions) {
  const withDefaults = (query: Record<string, unknown> | undefined) => ({ ...(opts.defaults ?? {}), ...(query ?? {}) });

  return {
    async find(this: CoreMethods, ctx: Context) {
      const actor = await actorOf(strapi, ctx);
      const query: Record<string, unknown> = { ...(ctx.query ?? {}) };
      const params: Record<string, unknown> = {};
      for (const name of opts.listParams?.names ?? []) {
        params[name] = query[name];
        delete query[name];
      }
      const extra = (await opts.listParams?.filters(params)) ?? [];
      const sanitized = await checkedQuery(this, ctx, uid, opts.listParams || opts.defaults ? withDefaults(query) : undefined);
      const scope = await opts.scope(actor);
      const lean = opts.lean ? await opts.lean({ query, params, scope, actor, ctx }) : null;
      sanitized.filters = withinScope(scope, sanitized.filters, ...extra);
      const { results, pagination } =
        lean ?? (await (strapi.service(uid as UID.Service) as CoreFind).find({ ...sanitized, ...opts.fixed }));
      // a lean page is of one shape: Strapi's sanitizer runs on its template, its outcome kept per ability (page-sanitizer.ts)
      const ability = abilityOf(ctx);
      const data = lean
        ? await sanitizePage(results, (rows) => this.sanitizeOutput(rows, ctx), ability ? { by: ability, as: uid } : undefined)
        : await this.sanitizeOutput(results, ctx);
      if (opts.enrich) await opts.enrich(data, ctx, actor, false);
      return this.transformResponse(data, { pagination });
    },

    async findOne(this: CoreMethods, ctx: Context) {
      const actor = await actorOf(strapi, ctx);
      const query = await checkedQuery(this, ctx, uid, opts.defaults ? withDefaults(ctx.query) : undefined);
      const entity = await strapi.documents(uid as UID.ContentType).findFirst({
        ...query,
        ...opts.fixed,
        filters: withinScope(await opts.scope(actor), { documentId: String(ctx.params.id) }),
      });
      if (!entity) throw new errors.NotFoundError(opts.notFound);
      const data = await this.sanitizeOutput(entity, ctx);
      if (opts.enrich) await opts.enrich([data], ctx, actor, true);
      return this.transformResponse(data);
    },
  };
}

/** The document as the actor may see it (only `fields`), or a 404 — the same for "absent" and "not yours". */
export async function visibleOr404(
  strapi: Core.Strapi,
  uid: string,
  scope: Scope,
  documentId: string,
  notFound: string,
  fields: string[] = ['id'],
) {
  const found = await strapi.documents(uid as Uid).findFirst({ filters: withinScope(scope, { documentId }), fields } as FirstParams);
  if (!found) throw new errors.NotFoundError(notFound);
  return found;
}
