import type { Core } from '@strapi/strapi';
import { mayReadAll } from '../platform/admin-ability';
import { JOB_RUN_UID } from '../platform/model';
import { ACTIVITY_UID } from '../volunteers/rules';
import { COMPLAINT_UID } from '../complaints/model';
import { complaintsWidget } from './complaints';
import { complianceWidget } from './compliance';
import { feedbackWidget } from './feedback';
import { jobsWidget } from './jobs';
import { provincesWidget } from './provinces';
import { REPORT_UID } from '../reporting/model';
import { reportingWidget } from './reporting';
import { volunteersWidget } from './volunteers';

/**
 * Admin API of the homepage widgets (admin-panel login, not users-permissions), `GET
 * /admin/mind-dashboard/<widget>`. Each is allowed to administrators who may read every entry of the
 * underlying type in the Content Manager (403 otherwise); no admin token or a users-permissions token is a 401
 * (policy admin::isAuthenticatedAdmin). Registered in `register()`, before Strapi mounts admin routes.
 */
const DASHBOARD_WIDGETS: Record<
  string,
  { subject: string; load: (strapi: Core.Strapi, now: Date, query: Record<string, unknown>) => Promise<unknown> }
> = {
  complaints: { subject: COMPLAINT_UID, load: complaintsWidget },
  provinces: { subject: COMPLAINT_UID, load: provincesWidget },
  feedback: { subject: COMPLAINT_UID, load: feedbackWidget },
  reporting: { subject: REPORT_UID, load: reportingWidget },
  compliance: { subject: REPORT_UID, load: complianceWidget },
  jobs: { subject: JOB_RUN_UID, load: jobsWidget },
  volunteers: { subject: ACTIVITY_UID, load: (strapi, now) => volunteersWidget(strapi, now) },
};

export function registerDashboardAdminRoutes(strapi: Core.Strapi) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  admin.routes['mind-dashboard'] = {
    type: 'admin',
    routes: Object.entries(DASHBOARD_WIDGETS).map(([name, widget]) => ({
      method: 'GET',
      path: `/mind-dashboard/${name}`,
      handler: async (ctx: Parameters<Core.ControllerHandler>[0]) => {
        if (!mayReadAll(ctx.state.userAbility, widget.subject)) {
          return ctx.forbidden(`reading ${widget.subject} is not allowed for this administrator`);
        }
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { data: await widget.load(strapi, new Date(), (ctx.query ?? {}) as Record<string, unknown>) };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  };
}
