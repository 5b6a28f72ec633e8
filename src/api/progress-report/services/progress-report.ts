import { factories } from '@strapi/strapi';
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict } from '../../../lib/platform/validation';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { REPORT_UID as UID, type ReportState } from '../../../lib/reporting/model';

type ReportChanges = NonNullable<Modules.Documents.ServiceParams<typeof UID>['update']['data']>;

const REVIEWABLE: readonly ReportState[] = ['submitted', 'accepted'];

/** A 409 naming `state`: the report is valid input's target but its state refuses the step. */
const wrongState = (message: string) => conflict(`state: ${message}`, { field: 'state' });

/**
 * A reviewer's steps on a progress report, one rule for both doors (POST /api/progress-reports/:id/accept
 * and /return, and the admin panel's buttons): which state each is allowed from, and what it writes. The
 * reporting guard (src/lib/reporting/guard.ts) counts a return, stamps the review and e-mails the officer.
 */
export default factories.createCoreService(UID, ({ strapi }) => {
  async function stateOf(documentId: string): Promise<ReportState> {
    const report = await strapi.documents(UID).findOne({ documentId, fields: ['state'] });
    if (!report) throw new errors.NotFoundError('progress report not found');
    return report.state as ReportState;
  }
  /** Trusted: the review stamps are the workflow's, which the admin panel's own edits may not change. */
  const update = (documentId: string, data: Record<string, unknown>) =>
    asTrusted(() => strapi.documents(UID).update({ documentId, data: data as ReportChanges }));

  return {
    /** Accepts a submitted report (409 for any other state, 404 for no report). */
    async accept(documentId: string, comment?: string) {
      const state = await stateOf(documentId);
      if (state !== 'submitted') throw wrongState(`a ${state} report cannot be accepted (only submitted)`);
      return update(documentId, { state: 'accepted', reviewedAt: new Date(), ...(comment ? { reviewerComment: comment } : {}) });
    },

    /** Sends a submitted or accepted report back to the officer with a comment; re-opens it. */
    async returnReport(documentId: string, comment: string) {
      const state = await stateOf(documentId);
      if (!REVIEWABLE.includes(state)) throw wrongState(`a ${state} report cannot be returned (only submitted or accepted)`);
      return update(documentId, { state: 'returned', reviewerComment: comment });
    },
  };
});
