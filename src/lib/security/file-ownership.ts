import type { Core } from '@strapi/strapi';
import type { FieldError } from '../platform/validation';

/**
 * Who uploaded each file, recorded when the upload plugin creates it, and the one rule for linking a
 * file to a media field of ours (src/lib/security/upload-rules.ts `registerMediaFieldRules` applies
 * it to every media field of our types, declared in a manifest or not, whoever writes: the REST API,
 * the Content Manager, our services while serving a request):
 *
 * - a file already on the same entry (any of its locales or draft/published versions) stays;
 * - a file uploaded while serving this very request may be linked (a complaint's intake, a field
 *   visit, a finding's response upload and link their own files);
 * - a file linked to any other entry is refused: linking it would hand it to that entry's readers;
 * - otherwise only its uploader may link it: a users-permissions user their own uploads; an admin
 *   their own and the media library's other files (uploaded by an admin) that their roles may read.
 *   A citizen's, an agency's or a team's upload is never linked by someone else, and an anonymous
 *   caller (or an API token) links only what it uploads in the same request.
 *
 * Calls outside any request (jobs, the demo, start-up) are the code's own and are not held to it.
 */
export const FILE_UID = 'plugin::upload.file';

export type UploaderKind = 'admin' | 'user' | 'token' | 'public' | 'system';

/** The attributes added to `plugin::upload.file`: private (never in a REST answer), not editable. */
const OWNERSHIP_ATTRIBUTES = {
  uploaderKind: {
    type: 'enumeration',
    enum: ['admin', 'user', 'token', 'public', 'system'],
    private: true,
    configurable: false,
    writable: false,
    visible: false,
  },
  uploaderId: { type: 'integer', private: true, configurable: false, writable: false, visible: false },
} as const;

/** Ids of the files created while serving the current request. */
const UPLOADS = Symbol.for('mind-desk.request-uploads');

interface RequestState {
  user?: { id?: number; roles?: Array<{ code?: string }> };
  auth?: { strategy?: { name?: string }; credentials?: { id?: number } | null };
  userAbility?: { can: (action: string, subject: unknown, field?: string) => boolean };
  [UPLOADS]?: Set<number>;
}

function requestState(strapi: Core.Strapi): RequestState | undefined {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  return ctx ? (ctx.state ??= {}) : undefined;
}

/** Who is calling, as the upload record and the linking rule see it. */
function uploaderOf(state: RequestState | undefined): { kind: UploaderKind; id: number | null } {
  if (!state) return { kind: 'system', id: null };
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'admin' && state.user?.id !== undefined) return { kind: 'admin', id: state.user.id };
  if (strategy === 'users-permissions' && state.user?.id !== undefined) return { kind: 'user', id: state.user.id };
  if (strategy && /token/.test(strategy)) return { kind: 'token', id: state.auth?.credentials?.id ?? null };
  return { kind: 'public', id: null };
}

/**
 * In register(): the upload record's two attributes (before the database schema is synced) and the
 * lifecycle that fills them for every file the upload plugin creates, whoever's request it serves.
 */
export function registerFileOwnership(strapi: Core.Strapi) {
  const file = strapi.contentType(FILE_UID) as unknown as { attributes: Record<string, unknown> };
  file.attributes = { ...file.attributes, ...OWNERSHIP_ATTRIBUTES };

  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    beforeCreate(event) {
      const data = (event.params.data ?? {}) as Record<string, unknown>;
      const who = uploaderOf(requestState(strapi));
      data.uploaderKind = who.kind;
      data.uploaderId = who.id;
      event.params.data = data;
    },
    afterCreate(event) {
      const state = requestState(strapi);
      const id = (event.result as { id?: number } | undefined)?.id;
      if (state && id !== undefined) (state[UPLOADS] ??= new Set()).add(id);
    },
  });
}

interface MorphLinkTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
}

/** Where each of `ids` is linked: the `related` morph table of the upload plugin. */
async function linksOf(strapi: Core.Strapi, ids: number[]) {
  const meta = strapi.db.metadata.get(FILE_UID) as unknown as { attributes: { related: { joinTable: MorphLinkTable } } };
  const join = meta.attributes.related.joinTable;
  // inside the caller's transaction when there is one (a complaint's intake): SQLite has one connection
  const rows: Array<Record<string, unknown>> = await strapi.db.transaction(({ trx }) =>
    trx(join.name)
      .select(join.joinColumn.name, join.morphColumn.idColumn.name, join.morphColumn.typeColumn.name)
      .whereIn(join.joinColumn.name, ids),
  );
  return rows.map((r) => ({
    file: Number(r[join.joinColumn.name]),
    id: Number(r[join.morphColumn.idColumn.name]),
    type: String(r[join.morphColumn.typeColumn.name]),
  }));
}

interface StoredFile {
  id: number;
  name: string;
  uploaderKind?: UploaderKind | null;
  uploaderId?: number | null;
  createdBy?: { id: number } | null;
}

const SUPER_ADMIN = 'strapi-super-admin';

/**
 * Problems, naming `field`, with linking `ids` to `field` of `uid` #documentId (absent on create) for
 * the caller of the current request; none outside a request.
 */
export async function linkProblems(
  strapi: Core.Strapi,
  target: { uid: string; documentId?: string; field: string },
  ids: number[],
): Promise<FieldError[]> {
  const state = requestState(strapi);
  if (!state || !ids.length) return [];
  const caller = uploaderOf(state);
  const uploadedNow = state[UPLOADS] ?? new Set<number>();
  const files: StoredFile[] = await strapi.db.query(FILE_UID).findMany({
    where: { id: { $in: ids } },
    select: ['id', 'name', 'uploaderKind', 'uploaderId'],
    populate: { createdBy: { select: ['id'] } },
  });
  const sameEntry = target.documentId
    ? (await strapi.db.query(target.uid as never).findMany({ where: { documentId: target.documentId }, select: ['id'] })).map(
        (r: { id: number }) => r.id,
      )
    : [];
  const links = await linksOf(strapi, ids);
  const onThisEntry = (fileId: number) => links.some((l) => l.file === fileId && l.type === target.uid && sameEntry.includes(l.id));
  const elsewhere = (fileId: number) => links.some((l) => l.file === fileId && !(l.type === target.uid && sameEntry.includes(l.id)));
  const superAdmin = caller.kind === 'admin' && (state.user?.roles ?? []).some((r) => r.code === SUPER_ADMIN);

  const problems: FieldError[] = [];
  const refuse = (message: string) => problems.push({ path: [target.field], message });
  for (const id of [...new Set(ids)]) {
    const f = files.find((x) => x.id === id);
    if (!f) {
      refuse(`file ${id} does not exist`);
      continue;
    }
    if (onThisEntry(id) || uploadedNow.has(id)) continue;
    if (elsewhere(id)) {
      refuse(`file ${id} is attached to another entry; upload it again to attach it here`);
      continue;
    }
    // files stored before uploads were recorded: the plugin stamps createdBy for admin uploads only
    const origin = f.uploaderKind ?? (f.createdBy ? 'admin' : null);
    const uploaderId = f.uploaderKind ? f.uploaderId : (f.createdBy?.id ?? null);
    if (caller.kind === 'user' && origin === 'user' && uploaderId === caller.id) continue;
    if (caller.kind === 'admin' && origin === 'admin' && (superAdmin || uploaderId === caller.id || mayReadFile(strapi, state, f)))
      continue;
    refuse(`file ${id} is not an upload of yours`);
  }
  return problems;
}

/** The admin's media-library read permission on this file, conditions (e.g. "is creator") included. */
function mayReadFile(strapi: Core.Strapi, state: RequestState, f: StoredFile): boolean {
  if (!state.userAbility) return false;
  const pm = strapi.service('admin::permission').createPermissionsManager({
    ability: state.userAbility,
    action: 'plugin::upload.read',
    model: FILE_UID,
  });
  return pm.ability.can('plugin::upload.read', pm.toSubject({ ...f, createdBy: f.createdBy ?? null }));
}
