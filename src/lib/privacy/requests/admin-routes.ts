import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminBody } from '../../platform/admin-work';
import { knownObject, validate } from '../../platform/validation';
import { subjectExport } from './export';
import { renderExportPdf } from './export-pdf';
import { applyCorrection, applyErasure, closeRequest, exportable, verifyRequest, type Handler } from './handling';
import { closeSchema, type CloseInput } from './validation';

type Ctx = Parameters<Core.ControllerHandler>[0] & { params: Record<string, string | undefined> };
type AdminUser = Handler & { roles?: Array<{ code?: string }> };

/**
 * The privacy officer's handling of a data-subject request (id: its documentId):
 *
 *   POST /admin/mind-privacy/requests/:id/verify       identity checked: received → verified
 *   POST /admin/mind-privacy/requests/:id/export       everything held about the subject, JSON
 *   POST /admin/mind-privacy/requests/:id/export-pdf   the same as a Thai PDF
 *   POST /admin/mind-privacy/requests/:id/correct      applies the asked correction
 *   POST /admin/mind-privacy/requests/:id/erase        erases the subject's personal data
 *   POST /admin/mind-privacy/requests/:id/close        { state: fulfilled | refused, outcome }: e-mails the subject
 *
 * Exports are POSTs: each hands personal data out of the system, and none is cached. Super admins and
 * the privacy officer only, by role (an editor who may edit every type must not export a person's data).
 */
export function registerRequestAdminRoutes(strapi: Core.Strapi, privacyOfficerRole: string) {
  const handlers = ['strapi-super-admin', privacyOfficerRole];
  const officer = (ctx: Ctx): AdminUser => {
    const user = ctx.state.user as AdminUser;
    if (!(user?.roles ?? []).some((r) => r.code && handlers.includes(r.code))) {
      throw new errors.ForbiddenError('only a super admin or the privacy officer handles data-subject requests');
    }
    return user;
  };
  const noBody = (ctx: Ctx) => validate(knownObject({}), adminBody(ctx));
  const idOf = (ctx: Ctx) => String(ctx.params.id ?? '');

  const json = (path: string, run: (ctx: Ctx, by: AdminUser) => Promise<unknown>) => ({
    method: 'POST',
    path: `/mind-privacy/requests/:id/${path}`,
    handler: async (ctx: Ctx) => {
      const by = officer(ctx);
      const data = await run(ctx, by);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data };
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });

  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  admin.routes['mind-privacy-requests'] = {
    type: 'admin',
    routes: [
      json('verify', async (ctx, by) => (await noBody(ctx), verifyRequest(strapi, idOf(ctx), by))),
      json('export', async (ctx) => {
        await noBody(ctx);
        return subjectExport(strapi, await exportable(strapi, idOf(ctx)));
      }),
      {
        method: 'POST',
        path: '/mind-privacy/requests/:id/export-pdf',
        handler: async (ctx: Ctx) => {
          officer(ctx);
          await noBody(ctx);
          const r = await exportable(strapi, idOf(ctx));
          const pdf = await renderExportPdf(await subjectExport(strapi, r));
          ctx.set('Content-Type', 'application/pdf');
          ctx.set('Content-Disposition', `attachment; filename="personal-data-${r.reference}.pdf"`);
          ctx.set('Cache-Control', 'no-store');
          ctx.body = pdf;
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      json('correct', async (ctx, by) => (await noBody(ctx), applyCorrection(strapi, idOf(ctx), by))),
      json('erase', async (ctx, by) => (await noBody(ctx), applyErasure(strapi, idOf(ctx), by))),
      json('close', async (ctx, by) => {
        const input = await validate<CloseInput>(closeSchema, adminBody(ctx));
        return closeRequest(strapi, idOf(ctx), input, by);
      }),
    ],
  };
}
