import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminBody, adminUser, registerAdminWorkRoutes } from '../../platform/admin-work';
import { COMPLAINT_UID } from '../../complaints/model';
import { revealCounts } from './counts';
import { VOLUNTEER_UID } from '../../volunteers/model';
import { revealComplaintForAdmin, revealReason, revealVolunteerForAdmin } from './reveal';

/**
 *   POST /admin/mind-work/complaints/:id/reveal   { reason }  the complaint work panel's "Reveal contact"
 *   POST /admin/mind-work/volunteers/:id/reveal   { reason }  the same for a volunteer's phone, e-mail, national ID
 *   GET  /admin/mind-privacy/reveals?from&to                  reveals per viewer (privacy officer, super admin)
 *
 * A reveal needs what reading the complaint (the volunteer) in the Content Manager needs; the counts, the privacy
 * officer's or the super admin's role.
 */

const READ = 'plugin::content-manager.explorer.read';
const SUPER_ADMIN = 'strapi-super-admin';

function viewerOf(ctx: Parameters<typeof adminUser>[0]) {
  const user = adminUser(ctx);
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ');
  const email = user?.email ?? 'unknown';
  return { label: name ? `${name} <${email}>` : email };
}

/** `privacyOfficer`: the privacy officer's admin role code (declared by the privacy manifest). */
export function registerRevealAdminRoutes(strapi: Core.Strapi, privacyOfficer: string) {
  registerAdminWorkRoutes(strapi, 'privacy-reveal', [
    {
      method: 'POST',
      path: '/mind-work/complaints/:id/reveal',
      needs: [[READ, COMPLAINT_UID]],
      handler: async (ctx) => {
        const reason = await revealReason(adminBody(ctx));
        return revealComplaintForAdmin(strapi, viewerOf(ctx), String(ctx.params.id ?? ''), reason);
      },
    },
    {
      method: 'POST',
      path: '/mind-work/volunteers/:id/reveal',
      needs: [[READ, VOLUNTEER_UID]],
      handler: async (ctx) => {
        const reason = await revealReason(adminBody(ctx));
        return revealVolunteerForAdmin(strapi, viewerOf(ctx), String(ctx.params.id ?? ''), reason);
      },
    },
    {
      method: 'GET',
      path: '/mind-privacy/reveals',
      needs: [],
      handler: async (ctx) => {
        const roles = ((adminUser(ctx) as { roles?: Array<{ code?: string }> }).roles ?? []).map((r) => r.code);
        if (!roles.includes(SUPER_ADMIN) && !roles.includes(privacyOfficer)) {
          throw new errors.ForbiddenError('Only the privacy officer and super administrators see reveal counts');
        }
        return revealCounts(strapi, ctx.query);
      },
    },
  ]);
}
