import fs from 'fs';
import { checkFiles, uploadRules } from './upload-rules';

/** An uploaded file as koa-body (formidable) hands it over. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const SIGNATURES: Array<{ kind: string; test: (b: Buffer) => boolean }> = [
  { kind: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { kind: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { kind: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { kind: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** The file's real type from its first bytes (what it claims to be is not trusted). */
export function sniffType(filepath: string): string | null {
  const fd = fs.openSync(filepath, 'r');
  try {
    const head = Buffer.alloc(12);
    fs.readSync(fd, head, 0, 12, 0);
    return SIGNATURES.find((s) => s.test(head))?.kind ?? null;
  } finally {
    fs.closeSync(fd);
  }
}

export function asFileList(files: unknown): UploadedFile[] {
  if (!files) return [];
  return (Array.isArray(files) ? files : [files]) as UploadedFile[];
}

/**
 * Images (JPEG, PNG, GIF, WebP) or PDF — images only for the field `photos` — at most `max` files of at
 * most `maxBytes` each, judged by their bytes, whose name and declared type agree with the bytes
 * (src/lib/upload-rules.ts). A 400 names `field.i`.
 */
export function validateAttachments(files: UploadedFile[], opts: { max: number; maxBytes: number; field?: string }) {
  const field = opts.field ?? 'attachments';
  const rules = uploadRules();
  const base = field === 'photos' ? rules.photos : rules.attachments;
  checkFiles(files, { ...base, maxFiles: opts.max, maxBytes: opts.maxBytes }, field);
}
