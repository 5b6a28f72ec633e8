import { factories } from '@strapi/strapi';
import { type CoreMethods, agencyScope, isAgencyOfficer, reportScopeFilter, withFilter } from '../../../lib/reporting/access';
import { parseSubmission, parseReview, SubmissionError } from '../../../lib/reporting/input';

const UID = 'api::progress-report.progress-report';

const SUBMITTABLE = ['pending', 'returned'];
const REVIEWABLE = ['submitted', 'accepted'];

function fail(ctx: any, status: number, name: string, message: string, field?: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: field ? { field } : {} } };
}

/**
 * Progress reports over REST. An agency officer lists, reads and submits only the reports of their
 * own agencies' projects (anything else is 404); a complaint officer reads all, accepts, or returns
 * a submitted report with a comment (which re-opens it and emails the responsible officer).
 */
export default factories.createCoreController(UID, ({ strapi }) => {
  /** The report as the user may see it (scope applied), or null. */
  async function scopedReport(ctx: any, populate: any = { project: true }) {
    const scope = reportScopeFilter(await agencyScope(strapi, ctx.state.user));
    return strapi.documents(UID).findFirst({
      filters: withFilter({ documentId: ctx.params.id }, scope),
      populate,
    } as any);
  }

  return {
    async find(this: CoreMethods, ctx: any) {
      const scope = reportScopeFilter(await agencyScope(strapi, ctx.state.user));
      await this.validateQuery(ctx);
      const query: any = await this.sanitizeQuery(ctx);
      const { results, pagination } = await strapi.service(UID).find({ ...query, filters: withFilter(query.filters, scope) });
      return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
    },

    async findOne(this: CoreMethods, ctx: any) {
      const scope = reportScopeFilter(await agencyScope(strapi, ctx.state.user));
      await this.validateQuery(ctx);
      const query: any = await this.sanitizeQuery(ctx);
      const doc = await strapi.documents(UID).findFirst({ ...query, filters: withFilter({ documentId: ctx.params.id }, scope) });
      if (!doc) return ctx.notFound('progress report not found');
      return this.transformResponse(await this.sanitizeOutput(doc, ctx));
    },

    /** POST /progress-reports/:id/submit — the agency officer sends the report. */
    async submit(this: CoreMethods, ctx: any) {
      if (!(await isAgencyOfficer(strapi, ctx.state.user))) return fail(ctx, 403, 'ForbiddenError', 'only agency reporting officers submit reports');
      const report: any = await scopedReport(ctx);
      if (!report) return ctx.notFound('progress report not found');
      let input;
      try {
        input = parseSubmission((ctx.request as any).body?.data);
      } catch (err) {
        if (err instanceof SubmissionError) return fail(ctx, 400, 'ValidationError', err.message, err.field);
        throw err;
      }
      if (!SUBMITTABLE.includes(report.state)) {
        return fail(ctx, 409, 'ConflictError', `state: a ${report.state} report cannot be submitted (only pending or returned)`, 'state');
      }
      // late and submittedAt are recorded by the lifecycle (first submission decides lateness)
      const updated = await strapi.documents(UID).update({
        documentId: report.documentId,
        data: { ...input, state: 'submitted', submittedBy: ctx.state.user.id } as any,
      });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** POST /progress-reports/:id/accept — a reviewer accepts a submitted report. */
    async accept(this: CoreMethods, ctx: any) {
      const report: any = await scopedReport(ctx);
      if (!report) return ctx.notFound('progress report not found');
      let review;
      try {
        review = parseReview((ctx.request as any).body?.data, false);
      } catch (err) {
        if (err instanceof SubmissionError) return fail(ctx, 400, 'ValidationError', err.message, err.field);
        throw err;
      }
      if (report.state !== 'submitted') {
        return fail(ctx, 409, 'ConflictError', `state: a ${report.state} report cannot be accepted (only submitted)`, 'state');
      }
      const updated = await strapi.documents(UID).update({
        documentId: report.documentId,
        data: { state: 'accepted', reviewedAt: new Date(), ...(review.comment ? { reviewerComment: review.comment } : {}) } as any,
      });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** POST /progress-reports/:id/return — back to the officer with a comment; re-opens the report. */
    async returnReport(this: CoreMethods, ctx: any) {
      const report: any = await scopedReport(ctx);
      if (!report) return ctx.notFound('progress report not found');
      let review;
      try {
        review = parseReview((ctx.request as any).body?.data, true);
      } catch (err) {
        if (err instanceof SubmissionError) return fail(ctx, 400, 'ValidationError', err.message, err.field);
        throw err;
      }
      if (!REVIEWABLE.includes(report.state)) {
        return fail(ctx, 409, 'ConflictError', `state: a ${report.state} report cannot be returned (only submitted or accepted)`, 'state');
      }
      // the lifecycle counts the return, stamps reviewedAt and emails the responsible officer
      const updated = await strapi.documents(UID).update({
        documentId: report.documentId,
        data: { state: 'returned', reviewerComment: review.comment } as any,
      });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
});
