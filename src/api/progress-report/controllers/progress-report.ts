import { factories } from '@strapi/strapi';
import { type CoreMethods, agencyScope, isAgencyOfficer, reportScopeFilter, withFilter } from '../../../lib/reporting-access';
import { parseSubmission, parseReview, SubmissionError } from '../../../lib/progress-report-input';
import { enqueue } from '../../../lib/outbox';
import { formatDate } from '../../../lib/thai-date';

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
  async function scopedReport(ctx: any, populate: any = { project: { populate: ['agency'] } }) {
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
      if (!SUBMITTABLE.includes(report.status)) {
        return fail(ctx, 409, 'ConflictError', `status: a ${report.status} report cannot be submitted (only pending or returned)`, 'status');
      }
      const now = new Date();
      const updated = await strapi.documents(UID).update({
        documentId: report.documentId,
        data: {
          ...input,
          status: 'submitted',
          submittedAt: now,
          submittedBy: ctx.state.user.id,
          late: now.getTime() > new Date(report.dueAt).getTime(),
        } as any,
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
      if (report.status !== 'submitted') {
        return fail(ctx, 409, 'ConflictError', `status: a ${report.status} report cannot be accepted (only submitted)`, 'status');
      }
      const updated = await strapi.documents(UID).update({
        documentId: report.documentId,
        data: { status: 'accepted', reviewedAt: new Date(), ...(review.comment ? { reviewerComment: review.comment } : {}) } as any,
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
      if (!REVIEWABLE.includes(report.status)) {
        return fail(ctx, 409, 'ConflictError', `status: a ${report.status} report cannot be returned (only submitted or accepted)`, 'status');
      }
      const now = new Date();
      const returnCount = (report.returnCount ?? 0) + 1;
      const project = report.project ?? {};
      const updated = await strapi.db.transaction(async () => {
        const doc = await strapi.documents(UID).update({
          documentId: report.documentId,
          data: { status: 'returned', reviewerComment: review.comment, reviewedAt: now, returnCount } as any,
        });
        if (project.officerEmail) {
          const locale = project.emailLocale === 'en' ? 'en' : 'th';
          const base = ((strapi.config.get('server.url') as string) || '').replace(/\/$/, '');
          await enqueue(strapi, {
            to: project.officerEmail,
            templateKey: 'report.returned',
            locale,
            data: {
              officer: { name: project.officerName },
              project: { code: project.code, name: locale === 'en' && project.nameEn ? project.nameEn : project.name, nameEn: project.nameEn },
              agency: project.agency ? { code: project.agency.code, name: project.agency.nameTh, nameEn: project.agency.nameEn } : {},
              report: {
                periodLabel: report.periodLabel,
                dueDate: formatDate(report.dueAt, locale),
                reviewerComment: review.comment,
                link: `${base}/api/progress-reports/${report.documentId}`,
              },
            },
            dedupeKey: `report:${report.documentId}:returned:${returnCount}`,
            related: { uid: UID, documentId: report.documentId },
          });
        }
        return doc;
      });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
});
