import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { type CoreMethods, scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { toCsv } from '../../../lib/platform/csv';
import { REPORT_UID as UID } from '../../../lib/reporting/model';
import { leanReportPage } from '../../../lib/reporting/list';
import { COMPLIANCE_CSV_HEADER, complianceCsvRows, computeCompliance } from '../../../lib/reporting/compliance';
import { EMENSCR_CSV_HEADER } from '../../../lib/reporting/compliance-emenscr';
import { complianceQuery, lockException, review, submission } from '../validation';
import type reportService from '../services/progress-report';

/**
 * Progress reports over REST. An agency officer lists, reads and submits only the reports of their
 * own agencies' projects (anything else is 404); a complaint officer reads all, accepts, or returns
 * a submitted report with a comment (which re-opens it and emails the responsible officer).
 * Who may submit, and the 404 for a report not the caller's, are the route's policies (routes/01-workflow.ts).
 */
export default factories.createCoreController(UID, ({ strapi }) => {
  const reviews = () => strapi.service(UID) as ReturnType<typeof reportService>;
  const figures = async (ctx: Context) => {
    const q = await complianceQuery(ctx.query);
    const reports = await reviews().complianceReports(q.fiscalYear, q.quarter);
    return { q, compliance: computeCompliance(reports, { now: new Date(), by: q.by, minSample: q.minSample }) };
  };
  const csv = (ctx: Context, filename: string, body: string) => {
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
    ctx.body = body;
  };

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'progress report not found',
      lean: ({ query, scope }) => leanReportPage(strapi, query, scope),
    }),

    /** POST /progress-reports/:id/submit — the agency officer sends the report. */
    async submit(this: CoreMethods, ctx: Context) {
      const input = await submission(ctx.request.body?.data);
      // late and submittedAt are recorded by the reporting guard, src/lib/reporting/guard.ts (first submission decides lateness)
      const updated = await reviews().submit(String(ctx.params.id), { ...input }, ctx.state.user.id);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** POST /progress-reports/:id/lock-exception — an officer lets the agency submit a locked report until a time. */
    async lockException(this: CoreMethods, ctx: Context) {
      const input = await lockException(ctx.request.body?.data, new Date());
      const updated = await reviews().grantLockException(String(ctx.params.id), input);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** GET /reporting-compliance — expected, submitted, on time, late, missing and the rates, per agency or province. */
    async compliance(ctx: Context) {
      const { q, compliance } = await figures(ctx);
      ctx.body = { data: compliance, meta: { fiscalYear: q.fiscalYear, quarter: q.quarter ?? null, by: q.by } };
    },

    /** GET /reporting-compliance.csv — the same league table for a spreadsheet (UTF-8 with BOM). */
    async complianceCsv(ctx: Context) {
      const { q, compliance } = await figures(ctx);
      const rows = [...complianceCsvRows(compliance), ['', '', 'รวม / All', 'All', ...Object.values(compliance.total)]];
      csv(ctx, `reporting-compliance-${q.fiscalYear}${q.quarter ? `-Q${q.quarter}` : ''}-${q.by}.csv`, toCsv(COMPLIANCE_CSV_HEADER, rows));
    },

    /** GET /reporting-compliance/emenscr.csv — the sent reports, shaped for NESDC's eMENSCR. */
    async emenscrCsv(ctx: Context) {
      const q = await complianceQuery(ctx.query);
      const rows = await reviews().emenscrRows(q.fiscalYear, q.quarter);
      csv(ctx, `emenscr-${q.fiscalYear}${q.quarter ? `-Q${q.quarter}` : ''}.csv`, toCsv(EMENSCR_CSV_HEADER, rows));
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
