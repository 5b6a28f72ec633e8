import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminBody, adminUser, registerAdminWorkRoutes } from '../../platform/admin-work';
import { knownObject, validate } from '../../platform/validation';
import { decideBatch, type Decision } from './decide';

/**
 *   POST /admin/mind-privacy/purge-batches/:id/approve   (id: the batch's documentId; no body)
 *   POST /admin/mind-privacy/purge-batches/:id/reject
 *
 * Super admins and the privacy officer only (by role, not by Content Manager permission: an editor
 * who may edit other types must not approve a purge).
 */
export function registerRetentionAdminRoutes(strapi: Core.Strapi, privacyOfficerRole: string) {
  const deciders = ['strapi-super-admin', privacyOfficerRole];
  const route = (decision: Decision) => ({
    method: 'POST' as const,
    path: `/mind-privacy/purge-batches/:id/${decision}`,
    needs: [],
    handler: async (ctx: Parameters<Parameters<typeof registerAdminWorkRoutes>[2][number]['handler']>[0]) => {
      const user = adminUser(ctx) as ReturnType<typeof adminUser> & { roles?: Array<{ code?: string }> };
      if (!(user.roles ?? []).some((r) => r.code && deciders.includes(r.code))) {
        throw new errors.ForbiddenError('only a super admin or the privacy officer decides a purge batch');
      }
      await validate(knownObject({}), adminBody(ctx));
      return decideBatch(strapi, String(ctx.params.id ?? ''), decision, user.email ?? `admin ${user.id}`, new Date());
    },
  });
  registerAdminWorkRoutes(strapi, 'privacy-retention', [route('approve'), route('reject')]);
}
