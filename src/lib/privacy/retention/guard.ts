import type { Core } from '@strapi/strapi';
import { documentGuard } from '../../platform/trusted-write';
import { fieldErrors } from '../../platform/validation';
import { PURGE_BATCH_UID } from './batch';

/** Every field of a batch: written by the job (proposal, purge) and the approve/reject routes only. */
const SYSTEM_FIELDS = ['state', 'asOf', 'counts', 'items', 'report', 'decidedAt', 'decidedBy', 'purgedAt', 'purgedCounts'] as const;
/** What only a decision or the purge writes. */
const DECISION_FIELDS = ['state', 'decidedAt', 'decidedBy', 'purgedAt', 'purgedCounts'] as const;

/** A value as stored, comparable across a Content Manager form's round trip (dates, JSON key order). */
function canonical(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (v instanceof Date) return String(v.getTime());
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return String(Date.parse(v));
  if (typeof v === 'object') {
    const sort = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(sort)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.keys(x as object)
                .sort()
                .map((k) => [k, sort((x as Record<string, unknown>)[k])]),
            )
          : x;
    return JSON.stringify(sort(v));
  }
  return String(v);
}

/**
 * A purge batch is decided only through approve/reject (who decided, audited) and purged only by the
 * job: a Content Manager write that would change any of its fields (state, decision, report, ids) is
 * a 400 naming them. The form saved back unchanged passes; the domain's own writes run trusted.
 */
export function registerPurgeBatchGuard(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [PURGE_BATCH_UID],
      async (context, next) => {
        const data = context.params.data;
        if ((context.action !== 'create' && context.action !== 'update') || !data) return next();
        // a new batch can only be a proposal; its records are still checked against their rule when purged
        const before: Record<string, unknown> | null =
          context.action === 'create'
            ? { state: 'proposed' }
            : context.params.documentId
              ? await strapi.db.query(PURGE_BATCH_UID).findOne({ where: { documentId: context.params.documentId } })
              : null;
        const fields = context.action === 'create' ? DECISION_FIELDS : SYSTEM_FIELDS;
        const changed = (fields as readonly string[]).filter((f) => f in data && canonical(data[f]) !== canonical(before?.[f]));
        if (changed.length)
          throw fieldErrors(
            changed.map((f) => ({
              path: [f],
              message:
                f === 'state' || f === 'decidedAt' || f === 'decidedBy'
                  ? 'decided only by approving or rejecting the batch (POST /admin/mind-privacy/purge-batches/:id/approve or /reject)'
                  : 'written by the propose-purge job only',
            })),
          );
        return next();
      },
      { skipTrusted: true },
    ),
  );
}
