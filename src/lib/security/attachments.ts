import { checkFiles, uploadRules, type UploadedFile } from './upload-rules';

export function asFileList(files: unknown): UploadedFile[] {
  if (!files) return [];
  return (Array.isArray(files) ? files : [files]) as UploadedFile[];
}

/**
 * Images (JPEG, PNG, GIF, WebP) or PDF — images only for the field `photos` — at most `max` files of at
 * most `maxBytes` each, judged by their bytes, whose name and declared type agree with the bytes
 * (src/lib/security/upload-rules.ts). A 400 names `field.i`.
 */
export function validateAttachments(files: UploadedFile[], opts: { max: number; maxBytes: number; field?: string }) {
  const field = opts.field ?? 'attachments';
  const rules = uploadRules();
  const base = field === 'photos' ? rules.photos : rules.attachments;
  checkFiles(files, { ...base, maxFiles: opts.max, maxBytes: opts.maxBytes }, field);
}
