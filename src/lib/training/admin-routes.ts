import type { Core } from '@strapi/strapi';
import { mayReadAll } from '../platform/admin-ability';
import { ACK_UID, MATERIAL_UID } from './constants';
import { parseSearchQuery } from './search';

/** The training-material service's own method (src/api): Strapi's service type does not know it. */
interface AckRates {
  acknowledgementRates(params: {
    page: number;
    pageSize: number;
    locale?: string;
  }): Promise<{ results: unknown[]; pagination: unknown; locale: string | undefined }>;
}

/**
 * Admin API (admin-panel login, not users-permissions): acknowledgement rates per material,
 * `GET /admin/training/acknowledgement-rates?page=&pageSize=&locale=`. Allowed to administrators
 * who may read training acknowledgements in the content manager (super admins, training editors).
 * Registered in `register()`, before Strapi mounts the admin routes.
 */
export function registerTrainingAdminRoutes(strapi: Core.Strapi) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  admin.routes['mind-training'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/training/acknowledgement-rates',
        handler: async (ctx: Parameters<Core.ControllerHandler>[0]) => {
          // rates count every user's acknowledgements: a read limited by conditions (Author) is not enough
          if (!mayReadAll(ctx.state.userAbility, ACK_UID)) {
            return ctx.forbidden('reading training acknowledgements is not allowed for this administrator');
          }
          const { page, pageSize, locale } = parseSearchQuery(ctx.query ?? {}, { requireQ: false, maxPageSize: 100 });
          const result = await (strapi.service(MATERIAL_UID) as AckRates).acknowledgementRates({ page, pageSize, locale });
          ctx.body = { data: result.results, meta: { pagination: result.pagination, locale: result.locale } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
