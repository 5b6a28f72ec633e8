import type { Core } from '@strapi/strapi';
import { COMPLAINT_PERSONAL_FIELDS, COMPLAINT_UID } from '../complaints/model';
import { VOLUNTEER_PERSONAL_FIELDS, VOLUNTEER_UID } from '../volunteers/model';
import { ADMIN_USER_UID, USER_UID } from '../platform/model';

/**
 * One rule for every response the admin API sends (Content Manager, media library, history, our own
 * admin routes — whatever the method): the body is read after the handler, each object in it typed by
 * the route's content type and the schema (relations, components, media, `__type` of polymorphic
 * relations; by its keys where nothing else tells), and
 * - every entity of a type with personal data that carries some is handed to `onPersonalData` (the
 *   audit writes one `personal_data.read` per entity);
 * - the attributes of an account (users-permissions user, admin user) the administrator may not read in
 *   the Content Manager are removed, so a relation or populate to accounts shows no e-mail to a role
 *   that has no business with accounts (an admin's own account, and admins' names as the Content
 *   Manager shows an entry's author, stay).
 * New admin routes are covered without new code.
 */

/** Types with personal data and the attributes that hold it. */
const PERSONAL_DATA: Record<string, readonly string[]> = {
  [COMPLAINT_UID]: COMPLAINT_PERSONAL_FIELDS,
  [VOLUNTEER_UID]: VOLUNTEER_PERSONAL_FIELDS,
};
/** Account types: their attributes are shown only to administrators who may read that type. */
const ACCOUNT_TYPES: readonly string[] = [USER_UID, ADMIN_USER_UID];
/** What the Content Manager itself shows of an entry's author ("last update by"): kept for everyone. */
const SHOWN_NAMES: Record<string, readonly string[]> = { [ADMIN_USER_UID]: ['firstname', 'lastname', 'username'] };

/** Keys every entity may carry besides its attributes. */
const SYSTEM_KEYS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'status',
  'createdBy',
  'updatedBy',
  'localizations',
  '__type',
  '__component',
  '__temp_key__',
]);
const MAX_DEPTH = 40;
const READ = 'plugin::content-manager.explorer.read';
const ADMIN_USERS_READ = 'admin::users.read';

interface PersonalDataHit {
  uid: string;
  documentId: string | null;
  label: string | null;
  fields: string[];
}

interface Attribute {
  type: string;
  target?: string;
  component?: string;
}
type Schema = { attributes: Record<string, Attribute> } | undefined;
interface Ability {
  can(action: string, subject: string, field?: string): boolean;
}
type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v);

/** A value that tells something: not empty, not `false`, an object with something in it. */
function present(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false;
  if (Array.isArray(v)) return v.some(present);
  if (isObject(v)) return Object.entries(v).some(([k, x]) => !SYSTEM_KEYS.has(k) && present(x));
  return true;
}

/** The content type the response's top level is made of, when the route says. */
function rootType(strapi: Core.Strapi, ctx: { path: string; params?: Record<string, string> }): string | null {
  const { model, targetField } = ctx.params ?? {};
  if (ctx.path.startsWith('/content-manager/') && model) {
    if (ctx.path.startsWith('/content-manager/relations/') && targetField) {
      const attr = (strapi.getModel(model as never) as Schema)?.attributes[targetField];
      return attr?.target ?? null;
    }
    return strapi.getModel(model as never) ? model : null;
  }
  if (ctx.path.startsWith('/upload/')) return 'plugin::upload.file';
  return null;
}

export function inspectAdminResponse(
  strapi: Core.Strapi,
  ctx: { path: string; params?: Record<string, string>; body: unknown; state: { userAbility?: Ability; user?: { id?: unknown } } },
  /** handed every entity of a type with personal data, to change in place (the privacy masking) */
  onPersonalEntity?: (uid: string, node: Node) => void,
): PersonalDataHit[] {
  const schema = (uid: string): Schema => strapi.getModel(uid as never) as Schema;
  const ability = ctx.state.userAbility;
  const readable = new Map<string, boolean>();
  const mayRead = (uid: string, field: string) => {
    const key = `${uid}|${field}`;
    // admin accounts are also readable with the admin's own permission on them (Settings › Users)
    const may = !!ability?.can(READ, uid, field) || (uid === ADMIN_USER_UID && !!ability?.can(ADMIN_USERS_READ, ADMIN_USER_UID));
    if (!readable.has(key)) readable.set(key, may);
    return readable.get(key)!;
  };
  // Types told apart by keys alone: an object fits a type when each of its keys is an attribute of it.
  const inferable = [...Object.keys(PERSONAL_DATA), ...ACCOUNT_TYPES];
  const infer = (node: Node): string[] => {
    const keys = Object.keys(node).filter((k) => !SYSTEM_KEYS.has(k));
    if (!keys.length) return [];
    return inferable.filter((uid) => {
      const attrs = schema(uid)?.attributes;
      return !!attrs && keys.every((k) => k in attrs);
    });
  };

  const hits = new Map<unknown, PersonalDataHit>();
  const visit = (node: Node, uid: string) => {
    const personal = PERSONAL_DATA[uid];
    if (personal) onPersonalEntity?.(uid, node);
    if (personal) {
      const fields = personal.filter((f) => present(node[f]));
      if (fields.length) {
        const documentId = typeof node.documentId === 'string' ? node.documentId : null;
        const key = documentId ? `${uid}|${documentId}` : node;
        const label = uid === COMPLAINT_UID && typeof node.ticketNumber === 'string' ? node.ticketNumber : null;
        const had = hits.get(key);
        if (had) had.fields = [...new Set([...had.fields, ...fields])];
        else hits.set(key, { uid, documentId, label, fields });
      }
    }
    // the administrator's own account (profile, session) is theirs to see
    const self = uid === ADMIN_USER_UID && node.id !== undefined && node.id === ctx.state.user?.id;
    if (ACCOUNT_TYPES.includes(uid) && !self) {
      const attrs = schema(uid)?.attributes ?? {};
      for (const k of Object.keys(node)) {
        if (k in attrs && !SYSTEM_KEYS.has(k) && !SHOWN_NAMES[uid]?.includes(k) && !mayRead(uid, k)) delete node[k];
      }
    }
  };
  const walk = (value: unknown, uid: string | null, depth: number) => {
    if (depth > MAX_DEPTH || !value || typeof value !== 'object' || Buffer.isBuffer(value)) return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, uid, depth + 1);
      return;
    }
    // JSON only: a stream or a file being sent is not looked into
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return;
    const node = value as Node;
    const own = [node.__type, node.__component].find((t): t is string => typeof t === 'string' && !!schema(t));
    const types = own ? [own] : uid && schema(uid) ? [uid] : infer(node);
    for (const t of types) visit(node, t);
    const attrs = types.length === 1 ? schema(types[0])?.attributes : undefined;
    for (const [k, v] of Object.entries(node)) {
      if (!v || typeof v !== 'object') continue;
      const attr = attrs?.[k];
      const child =
        attr?.type === 'relation'
          ? (attr.target ?? null)
          : attr?.type === 'component'
            ? (attr.component ?? null)
            : attr?.type === 'media'
              ? 'plugin::upload.file'
              : null;
      walk(v, child, depth + 1);
    }
  };
  walk(ctx.body, rootType(strapi, ctx), 0);
  return [...hits.values()];
}
