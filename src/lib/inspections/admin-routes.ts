import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { CM_UPDATE } from '../platform/admin-ability';
import { adminBody, registerAdminWorkRoutes } from '../platform/admin-work';
import { validate } from '../platform/validation';
import { FINDING_TRANSITIONS, FINDING_UID, type FindingState } from './model';

/**
 * The inspection finding edit view's buttons (src/admin/work/review-panels.tsx): accept the agency's
 * response, or re-open the finding with a comment (and a new due date) — the finding service's `accept`
 * and `reopen`, the rules of POST /api/inspection-findings/:id/accept and /reopen.
 *
 *   GET  /admin/mind-work/inspection-findings/:id          state and what the inspector may do now
 *   POST /admin/mind-work/inspection-findings/:id/accept   { comment? }
 *   POST /admin/mind-work/inspection-findings/:id/reopen   { comment, dueAt? }
 *
 * All need the Content Manager's update of findings.
 */
interface FindingService {
  accept(documentId: string, comment?: unknown): Promise<unknown>;
  reopen(documentId: string, input: { comment: string; dueAt?: Date }): Promise<unknown>;
}

const trimmed = () => yup.mixed<string>().transform((v: unknown) => (typeof v === 'string' ? v.trim() : v));
const acceptInput = yup.object({
  comment: trimmed().test(
    'comment',
    'must be text of at most 5000 characters',
    (v) => v === undefined || v === null || (typeof v === 'string' && v.length <= 5000),
  ),
});
const reopenInput = yup.object({
  comment: trimmed().test(
    'comment',
    'is required to re-open a finding, at most 5000 characters',
    (v) => typeof v === 'string' && v.length > 0 && v.length <= 5000,
  ),
  dueAt: yup
    .date()
    .typeError('must be an ISO 8601 date')
    .transform((v: unknown, original: unknown) => (original === '' || original === null ? undefined : v)),
});

export function registerInspectionAdminRoutes(strapi: Core.Strapi) {
  const service = () => strapi.service(FINDING_UID) as unknown as FindingService;
  const id = (ctx: { params: { id?: string } }) => String(ctx.params.id ?? '');

  async function panel(documentId: string) {
    const f = await strapi.db.query(FINDING_UID).findOne({
      where: { documentId },
      select: ['documentId', 'title', 'state', 'dueAt', 'respondedAt', 'acceptedAt', 'reviewComment', 'reopenCount', 'agencyResponse'],
    });
    if (!f) throw new errors.NotFoundError('Finding not found');
    const next = FINDING_TRANSITIONS[f.state as FindingState] ?? [];
    return { ...f, actions: [...(next.includes('accepted') ? ['accept'] : []), ...(next.includes('reopened') ? ['reopen'] : [])] };
  }

  const needs: Array<[string, string]> = [[CM_UPDATE, FINDING_UID]];
  registerAdminWorkRoutes(strapi, 'work-findings', [
    { method: 'GET', path: '/mind-work/inspection-findings/:id', needs, handler: (ctx) => panel(id(ctx)) },
    {
      method: 'POST',
      path: '/mind-work/inspection-findings/:id/accept',
      needs,
      handler: async (ctx) => {
        const input = await validate<{ comment?: string }>(acceptInput, adminBody(ctx));
        await service().accept(id(ctx), input.comment || undefined);
        return panel(id(ctx));
      },
    },
    {
      method: 'POST',
      path: '/mind-work/inspection-findings/:id/reopen',
      needs,
      handler: async (ctx) => {
        const input = await validate<{ comment: string; dueAt?: Date }>(reopenInput, adminBody(ctx));
        await service().reopen(id(ctx), { comment: input.comment, dueAt: input.dueAt });
        return panel(id(ctx));
      },
    },
  ]);
}
