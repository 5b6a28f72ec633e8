import { factories } from '@strapi/strapi';
import type { Modules } from '@strapi/strapi';
import type { Context } from 'koa';
import { type CoreMethods, scopedReads } from '../../../lib/platform/scoped-controller';
import { conflict } from '../../../lib/platform/validation';
import { scopeFor } from '../../../lib/security/access';
import { REPORT_UID as UID, type ReportState } from '../../../lib/reporting/model';
import { review, submission } from '../validation';
import type reportService from '../services/progress-report';

/** The report a workflow route acts on (its `global::visible` policy has answered 404 for a missing one). */
type ReportRow = { documentId: string; state: ReportState };
type ReportChanges = NonNullable<Modules.Documents.ServiceParams<typeof UID>['update']['data']>;

const SUBMITTABLE = ['pending', 'returned'];

/** A 409 naming `state`: the report is valid input's target but its state refuses the step. */
const wrongState = (message: string) => conflict(`state: ${message}`, { field: 'state' });

/**
 * Progress reports over REST. An agency officer lists, reads and submits only the reports of their
 * own agencies' projects (anything else is 404); a complaint officer reads all, accepts, or returns
 * a submitted report with a comment (which re-opens it and emails the responsible officer).
 * Who may submit, and the 404 for a report not the caller's, are the route's policies (routes/01-workflow.ts).
 */
export default factories.createCoreController(UID, ({ strapi }) => {
  const reviews = () => strapi.service(UID) as ReturnType<typeof reportService>;
  const reportOf = (ctx: Context): Promise<ReportRow> =>
    strapi.documents(UID).findOne({ documentId: String(ctx.params.id), fields: ['state'] }) as Promise<ReportRow>;
  const answer = async (self: CoreMethods, ctx: Context, documentId: string, data: Record<string, unknown>) => {
    const updated = await strapi.documents(UID).update({ documentId, data: data as ReportChanges });
    return self.transformResponse(await self.sanitizeOutput(updated, ctx));
  };

  return {
    ...scopedReads(strapi, UID, { scope: (actor) => scopeFor(strapi, UID, actor), notFound: 'progress report not found' }),

    /** POST /progress-reports/:id/submit — the agency officer sends the report. */
    async submit(this: CoreMethods, ctx: Context) {
      const input = await submission(ctx.request.body?.data);
      const report = await reportOf(ctx);
      if (!SUBMITTABLE.includes(report.state)) throw wrongState(`a ${report.state} report cannot be submitted (only pending or returned)`);
      // late and submittedAt are recorded by the reporting guard, src/lib/reporting/guard.ts (first submission decides lateness)
      return answer(this, ctx, report.documentId, { ...input, state: 'submitted', submittedBy: ctx.state.user.id });
    },

    /** POST /progress-reports/:id/accept — a reviewer accepts a submitted report (the rules are the service's). */
    async accept(this: CoreMethods, ctx: Context) {
      const { comment } = await review(ctx.request.body?.data, false);
      const updated = await reviews().accept(String(ctx.params.id), comment);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** POST /progress-reports/:id/return — back to the officer with a comment; re-opens the report. */
    async returnReport(this: CoreMethods, ctx: Context) {
      const { comment } = await review(ctx.request.body?.data, true);
      const updated = await reviews().returnReport(String(ctx.params.id), comment!);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
});
