import type { Core } from '@strapi/strapi';
import { seedReferenceData } from './lib/platform/reference-data';
import { applyRoles } from './lib/platform/roles';
import { ensureDemoAdmin } from './lib/platform/demo-admin';
import { loadDemoData } from './seed/demo';
import {
  adminRoles,
  jobs,
  listViews,
  mediaFields,
  registerDomains,
  roleDeclarations,
  seedEmailTemplates,
  setupDomains,
  templateCatalog,
  validateTemplate,
} from './lib/manifests';
import { registerDashboardAdminRoutes } from './lib/dashboard/admin-routes';
import { registerJobs, startScheduler, stopScheduler } from './lib/platform/scheduler';
import { configureListViews } from './lib/platform/admin-list-views';
import { configureAdminForms } from './lib/platform/admin-form-store';
import { adminForms } from './lib/admin-forms';
import { registerTemplateGuard } from './lib/platform/template-guard';
import { registerTemplateAdminRoutes } from './lib/platform/template-admin-routes';
import { ensureAdminRoles } from './lib/platform/admin-roles';
import { limitAuthRoutes } from './lib/security/auth-rate-limit';
import { limitAnonymousRoutes } from './lib/security/anonymous-rate-limit';
import { registerAudit, subscribePermissionAudit } from './lib/security/audit';
import { closeSelfRegistrationOnce } from './lib/security/self-registration';
import { registerSessionRevocation } from './lib/security/sessions';
import { takeAdvancedSettingsRead, takeAuthenticatedUserRead } from './lib/security/authentication-read';
import { skipApiTokenLookupOfSessionTokens } from './lib/security/api-token-lookup';
import { cacheAdminAbilities } from './lib/security/admin-ability-cache';
import { cacheContentAbilities, keepRolePermissions } from './lib/security/content-ability-cache';
import { keepJwtSecretsAsKeys } from './lib/security/jwt-keys';
import { refuseDemoAccountsInProduction } from './lib/security/production-start';
import { guardApiUpload, registerMediaFieldRules } from './lib/security/upload-rules';
import { registerPerformanceIndexes } from './lib/platform/db-indexes';
import { registerResetPasswordLink } from './lib/platform/reset-link';
import { buildMiddlewaresOnce } from './lib/platform/middlewares-built-once';
import { indexRoutes } from './lib/platform/route-index';
import { startSqliteCheckpoints, stopSqliteCheckpoints } from './lib/platform/sqlite-checkpoint';
import { startStrapiRequestsTogether } from './lib/platform/requests-together';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    startStrapiRequestsTogether(strapi);
    buildMiddlewaresOnce(strapi);
    registerDashboardAdminRoutes(strapi);
    // each domain's document-service guard and admin routes
    registerDomains(strapi);
    registerTemplateGuard(strapi, validateTemplate);
    registerTemplateAdminRoutes(strapi, { definitions: templateCatalog, validate: validateTemplate });
    limitAuthRoutes(strapi);
    registerResetPasswordLink(strapi);
    limitAnonymousRoutes(strapi);
    registerSessionRevocation(strapi);
    takeAuthenticatedUserRead(strapi);
    skipApiTokenLookupOfSessionTokens(strapi);
    keepJwtSecretsAsKeys(strapi);
    keepRolePermissions(strapi);
    registerAudit(strapi);
    guardApiUpload(strapi);
    registerMediaFieldRules(strapi, mediaFields);
    registerPerformanceIndexes(strapi);
    registerJobs(strapi, jobs);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    indexRoutes(strapi);
    cacheAdminAbilities(strapi);
    cacheContentAbilities(strapi);
    takeAdvancedSettingsRead(strapi);
    await seedReferenceData(strapi);
    await applyRoles(strapi, roleDeclarations);
    await setupDomains(strapi);
    await seedEmailTemplates(strapi);
    await ensureDemoAdmin(strapi);
    await configureListViews(strapi, listViews);
    await configureAdminForms(strapi, adminForms);
    await ensureAdminRoles(strapi, adminRoles);
    await closeSelfRegistrationOnce(strapi);
    if (process.env.DEMO_DATA === 'true') {
      await loadDemoData(strapi);
      const url = strapi.config.get('server.absoluteUrl') ?? `http://localhost:${strapi.config.get('server.port')}`;
      strapi.log.info(`MIND Desk demo is ready. Admin panel: ${url}/admin`);
    }
    await refuseDemoAccountsInProduction(strapi);
    // After the start's own role and permission syncing: from here on every change is a person's.
    subscribePermissionAudit(strapi);
    startScheduler(strapi);
    await startSqliteCheckpoints(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopScheduler(strapi);
    await stopSqliteCheckpoints(strapi);
  },
};
