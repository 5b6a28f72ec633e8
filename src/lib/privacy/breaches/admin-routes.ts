import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { adminUser, registerAdminWorkRoutes } from '../../platform/admin-work';
import { knownObject, validate } from '../../platform/validation';
import { affectedSubjects } from './affected';
import { breachNotice } from './notice';
import { renderNoticePdf } from './notice-pdf';
import { BREACH_UID, type BreachRow } from './model';

/**
 *   GET /admin/mind-privacy/data-breaches/:id/affected            whom the breach touched, from the audit trail
 *   GET /admin/mind-privacy/data-breaches/:id/notice?to=pdpc|subject  the notice, Thai then English
 *   GET /admin/mind-privacy/data-breaches/:id/notice.pdf?to=…          the same as an A4 PDF (Sarabun)
 *
 * The privacy officer's and the super administrators' only: the answer names data subjects by
 * reference, never by their data.
 */
const SUPER_ADMIN = 'strapi-super-admin';

/** `?to=pdpc|subject` of the notice route (pdpc when absent). */
export const breachNoticeQuery = knownObject({ to: yup.string().oneOf(['pdpc', 'subject'], 'must be pdpc or subject').default('pdpc') });

export function registerBreachAdminRoutes(strapi: Core.Strapi, privacyOfficer: string) {
  type Ctx = Parameters<typeof adminUser>[0];
  const allowed = (ctx: Ctx) => {
    const roles = ((adminUser(ctx) as { roles?: Array<{ code?: string }> }).roles ?? []).map((r) => r.code);
    if (!roles.includes(SUPER_ADMIN) && !roles.includes(privacyOfficer))
      throw new errors.ForbiddenError('Only the privacy officer and super administrators work the breach register');
  };
  const breachOf = async (ctx: Ctx): Promise<BreachRow> => {
    const breach = await strapi.db.query(BREACH_UID).findOne({ where: { documentId: String(ctx.params.id ?? '') } });
    if (!breach) throw new errors.NotFoundError('No such breach');
    return breach;
  };
  registerAdminWorkRoutes(strapi, 'privacy-breaches', [
    {
      method: 'GET',
      path: '/mind-privacy/data-breaches/:id/affected',
      needs: [],
      handler: async (ctx) => {
        allowed(ctx);
        const breach = await breachOf(ctx);
        return {
          breach: { documentId: breach.documentId, state: breach.state, storedCount: breach.affectedCount ?? null },
          ...(await affectedSubjects(strapi, breach)),
        };
      },
    },
    {
      method: 'GET',
      path: '/mind-privacy/data-breaches/:id/notice',
      needs: [],
      handler: async (ctx) => {
        allowed(ctx);
        const { to } = await validate<{ to: 'pdpc' | 'subject' }>(breachNoticeQuery, ctx.query, 'query');
        return breachNotice(strapi, await breachOf(ctx), to);
      },
    },
  ]);
  // the PDF is a file, not the `{ data }` JSON the work routes answer: a route of its own on the same router
  const admin = strapi.admin as unknown as { routes: Record<string, { routes: unknown[] }> };
  admin.routes['mind-privacy-breaches'].routes.push({
    method: 'GET',
    path: '/mind-privacy/data-breaches/:id/notice.pdf',
    handler: async (ctx: Ctx) => {
      allowed(ctx);
      const { to } = await validate<{ to: 'pdpc' | 'subject' }>(breachNoticeQuery, ctx.query, 'query');
      const breach = await breachOf(ctx);
      const pdf = await renderNoticePdf(await breachNotice(strapi, breach, to));
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="breach-BR-${breach.id}-${to}.pdf"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = pdf;
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
}
