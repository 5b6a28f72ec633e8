import type { Core } from '@strapi/strapi';
import type { Actor } from '../platform/actor';
import { conflict, fieldErrors } from '../platform/validation';
import { COMPLAINT_UPDATE_UID } from './model';

/**
 * A field visit recorded once, however often a phone sends it (the staff app queues visits made
 * without signal and sends them when the connection returns; a reply lost on the way makes it send
 * again).
 *
 * POST /api/complaints/:id/field-visits takes an optional `Idempotency-Key` header (8–100 letters,
 * digits, `-` or `_`; the app sends a UUID made when the visit is recorded). The key is the caller's
 * own: it is stored with the visit as `user:<id>:<key>` in a unique column, so
 * - the same key from the same user returns the first visit (200, same documentId) and stores nothing
 *   (no second entry, no second upload), also when two requests race: the second insert fails on the
 *   unique index and is answered with the first;
 * - the same key from another user is another visit (keys are not shared between accounts);
 * - the same key from the same user for another complaint is a 409 (the key names one visit).
 * The replay answers with the first visit as stored, whatever the second request's body says.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** The header's key, undefined when absent; a 400 naming the header when malformed. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (!KEY.test(header)) {
    throw fieldErrors([{ path: [IDEMPOTENCY_HEADER], message: 'must be 8 to 100 letters, digits, "-" or "_" (a UUID)' }]);
  }
  return header;
}

/** The key as stored: scoped to the caller (an API token, which has no user, has its own space). */
export function storedKey(actor: Actor, key: string): string {
  return `${actor.userId !== undefined ? `user:${actor.userId}` : 'token'}:${key}`;
}

/**
 * The visit stored under `stored`, populated as the route answers it; null when there is none. A
 * visit under this key on another complaint than `complaintDocumentId` is a 409.
 */
export async function visitByKey(strapi: Core.Strapi, stored: string, complaintDocumentId: string) {
  const [found] = await strapi.documents(COMPLAINT_UPDATE_UID).findMany({
    filters: { idempotencyKey: stored },
    populate: { attachments: { fields: ['name', 'url', 'mime', 'size'] }, complaint: { fields: ['documentId'] } },
    limit: 1,
  });
  if (!found) return null;
  if ((found.complaint as { documentId?: string } | null)?.documentId !== complaintDocumentId) {
    throw conflict(`${IDEMPOTENCY_HEADER} was already used for a field visit to another complaint`, { field: IDEMPOTENCY_HEADER });
  }
  return found;
}

/** A write refused by a unique index (SQLite, PostgreSQL) or by Strapi's own unique check. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string; details?: { errors?: Array<{ message?: string }> } } | null;
  return (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT' ||
    e?.code === '23505' ||
    /unique/i.test(e?.message ?? '') ||
    !!e?.details?.errors?.some((x) => /unique/i.test(x.message ?? ''))
  );
}
