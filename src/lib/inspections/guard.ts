import type { Core } from '@strapi/strapi';
import { documentGuard } from '../platform/trusted-write';
import { fieldErrors } from '../platform/validation';
import { AGENCY_STATE, FINDING_UID } from './model';
import { AGENCY_ONLY, agencyFieldsWritten, type StoredAnswer } from './rules';

/**
 * Findings, whichever way they are written (the REST routes, the admin panel's Content Manager):
 *  - the agency's answer (model.ts AGENCY_RESPONSE_FIELDS) and the move to "responded" come only from the
 *    finding service's /respond, which runs trusted: anyone else setting or changing them gets a 400
 *    naming the field, and nothing is written;
 *  - a move to "reopened" counts the re-open and clears the escalation stamp, for every writer: the chase
 *    keys its reminders by the re-open (a new obligation), and `reopenCount` is counted, never written.
 */
type StoredFinding = StoredAnswer & { id: number; state: string; reopenCount?: number | null };

export function registerInspectionGuard(strapi: Core.Strapi) {
  const stored = (documentId: string): Promise<StoredFinding | null> =>
    strapi.db.query(FINDING_UID).findOne({
      where: { documentId },
      select: ['id', 'state', 'reopenCount', 'agencyResponse', 'respondedAt'],
      populate: { respondedBy: { select: ['id', 'documentId'] }, responseAttachments: { select: ['id', 'documentId'] } },
    });

  strapi.documents.use(
    documentGuard(
      [FINDING_UID],
      async (context, next) => {
        if (context.action !== 'create' && context.action !== 'update') return next();
        const data = context.params.data;
        if (!data) return next();
        const current = context.action === 'update' && context.params.documentId ? await stored(context.params.documentId) : null;
        const problems: { path: string[]; message: string }[] = agencyFieldsWritten(data, current).map((f) => ({
          path: [f],
          message: AGENCY_ONLY,
        }));
        if (data.state === AGENCY_STATE && current?.state !== AGENCY_STATE) problems.push({ path: ['state'], message: AGENCY_ONLY });
        if (problems.length) throw fieldErrors(problems);
        return next();
      },
      { skipTrusted: true },
    ),
  );

  strapi.documents.use(
    documentGuard(
      [FINDING_UID],
      async (context, next) => {
        const { documentId, data } = context.params;
        if (!data || !('reopenCount' in data || data.state === 'reopened')) return next();
        if (context.action === 'create') data.reopenCount = 0;
        if (context.action !== 'update' || !documentId) return next();
        const current = await strapi.db.query(FINDING_UID).findOne({ where: { documentId }, select: ['state', 'reopenCount'] });
        data.reopenCount = current?.reopenCount ?? 0;
        if (current && data.state === 'reopened' && current.state !== 'reopened') {
          data.reopenCount++;
          data.escalatedAt = null;
        }
        return next();
      },
      { skipTrusted: false },
    ),
  );
}
