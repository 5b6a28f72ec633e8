import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorOf, withinScope, type Actor, type Scope } from '../platform/actor';
import { isTrusted } from '../platform/trusted-write';
import { ROW_SCOPED_TYPES, scopeFor } from './access';

/**
 * Row scope through relations. A scoped type's own routes narrow their rows to the caller's scope
 * (src/lib/security/access.ts), but every other type that relates to it — a response team's
 * complaints, a complaint's duplicateOf, a project's reports, an activity's participations — is a
 * second door: `populate` reads the related rows and `filters` on them answer yes/no about their
 * values, `sort` on them orders by them. One rule closes every such door: in each content-API read,
 * whatever its route and type, every relation whose target type is row-scoped is narrowed to the rows
 * the caller may see, at every depth of `populate` (relations, components, dynamic zones, media) and of
 * `filters`; a sort through such a relation is refused (400) unless the caller sees all of its rows
 * (a join's order cannot be narrowed).
 * Polymorphic relations (a file's `related`) may lead to any type, so they are not populated.
 */

interface SchemaAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
}
/** A content type's or component's attributes (strapi.getModel), undefined when unknown. */
export type ModelLookup = (uid: string) => { attributes: Record<string, SchemaAttribute> } | undefined;
/** The caller's scope of a row-scoped type; `undefined` for a type that is not row-scoped. */
export type ScopeLookup = (uid: string) => Scope | undefined;

type Obj = Record<string, unknown>;

const FILE_UID = 'plugin::upload.file';
const POPULATABLE = ['relation', 'component', 'media', 'dynamiczone'];
const LOGICAL = ['$and', '$or'];

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isTrue = (v: unknown) => v === true || v === 'true' || v === '*';
const isOff = (v: unknown) => v === undefined || v === null || v === false || v === 'false' || v === '';

/** Where a populatable attribute leads: a content type, a component, the file type, or several components. */
function targetOf(attr: SchemaAttribute): string | undefined {
  if (attr.type === 'relation') return attr.target; // polymorphic relations have none
  if (attr.type === 'component') return attr.component;
  if (attr.type === 'media') return FILE_UID;
  return undefined;
}

/** Every populatable attribute of `uid` set to true: what `*` and `true` stand for. */
function everything(uid: string, getModel: ModelLookup): Obj {
  const attrs = getModel(uid)?.attributes ?? {};
  return Object.fromEntries(
    Object.entries(attrs)
      .filter(([, a]) => POPULATABLE.includes(a.type))
      .map(([k]) => [k, true]),
  );
}

/** Any populate form (`*`, `true`, `'a,b.c'`, `['a', 'b.c']`, an object) as an object keyed by attribute. */
function asObject(populate: unknown, uid: string, getModel: ModelLookup): Obj {
  if (isTrue(populate)) return everything(uid, getModel);
  const paths = typeof populate === 'string' ? [populate] : Array.isArray(populate) ? populate : null;
  if (paths) {
    const out: Obj = {};
    for (const p of paths.flatMap((x) => String(x).split(','))) {
      const [root, ...rest] = p.trim().split('.');
      if (!root) continue;
      if (root === '*') {
        for (const k of Object.keys(everything(uid, getModel))) out[k] ??= true;
        continue;
      }
      const prev = out[root];
      if (!rest.length) {
        out[root] ??= true;
        continue;
      }
      const nested = isObj(prev) ? prev : {};
      nested.populate = [...(Array.isArray(nested.populate) ? nested.populate : []), rest.join('.')];
      out[root] = nested;
    }
    return out;
  }
  return isObj(populate) ? populate : {};
}

/**
 * `populate` of a read on `uid`, in object form, with every relation into a row-scoped type limited
 * to the caller's scope (the caller's own `filters` on it kept, `$and` the scope). Unknown attributes
 * and polymorphic relations are left out.
 */
export function narrowPopulate(populate: unknown, uid: string, getModel: ModelLookup, scopeOf: ScopeLookup): Obj | undefined {
  if (isOff(populate)) return undefined;
  const attrs = getModel(uid)?.attributes ?? {};
  const out: Obj = {};
  for (const [key, sub] of Object.entries(asObject(populate, uid, getModel))) {
    const attr = attrs[key];
    if (!attr || isOff(sub)) continue;
    if (attr.type === 'dynamiczone') {
      const dz = narrowZone(sub, attr.components ?? [], getModel, scopeOf);
      if (dz !== undefined) out[key] = dz;
      continue;
    }
    const target = targetOf(attr);
    if (!target) continue;
    out[key] = narrowNested(sub, target, getModel, scopeOf);
  }
  return out;
}

/** One populated attribute's options (`true` or an object) on its target, narrowed. */
function narrowNested(sub: unknown, target: string, getModel: ModelLookup, scopeOf: ScopeLookup): Obj {
  const options: Obj = isObj(sub) ? { ...sub } : {};
  if ('populate' in options) {
    const nested = narrowPopulate(options.populate, target, getModel, scopeOf);
    if (nested) options.populate = nested;
    else delete options.populate;
  }
  if (options.filters !== undefined) options.filters = narrowFilters(options.filters, target, getModel, scopeOf);
  if (options.sort !== undefined) assertSortable(options.sort, target, getModel, scopeOf);
  const scope = scopeOf(target);
  if (scope !== undefined) {
    const filters = withinScope(scope, options.filters);
    if (filters) options.filters = filters;
  }
  return options;
}

/** A dynamic zone: its components carry no rows of their own, their relations are narrowed per component. */
function narrowZone(sub: unknown, components: string[], getModel: ModelLookup, scopeOf: ScopeLookup): unknown {
  if (!isObj(sub)) return isTrue(sub) ? true : undefined;
  const out: Obj = {};
  const on: Obj = {};
  const fragments = isObj(sub.on) ? sub.on : {};
  for (const comp of components) {
    if (comp in fragments) {
      if (!isOff(fragments[comp])) on[comp] = narrowNested(fragments[comp], comp, getModel, scopeOf);
    } else if (isTrue(sub.populate)) {
      on[comp] = narrowNested({ populate: '*' }, comp, getModel, scopeOf);
    }
  }
  if (Object.keys(on).length) out.on = on;
  if (typeof sub.count === 'boolean') out.count = sub.count;
  return Object.keys(out).length ? out : true;
}

/**
 * `filters` of a read on `uid` with every condition that goes through a relation into a row-scoped
 * type also requiring the related row to be in the caller's scope: a filter on rows one may not see
 * matches nothing, so it cannot be used to learn their values.
 */
export function narrowFilters(filters: unknown, uid: string, getModel: ModelLookup, scopeOf: ScopeLookup): unknown {
  if (Array.isArray(filters)) return filters.map((f) => narrowFilters(f, uid, getModel, scopeOf));
  if (!isObj(filters)) return filters;
  const attrs = getModel(uid)?.attributes ?? {};
  const out: Obj = {};
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL.includes(key) || key === '$not') {
      out[key] = narrowFilters(value, uid, getModel, scopeOf);
      continue;
    }
    const attr = attrs[key];
    const target = attr && attr.type !== 'dynamiczone' ? targetOf(attr) : undefined;
    if (!target || !isObj(value)) {
      out[key] = value;
      continue;
    }
    const nested = narrowFilters(value, target, getModel, scopeOf);
    const scope = scopeOf(target);
    out[key] = scope === undefined ? nested : withinScope(scope, nested);
  }
  return out;
}

/** Attribute paths of a sort in any of its forms: `'a.b:desc,c'`, `['a.b:desc']`, `{ a: { b: 'desc' } }`, arrays of those. */
function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string')
    return sort
      .split(',')
      .map((s) => s.trim().split(':')[0].split('.'))
      .filter((p) => p[0]);
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (!isObj(sort)) return [];
  return Object.entries(sort).flatMap(([k, v]) => (isObj(v) ? sortPaths(v).map((p) => [k, ...p]) : [[k]]));
}

/**
 * Refuses a sort that goes through a relation into a row-scoped type of which the caller may not see
 * every row: the order of the results would tell about rows the caller cannot read.
 */
export function assertSortable(sort: unknown, uid: string, getModel: ModelLookup, scopeOf: ScopeLookup): void {
  for (const path of sortPaths(sort)) {
    let at = uid;
    for (const [i, key] of path.entries()) {
      const attr = getModel(at)?.attributes?.[key];
      const target = attr && attr.type !== 'dynamiczone' ? targetOf(attr) : undefined;
      if (!target) break;
      const scope = scopeOf(target);
      if (scope !== undefined && (scope === null || Object.keys(scope).length)) {
        throw new errors.ValidationError(
          `Invalid parameter at 'sort': cannot sort by "${path.join('.')}" (through ${path.slice(0, i + 1).join('.')})`,
        );
      }
      at = target;
    }
  }
}

/** The row-scoped types a read's populate, filters and sort reach (so only their scopes are looked up). */
function scopedTypesReached(params: Obj, uid: string, getModel: ModelLookup): Set<string> {
  const reached = new Set<string>();
  const probe: ScopeLookup = (t) => {
    if (ROW_SCOPED_TYPES.includes(t)) reached.add(t);
    return undefined;
  };
  narrowPopulate(params.populate, uid, getModel, probe);
  narrowFilters(params.filters, uid, getModel, probe);
  assertSortable(params.sort, uid, getModel, probe);
  return reached;
}

const READS = ['findMany', 'findFirst', 'findOne', 'count'];

/** The request being served if it is a content-API (REST) request, not the admin panel's. */
function contentApiRequest(strapi: Core.Strapi) {
  const ctx = strapi.requestContext.get() as
    { state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } }; user?: unknown } } | undefined;
  if (!ctx?.state || ctx.state.route?.info?.type !== 'content-api') return undefined;
  return ctx as { state: { auth?: { strategy?: { name?: string } }; user?: unknown; actor?: Actor } };
}

/**
 * In register(): the rule above as a document-service middleware, for reads made while serving a
 * content-API request (users-permissions users, API tokens, the public). The admin panel, jobs and
 * the domain services' trusted work are not narrowed. A caller without an account or token (the
 * public) sees no row of a scoped type.
 */
export function registerRelationScope(strapi: Core.Strapi) {
  const getModel: ModelLookup = (uid) => strapi.getModel(uid as never) as unknown as ReturnType<ModelLookup>;
  strapi.documents.use(async (context, next) => {
    if (!READS.includes(context.action) || isTrusted()) return next();
    const ctx = contentApiRequest(strapi);
    if (!ctx) return next();
    const params = (context.params ?? {}) as Obj;
    const reached = scopedTypesReached(params, context.uid, getModel);
    if (!reached.size && !params.populate) return next();
    const isPublic = !ctx.state.user && ctx.state.auth?.strategy?.name !== 'api-token';
    const actor = isPublic ? undefined : await actorOf(strapi, ctx);
    const scopes = new Map<string, Scope>();
    for (const t of reached) scopes.set(t, actor ? await scopeFor(strapi, t, actor) : null);
    const scopeOf: ScopeLookup = (t) => (scopes.has(t) ? scopes.get(t)! : undefined);
    if (params.sort !== undefined) assertSortable(params.sort, context.uid, getModel, scopeOf);
    // a copy: the caller's params object may be reused for another caller
    const narrowed: Obj = { ...params };
    if (params.populate !== undefined) narrowed.populate = narrowPopulate(params.populate, context.uid, getModel, scopeOf);
    if (params.filters !== undefined) narrowed.filters = narrowFilters(params.filters, context.uid, getModel, scopeOf);
    context.params = narrowed as typeof context.params;
    return next();
  });
}
