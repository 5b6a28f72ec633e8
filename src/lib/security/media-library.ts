import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldErrors } from '../platform/validation';

/**
 * The admin panel's upload API (the media library: /upload/files, /upload/files/:id, /upload/folders,
 * …) answers with a file's `related` entries when asked to populate them, whatever their type: an
 * admin with media-library access but no complaint access would read complainants through a photo's
 * links. Strapi's media-library permission says nothing of the linked types, so for every admin but
 * a super admin, on every admin route of the upload plugin:
 *
 * - `related` may be populated only on the files asked for, as it is (`populate[related]=true`,
 *   `*`): no filters, fields, counts or nested populate under it, not under a folder's files, and it
 *   may not appear in `filters`, `sort` or `fields` (no asking "which file belongs to the complaint
 *   of …");
 * - a `related` entry is answered only if the admin's roles may read that entry in the Content
 *   Manager (`plugin::content-manager.explorer.read` on its type, conditions included), with the
 *   fields they may read there, and only its own scalar fields: nothing linked to it, at any depth;
 * - renaming, replacing or deleting (one, in bulk, or with its folder) a file is refused (403) for a
 *   citizen's, an agency's or a team's upload (file-ownership.ts records who uploaded what), and for
 *   a file attached to an entry the admin may not edit in the Content Manager.
 */
const CM_READ = 'plugin::content-manager.explorer.read';
const SUPER_ADMIN = 'strapi-super-admin';
const SHALLOW = [true, 'true', '*'];
const KEPT = ['id', 'documentId', '__type', 'locale', 'publishedAt', 'createdAt', 'updatedAt'];

type Ability = { can: (action: string, subject: unknown) => boolean };
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** True when `related` appears anywhere in a query parameter (object keys or dotted strings). */
function mentionsRelated(value: unknown): boolean {
  if (typeof value === 'string') return value.split(/[.,]/).some((s) => s.trim() === 'related');
  if (Array.isArray(value)) return value.some(mentionsRelated);
  if (isObject(value)) return Object.entries(value).some(([k, v]) => k === 'related' || mentionsRelated(v));
  return false;
}

/**
 * True when a populate asks for more than a file's own `related` (anything under it), or for
 * `related` under another relation (a folder's files: ask /upload/files instead).
 */
function populatesUnderRelated(value: unknown): boolean {
  if (typeof value === 'string') return value.split(',').some((s) => s.trim() !== 'related' && mentionsRelated(s));
  if (Array.isArray(value)) return value.some(populatesUnderRelated);
  if (isObject(value)) {
    return Object.entries(value).some(([k, v]) => (k === 'related' ? !SHALLOW.includes(v as never) : mentionsRelated(v)));
  }
  return false;
}

/** 400 naming the parameter when the query reaches into files' linked entries. */
function checkMediaQuery(query: Json | undefined) {
  const problems = ['filters', 'sort', 'fields']
    .filter((k) => mentionsRelated(query?.[k]))
    .map((k) => ({ path: [k], message: 'media may not be filtered, sorted or selected by the entries they are attached to' }));
  if (populatesUnderRelated(query?.populate)) {
    problems.push({
      path: ['populate'],
      message: "a file's linked entries may be populated only on /upload/files, as they are (related=true)",
    });
  }
  if (problems.length) throw fieldErrors(problems);
}

type PermissionsManager = {
  isAllowed: boolean;
  toSubject: (entity: unknown, uid?: string) => unknown;
  sanitizeOutput: (entity: unknown) => Promise<Json>;
};

/** A `related` entry as this admin may see it, or null. */
async function visibleEntry(strapi: Core.Strapi, ability: Ability, entry: Json): Promise<Json | null> {
  const uid = typeof entry.__type === 'string' ? entry.__type : null;
  const model = uid
    ? (strapi.getModel(uid as never) as unknown as { attributes: Record<string, { type: string }> } | undefined)
    : undefined;
  if (!uid || !model || !uid.startsWith('api::')) return null;
  const pm = strapi.service('admin::permission').createPermissionsManager({ ability, action: CM_READ, model: uid }) as PermissionsManager;
  if (!pm.isAllowed || !ability.can(CM_READ, pm.toSubject(entry))) return null;
  const sanitized = await pm.sanitizeOutput(entry);
  const scalar = (k: string) =>
    KEPT.includes(k) || (model.attributes[k] && !['relation', 'media', 'component', 'dynamiczone'].includes(model.attributes[k].type));
  return Object.fromEntries(Object.entries({ ...sanitized, __type: uid }).filter(([k, v]) => scalar(k) && !isObject(v)));
}

/** The answer with every file's `related` entries narrowed to what this admin may read. */
async function scrubRelated(strapi: Core.Strapi, ability: Ability, body: unknown): Promise<unknown> {
  if (Array.isArray(body)) return Promise.all(body.map((b) => scrubRelated(strapi, ability, b)));
  if (!isObject(body)) return body;
  const out: Json = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === 'related' && Array.isArray(v)) {
      const entries = await Promise.all(v.map((e) => (isObject(e) ? visibleEntry(strapi, ability, e) : null)));
      out[k] = entries.filter((e) => e !== null);
    } else if (k === 'related' && v !== null && v !== undefined) {
      out[k] = undefined;
    } else {
      out[k] = await scrubRelated(strapi, ability, v);
    }
  }
  return out;
}

interface AdminState {
  user?: { roles?: Array<{ code?: string }> };
  userAbility?: Ability;
}

interface GuardCtx {
  method?: string;
  query?: Json;
  params?: Json;
  request?: { body?: unknown };
  state: AdminState;
  body?: unknown;
}

const CHANGES = ['PUT', 'POST', 'DELETE'];
const CM_UPDATE = 'plugin::content-manager.explorer.update';

/** Ids of the existing files a call would change or delete (rename, replace, delete, bulk delete). */
async function filesChanged(strapi: Core.Strapi, path: string, ctx: GuardCtx): Promise<number[]> {
  const ids: unknown[] = [];
  const body = (isObject(ctx.request?.body) ? ctx.request?.body : {}) as Json;
  if (path.startsWith('/files/:id') && ctx.params?.id !== undefined) ids.push(ctx.params.id);
  if (path === '/' && ctx.query?.id !== undefined) ids.push(ctx.query.id);
  if (Array.isArray(body.fileIds)) ids.push(...body.fileIds);
  if (Array.isArray(body.updates)) ids.push(...body.updates.map((u) => (isObject(u) ? u.id : undefined)));
  if (Array.isArray(body.folderIds) && path === '/actions/bulk-delete' && body.folderIds.length) {
    // deleting a folder deletes every file under it (the content API's uploads share one folder)
    const folders = await strapi.db
      .query('plugin::upload.folder')
      .findMany({ where: { id: { $in: body.folderIds.map(Number).filter(Number.isFinite) } }, select: ['path'] });
    for (const f of folders as Array<{ path: string }>) {
      const under = await strapi.db
        .query('plugin::upload.file')
        .findMany({ where: { $or: [{ folderPath: f.path }, { folderPath: { $startsWith: `${f.path}/` } }] }, select: ['id'] });
      ids.push(...under.map((r: { id: number }) => r.id));
    }
  }
  return [...new Set(ids.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
}

/**
 * A limited admin changes or deletes only media-library files: not a citizen's, an agency's or a
 * team's upload (evidence kept with its entry), nor a file attached to an entry they may not edit.
 */
async function checkChanges(strapi: Core.Strapi, ability: Ability, ids: number[]) {
  if (!ids.length) return;
  const files: Array<{ id: number; uploaderKind?: string | null; createdBy?: { id: number } | null; related?: Json[] }> = await strapi.db
    .query('plugin::upload.file')
    .findMany({ where: { id: { $in: ids } }, select: ['id', 'uploaderKind'], populate: { createdBy: { select: ['id'] }, related: true } });
  for (const f of files) {
    const origin = f.uploaderKind ?? (f.createdBy ? 'admin' : null);
    if (origin !== 'admin')
      throw new errors.ForbiddenError(`file ${f.id} was not uploaded through the media library; it is kept with its entry`);
    const locked = (f.related ?? []).map((e) => String(e.__type)).find((uid) => !ability.can(CM_UPDATE, uid));
    if (locked) throw new errors.ForbiddenError(`file ${f.id} is attached to an entry (${locked}) you may not edit`);
  }
}

/** Route middleware for the upload plugin's admin routes. */
function mediaLibraryGuard(strapi: Core.Strapi, route: Route) {
  return async (ctx: GuardCtx, next: () => Promise<void>) => {
    const superAdmin = (ctx.state.user?.roles ?? []).some((r) => r.code === SUPER_ADMIN);
    const ability = ctx.state.userAbility ?? { can: () => false };
    if (!superAdmin) {
      checkMediaQuery(ctx.query);
      if (CHANGES.includes(String(route.method).toUpperCase()))
        await checkChanges(strapi, ability, await filesChanged(strapi, String(route.path), ctx));
    }
    await next();
    if (superAdmin || ctx.body === undefined || ctx.body === null) return;
    // no ability (a route without admin authentication): no linked entry at all
    ctx.body = await scrubRelated(strapi, ability, ctx.body);
  };
}

interface Route {
  method?: string;
  path?: string;
  config?: { middlewares?: unknown[] };
}

/** In register(): the guard on every admin route of the upload plugin. Returns how many it guards. */
export function guardMediaLibrary(strapi: Core.Strapi): number {
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { type?: string; routes: Route[] }>;
  let guarded = 0;
  for (const router of Object.values(routers)) {
    if (router.type !== 'admin') continue;
    for (const route of router.routes) {
      route.config ??= {};
      const middlewares = (route.config.middlewares ??= []);
      if (middlewares.some((m) => (m as { mindMediaLibraryGuard?: boolean } | null)?.mindMediaLibraryGuard)) continue;
      middlewares.unshift(Object.assign(mediaLibraryGuard(strapi, route), { mindMediaLibraryGuard: true }));
      guarded++;
    }
  }
  if (!guarded) strapi.log.warn('media library: no admin route of the upload plugin found; `related` is not narrowed');
  return guarded;
}
