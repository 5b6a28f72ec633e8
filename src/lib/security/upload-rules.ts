import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldErrors, FieldError } from '../platform/validation';
import type { MediaRule } from '../platform/manifest';
import { linkProblems, registerFileOwnership } from './file-ownership';
import { guardMediaLibrary } from './media-library';
import { intEnv } from '../platform/env';

/**
 * What may be uploaded where. Every file is judged by its first bytes (magic numbers), and the name's
 * extension and the declared Content-Type must agree with what the bytes are: a text file named
 * `.png`, or a PNG sent as `application/pdf` or named `.pdf`, is refused with a 400 naming the field
 * (`files.0`, `attachments.1`, …) and nothing is stored.
 *
 * Rules per field (sizes from the environment, README "Configuration"):
 * - complaint `attachments` (public intake, officers) and inspection responses: images or PDF;
 * - field-visit `photos`: images only;
 * - `POST /api/upload` (agency officers' report attachments): images, PDF, Office documents;
 *   no replacing or editing existing files (`?id=`) and no linking to entries (`ref`, `refId`, `field`)
 *   through it — a report links its files itself;
 * - files linked to our types' media fields in the admin panel (the media library) are held to the
 *   same type rules, checked on the stored file's type when the entry is saved.
 */
type Kind = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'application/pdf' | 'office-zip' | 'office-ole';

const SIGNATURES: Array<{ kind: Kind; test: (b: Buffer) => boolean }> = [
  { kind: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { kind: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { kind: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { kind: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { kind: 'office-zip', test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) },
  { kind: 'office-ole', test: (b) => b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) },
];

/** Extension → the kind its bytes must be, and the Content-Types that may be declared for it. */
const EXTENSIONS: Record<string, { kind: Kind; mimes: string[] }> = {
  '.jpg': { kind: 'image/jpeg', mimes: ['image/jpeg', 'image/pjpeg'] },
  '.jpeg': { kind: 'image/jpeg', mimes: ['image/jpeg', 'image/pjpeg'] },
  '.png': { kind: 'image/png', mimes: ['image/png'] },
  '.gif': { kind: 'image/gif', mimes: ['image/gif'] },
  '.webp': { kind: 'image/webp', mimes: ['image/webp'] },
  '.pdf': { kind: 'application/pdf', mimes: ['application/pdf'] },
  '.docx': { kind: 'office-zip', mimes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  '.xlsx': { kind: 'office-zip', mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  '.pptx': { kind: 'office-zip', mimes: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'] },
  '.doc': { kind: 'office-ole', mimes: ['application/msword'] },
  '.xls': { kind: 'office-ole', mimes: ['application/vnd.ms-excel'] },
  '.ppt': { kind: 'office-ole', mimes: ['application/vnd.ms-powerpoint'] },
};

const IMAGES: Kind[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const DOCUMENTS: Kind[] = [...IMAGES, 'application/pdf'];
const OFFICE: Kind[] = [...DOCUMENTS, 'office-zip', 'office-ole'];

export interface UploadRule {
  kinds: Kind[];
  /** for messages */
  describe: string;
  maxFiles: number;
  maxBytes: number;
}

export function uploadRules() {
  const complaintBytes = intEnv('COMPLAINT_ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024);
  const complaintFiles = intEnv('COMPLAINT_ATTACHMENTS_MAX', 5);
  return {
    attachments: {
      kinds: DOCUMENTS,
      describe: 'an image (JPEG, PNG, GIF, WebP) or a PDF',
      maxFiles: complaintFiles,
      maxBytes: complaintBytes,
    },
    photos: { kinds: IMAGES, describe: 'an image (JPEG, PNG, GIF, WebP)', maxFiles: complaintFiles, maxBytes: complaintBytes },
    apiUpload: {
      kinds: OFFICE,
      describe: 'an image (JPEG, PNG, GIF, WebP), a PDF or an Office document (Word, Excel, PowerPoint)',
      maxFiles: intEnv('API_UPLOAD_MAX_FILES', 10),
      maxBytes: intEnv('API_UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
    },
  } satisfies Record<MediaRule, UploadRule>;
}

/** The file's real kind from its first bytes. */
function sniffKind(filepath: string): Kind | null {
  const fd = fs.openSync(filepath, 'r');
  try {
    const head = Buffer.alloc(12);
    fs.readSync(fd, head, 0, 12, 0);
    return SIGNATURES.find((s) => s.test(head))?.kind ?? null;
  } finally {
    fs.closeSync(fd);
  }
}

const GENERIC = ['', 'application/octet-stream', 'binary/octet-stream'];

/** An uploaded file as koa-body (formidable) hands it over. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

/** Why this file breaks the rule, or null. Pure apart from reading the file's first bytes. */
export function fileProblem(f: UploadedFile, rule: UploadRule): string | null {
  const name = f.originalFilename || 'file';
  if (f.size > rule.maxBytes) return `${name} is larger than ${rule.maxBytes} bytes`;
  const kind = sniffKind(f.filepath);
  if (!kind || !rule.kinds.includes(kind)) return `${name} is not ${rule.describe} (judged by its content)`;
  const ext = path.extname(name).toLowerCase();
  const byExt = EXTENSIONS[ext];
  if (!byExt || byExt.kind !== kind) return `${name}: the name's extension "${ext || '(none)'}" does not match the content (${kind})`;
  const declared = String(f.mimetype ?? '')
    .toLowerCase()
    .split(';')[0]
    .trim();
  if (!GENERIC.includes(declared) && !byExt.mimes.includes(declared)) {
    return `${name}: declared as ${declared}, but the content is ${kind}`;
  }
  return null;
}

/** 400 naming `field.i` for every file that breaks the rule; nothing has been stored yet. */
export function checkFiles(files: UploadedFile[], rule: UploadRule, field: string) {
  const problems: FieldError[] = [];
  if (files.length > rule.maxFiles) problems.push({ path: [field], message: `at most ${rule.maxFiles} files` });
  files.forEach((f, i) => {
    const problem = fileProblem(f, rule);
    if (problem) problems.push({ path: [field, String(i)], message: problem });
  });
  if (problems.length) throw fieldErrors(problems);
}

const asList = (files: unknown): UploadedFile[] => (!files ? [] : ((Array.isArray(files) ? files : [files]) as UploadedFile[]));

/**
 * A plugin route as changed here: Strapi also takes `{ name, config }` middlewares, which its
 * RouteConfig type lacks.
 */
export interface PluginRoute {
  method: string;
  path: string;
  handler?: unknown;
  config?: { middlewares?: unknown[] };
}

/** Route middleware for the users-permissions content API's POST /api/upload. */
function apiUploadGuard() {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<void>) => {
    if (ctx.query?.id !== undefined) {
      throw new errors.ForbiddenError('Replacing or editing an existing file is not allowed through the API (id)');
    }
    const body = ctx.request.body ?? {};
    const linking = ['ref', 'refId', 'field', 'path'].filter((k) => body[k] !== undefined);
    if (linking.length) {
      throw fieldErrors(
        linking.map((k) => ({ path: [k], message: 'files are linked to an entry by the entry itself, not by the upload' })),
      );
    }
    checkFiles(asList(ctx.request.files?.files), uploadRules().apiUpload, 'files');
    await next();
  };
}

/** In register(): the guard in front of the upload plugin's content-API upload route. */
export function guardApiUpload(strapi: Core.Strapi): boolean {
  // the admin panel's media library: no linked entry the admin may not read (media-library.ts)
  guardMediaLibrary(strapi);
  const routes = (strapi.plugin('upload').routes as Record<string, { routes: PluginRoute[] }>)['content-api'].routes;
  const route = routes.find((r) => r.method === 'POST' && r.path === '/' && String(r.handler).endsWith('.upload'));
  if (!route) {
    strapi.log.warn('upload rules: POST /api/upload not found; it is not guarded');
    return false;
  }
  route.config ??= {};
  const middlewares = (route.config.middlewares ??= []);
  if (!middlewares.some((m) => (m as { mindUploadGuard?: boolean } | null)?.mindUploadGuard)) {
    const guard = Object.assign(apiUploadGuard(), { mindUploadGuard: true });
    middlewares.unshift(guard);
  }
  return true;
}

/**
 * Media fields of our types (each domain's manifest `mediaFields`), held to the same kinds whoever
 * links the file (the admin panel's media library included). Checked on the stored file's MIME type,
 * which the upload plugin derives from the content; the upload plugin's own `security.allowedTypes`
 * (config/plugins.ts) refuses the rest at upload. And on every media field of our types, declared
 * or not, a file is linked only by its uploader, never away from another entry (file-ownership.ts).
 */
export type MediaFields = Record<string, Record<string, MediaRule>>;
const MIME_OF_KIND: Record<Kind, string[]> = {
  'image/jpeg': ['image/jpeg'],
  'image/png': ['image/png'],
  'image/gif': ['image/gif'],
  'image/webp': ['image/webp'],
  'application/pdf': ['application/pdf'],
  'office-zip': EXTENSIONS['.docx'].mimes.concat(EXTENSIONS['.xlsx'].mimes, EXTENSIONS['.pptx'].mimes),
  'office-ole': EXTENSIONS['.doc'].mimes.concat(EXTENSIONS['.xls'].mimes, EXTENSIONS['.ppt'].mimes),
};

/** One entry of a media value: a file `{ id }` or `{ documentId }`, or a relation's connect/set lists. */
interface MediaRef {
  id?: unknown;
  documentId?: unknown;
  connect?: unknown;
  set?: unknown;
}

/** What the media rules read of a document-service call's params (Strapi types them per action). */
interface Params {
  documentId?: string;
  data?: Record<string, unknown>;
}

/**
 * File ids in a media value as the document service receives it: ids, `{ id }`, document ids and
 * `{ documentId }` (resolved here), connect/set lists.
 */
async function mediaIds(strapi: Core.Strapi, value: unknown): Promise<number[]> {
  const out: number[] = [];
  const documentIds: string[] = [];
  const take = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) out.push(Number(v));
    else if (typeof v === 'string') documentIds.push(v);
    else if (Array.isArray(v)) v.forEach(take);
    else if (typeof v === 'object') {
      const ref = v as MediaRef;
      if (ref.id !== undefined) take(ref.id);
      else if (typeof ref.documentId === 'string') documentIds.push(ref.documentId);
      if (ref.connect) take(ref.connect);
      if (ref.set) take(ref.set);
    }
  };
  take(value);
  if (documentIds.length) {
    const rows = await strapi.db.query('plugin::upload.file').findMany({ where: { documentId: { $in: documentIds } }, select: ['id'] });
    out.push(...rows.map((r: { id: number }) => r.id));
  }
  return out;
}

/**
 * Every media attribute of our content types (`api::…`), declared in a manifest or not: the linking
 * rule holds for all of them, so a new media field is covered without new code; the kind rules hold
 * for the fields a manifest declares.
 */
export function ownedMediaFields(strapi: Core.Strapi, mediaFields: MediaFields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [uid, ct] of Object.entries(
    strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string }> }>,
  )) {
    if (!uid.startsWith('api::')) continue;
    const names = Object.entries(ct.attributes)
      .filter(([, a]) => a.type === 'media')
      .map(([name]) => name);
    const all = [...new Set([...names, ...Object.keys(mediaFields[uid] ?? {})])];
    if (all.length) out[uid] = all;
  }
  return out;
}

export function registerMediaFieldRules(strapi: Core.Strapi, mediaFields: MediaFields) {
  registerFileOwnership(strapi);
  let owned: Record<string, string[]> | undefined;
  strapi.documents.use(async (context, next) => {
    owned ??= ownedMediaFields(strapi, mediaFields);
    const fields = owned[context.uid];
    const data = (context.params as Params | undefined)?.data;
    if (!fields || !data || !['create', 'update'].includes(context.action)) return next();
    const rules = uploadRules();
    const problems: FieldError[] = [];
    for (const field of fields) {
      if (!(field in data)) continue;
      const ids = await mediaIds(strapi, data[field]);
      if (!ids.length) continue;
      const ruleName = mediaFields[context.uid]?.[field];
      if (ruleName) {
        const rule = rules[ruleName];
        const allowed = rule.kinds.flatMap((k) => MIME_OF_KIND[k]);
        const files = await strapi.db
          .query('plugin::upload.file')
          .findMany({ where: { id: { $in: ids } }, select: ['id', 'name', 'mime', 'size'] });
        files.forEach((f: { name: string; mime: string; size: number }) => {
          if (!allowed.includes(String(f.mime).toLowerCase())) {
            problems.push({ path: [field], message: `${f.name} (${f.mime}) is not ${rule.describe}` });
          } else if (Number(f.size) * 1000 > rule.maxBytes * 1.001) {
            problems.push({ path: [field], message: `${f.name} is larger than ${rule.maxBytes} bytes` });
          }
        });
      }
      // who may link which file: its uploader, and no file of another entry (file-ownership.ts)
      problems.push(...(await linkProblems(strapi, { uid: context.uid, documentId: (context.params as Params).documentId, field }, ids)));
    }
    if (problems.length) throw fieldErrors(problems);
    return next();
  });
}
