import fs from 'fs';
import path from 'path';
import { errors } from '@strapi/utils';
import { rateLimits } from '../complaints/config';
import { intEnv } from '../platform/env';

/**
 * Multipart (file-carrying) request bodies. Strapi's body parser (koa-body with formidable) runs
 * before routing and writes every file part to disk; so:
 * - only the routes below may receive multipart bodies at all (everything else: 415, before a
 *   byte of the body is read), and only in the fields named there;
 * - files go to a directory we own (MULTIPART_TMP_DIR), within the limits below;
 * - the `global::multipart` middleware removes every file of the request when it ends, whatever
 *   the outcome (success, 4xx, 5xx, client gone).
 */

interface MultipartRoute {
  method: 'POST' | 'PUT';
  /** request path as the client sends it, `:name` for one segment */
  path: string;
  /** fields that may carry files (other fields: text only) */
  fileFields: string[];
  /** callable without login; the others' bodies are not read from a request without credentials */
  anonymous?: true;
  /** the route's own `global::rate-limit` (same key): a client over it gets 429 before its body is read */
  rateLimit?: { key: string; limits: () => { points: number; durationSeconds: number } };
}

/** The one list of routes that take files. A route that reads ctx.request.files must be here. */
export const MULTIPART_ROUTES: MultipartRoute[] = [
  // content API (prefix /api)
  {
    method: 'POST',
    path: '/api/public/complaints',
    fileFields: ['attachments'],
    anonymous: true,
    // as in src/api/public-complaint/routes/public-complaint.ts
    rateLimit: { key: 'public-intake', limits: () => rateLimits().intake },
  },
  { method: 'POST', path: '/api/complaints', fileFields: ['attachments'] },
  { method: 'POST', path: '/api/complaints/:id/field-visits', fileFields: ['photos'] },
  { method: 'POST', path: '/api/inspection-findings/:id/respond', fileFields: ['attachments'] },
  { method: 'POST', path: '/api/upload', fileFields: ['files'] },
  // admin panel: media library (upload plugin, prefix /upload) and the application logos
  { method: 'POST', path: '/upload', fileFields: ['files'] },
  { method: 'POST', path: '/upload/files', fileFields: ['files'] },
  { method: 'PUT', path: '/upload/files/:id', fileFields: [] },
  { method: 'POST', path: '/upload/files/:id/replace', fileFields: ['files'] },
  { method: 'POST', path: '/admin/project-settings', fileFields: ['menuLogo', 'authLogo'] },
];

/** Limits of one multipart request, from the environment (see README, "Configuration"). */
export function multipartLimits() {
  return {
    /** all files of one request together (formidable 2 counts maxFileSize over the whole request) */
    maxTotalFileBytes: intEnv('MULTIPART_MAX_BYTES', intEnv('UPLOAD_MAX_BYTES', 50 * 1024 * 1024, 1), 1),
    maxFiles: intEnv('MULTIPART_MAX_FILES', 20, 1),
    maxFields: intEnv('MULTIPART_MAX_FIELDS', 50, 1),
    maxFieldsBytes: intEnv('MULTIPART_MAX_FIELDS_BYTES', 2 * 1024 * 1024, 1),
    dir: path.resolve(process.env.MULTIPART_TMP_DIR || path.join('.tmp', 'multipart')),
  };
}

const compiled = MULTIPART_ROUTES.map((r) => ({
  ...r,
  // koa-router matches case-insensitively and with an optional trailing slash: so do we
  re: new RegExp(`^${r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+')}/?$`, 'i'),
}));

/** The declared multipart route `method path` falls under, or null. */
export function multipartRouteFor(method: string, urlPath: string): MultipartRoute | null {
  const m = method.toUpperCase();
  return compiled.find((r) => r.method === m && r.re.test(urlPath)) ?? null;
}

/** What formidable writes for one file part (the fields of its PersistentFile we use). */
interface TempFile {
  filepath: string;
  _writeStream?: fs.WriteStream | null;
}

interface RequestFiles {
  route: MultipartRoute;
  files: TempFile[];
}

/**
 * Files being written per request. Keyed by the request's headers object: formidable keeps a
 * reference to it (form.headers) and its fileBegin handler gets nothing else of the request.
 */
const inFlight = new WeakMap<object, RequestFiles>();

/** Starts tracking the files of a request to `route`; returns the list to clean up. */
export function trackRequest(headers: object, route: MultipartRoute): TempFile[] {
  const entry = { route, files: [] };
  inFlight.set(headers, entry);
  return entry.files;
}

interface Form {
  headers: object;
  _error(err: Error): void;
}

/**
 * formidable's `fileBegin` (called before the file is opened): records the file for clean-up and
 * stops the parse on a field that takes no files or one file too many. The file is still opened
 * by formidable after this returns; the clean-up removes it.
 */
function onFileBegin(this: Form, field: string, file: TempFile) {
  const entry = inFlight.get(this.headers);
  if (!entry) {
    // not through `global::multipart` (it tracks every multipart request): refuse rather than leak
    this._error(new errors.ValidationError('multipart body not accepted here'));
    return;
  }
  entry.files.push(file);
  const { maxFiles } = multipartLimits();
  if (!entry.route.fileFields.includes(field)) {
    const takes = entry.route.fileFields.length ? `files only in: ${entry.route.fileFields.join(', ')}` : 'no files';
    this._error(
      new errors.ValidationError(`${field}: unexpected file field; this route takes ${takes}`, {
        errors: [{ path: [field], message: `unexpected file field; this route takes ${takes}`, name: 'ValidationError' }],
      }),
    );
  } else if (entry.files.length > maxFiles) {
    this._error(new errors.PayloadTooLargeError(`${field}: at most ${maxFiles} files per request`));
  }
}

/** Options of `strapi::body` (koa-body 6 + formidable 2), read at each start. */
export function bodyConfig() {
  const limits = multipartLimits();
  return {
    multipart: true,
    formidable: {
      uploadDir: limits.dir,
      maxFileSize: limits.maxTotalFileBytes,
      maxFields: limits.maxFields,
      maxFieldsSize: limits.maxFieldsBytes,
      onFileBegin,
    },
  };
}

/** Removes one temporary file, once formidable has let go of it. */
async function removeTempFile(file: TempFile) {
  const stream = file._writeStream;
  if (stream && !stream.closed) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      stream.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      stream.destroy();
    });
  }
  if (file.filepath) await fs.promises.rm(file.filepath, { force: true });
}

/** Every temporary file of a request: those formidable began and those it handed over, under any field. */
export async function removeTempFiles(tracked: TempFile[], parsed: unknown) {
  const all = new Set<TempFile>(tracked);
  for (const value of Object.values((parsed ?? {}) as Record<string, unknown>)) {
    for (const f of Array.isArray(value) ? value : [value]) {
      if (f && typeof (f as TempFile).filepath === 'string') all.add(f as TempFile);
    }
  }
  await Promise.all([...all].map((f) => removeTempFile(f).catch(() => undefined)));
}

/** Creates the directory (private to this user) and removes what a crashed process left there. */
export function prepareTempDir(dir: string, staleAfterMs = 60 * 60 * 1000) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      const st = fs.statSync(file);
      // other instances on this host may share the directory: only files no request can still own
      if (st.isFile() && now - st.mtimeMs > staleAfterMs) fs.rmSync(file, { force: true });
    } catch {
      // gone meanwhile
    }
  }
}
