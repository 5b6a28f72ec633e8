import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { CM_UPDATE } from '../platform/admin-ability';
import { adminBody, registerAdminWorkRoutes } from '../platform/admin-work';
import { validate } from '../platform/validation';
import { REPORT_UID, type ReportState } from './model';

/**
 * The progress report edit view's buttons (src/admin/work/review-panels.tsx): accept, or return with a
 * comment — the progress-report service's `accept` / `returnReport`, the rules of POST
 * /api/progress-reports/:id/accept and /return (which states allow each; the guard counts a return,
 * stamps the review and e-mails the officer).
 *
 *   GET  /admin/mind-work/progress-reports/:id          state and what the reviewer may do now
 *   POST /admin/mind-work/progress-reports/:id/accept   { comment? }
 *   POST /admin/mind-work/progress-reports/:id/return   { comment }
 *
 * All need the Content Manager's update of progress reports.
 */
interface ReviewService {
  accept(documentId: string, comment?: string): Promise<unknown>;
  returnReport(documentId: string, comment: string): Promise<unknown>;
}

const comment = (required: boolean) =>
  yup
    .mixed<string>()
    .transform((v: unknown) => (typeof v === 'string' ? v.trim() : v))
    .test(
      'comment',
      required ? 'is required to return a report, at most 5000 characters' : 'must be text of at most 5000 characters',
      (v) => (v === undefined || v === null || v === '' ? !required : typeof v === 'string' && v.length <= 5000),
    );

export function registerReportingAdminRoutes(strapi: Core.Strapi) {
  const service = () => strapi.service(REPORT_UID) as unknown as ReviewService;
  const id = (ctx: { params: { id?: string } }) => String(ctx.params.id ?? '');

  async function panel(documentId: string) {
    const r = await strapi.db.query(REPORT_UID).findOne({
      where: { documentId },
      select: ['documentId', 'state', 'periodLabel', 'dueAt', 'submittedAt', 'reviewedAt', 'reviewerComment', 'returnCount', 'late'],
    });
    if (!r) throw new errors.NotFoundError('progress report not found');
    const state = r.state as ReportState;
    return {
      ...r,
      actions: [...(state === 'submitted' ? ['accept'] : []), ...(state === 'submitted' || state === 'accepted' ? ['return'] : [])],
    };
  }

  const needs: Array<[string, string]> = [[CM_UPDATE, REPORT_UID]];
  registerAdminWorkRoutes(strapi, 'work-reports', [
    { method: 'GET', path: '/mind-work/progress-reports/:id', needs, handler: (ctx) => panel(id(ctx)) },
    {
      method: 'POST',
      path: '/mind-work/progress-reports/:id/accept',
      needs,
      handler: async (ctx) => {
        const input = await validate<{ comment?: string }>(yup.object({ comment: comment(false) }), adminBody(ctx));
        await service().accept(id(ctx), input.comment || undefined);
        return panel(id(ctx));
      },
    },
    {
      method: 'POST',
      path: '/mind-work/progress-reports/:id/return',
      needs,
      handler: async (ctx) => {
        const input = await validate<{ comment: string }>(yup.object({ comment: comment(true) }), adminBody(ctx));
        await service().returnReport(id(ctx), input.comment);
        return panel(id(ctx));
      },
    },
  ]);
}
