import type { Core } from '@strapi/strapi';
import { platformManifest, type DomainManifest } from './platform/manifest';
import { roleDeclarationsOf } from './platform/roles';
import type { AdminRoleSpec } from './platform/admin-roles';
import type { ListView } from './platform/admin-list-views';
import type { Job } from './platform/job';
import { chaseObligationsJob } from './platform/obligations/job';
import {
  catalogOf,
  seedEmailTemplates as seedTemplates,
  validateTemplate as validateAgainst,
  type TemplateDefinition,
  type TemplateField,
} from './platform/email-templates';
import type { MediaFields } from './security/upload-rules';
import { securityManifest } from './security/manifest';
import { complaintsManifest } from './complaints/manifest';
import { reportingManifest } from './reporting/manifest';
import { inspectionsManifest } from './inspections/manifest';
import { volunteersManifest } from './volunteers/manifest';
import { trainingManifest } from './training/manifest';
import { staffAppManifest } from './staff-app/manifest';
import { factoriesManifest } from './factories/manifest';
import { integrationsManifest } from './integrations/manifest';
import { traffyManifest } from './integrations/traffy/manifest';
import { dashboardManifest } from './dashboard/manifest';
import { privacyManifest } from './privacy/manifest';

/**
 * Every domain's manifest. The app's roles, admin roles, list views, media rules, jobs, email
 * templates, start-up setup and demo data are the union of these, in this order (which is the order
 * jobs are listed in).
 */
export const manifests: DomainManifest[] = [
  reportingManifest,
  inspectionsManifest,
  complaintsManifest,
  platformManifest,
  volunteersManifest,
  securityManifest,
  trainingManifest,
  factoriesManifest,
  staffAppManifest,
  integrationsManifest,
  traffyManifest,
  dashboardManifest,
  privacyManifest,
];

/** One declaration per UID or name: two domains declaring the same is a mistake, caught at start. */
function unique<T>(kind: string, entries: [string, T][]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of entries) {
    if (key in out) throw new Error(`manifests: ${kind} "${key}" is declared twice`);
    out[key] = value;
  }
  return out;
}

export const roleDeclarations = roleDeclarationsOf(manifests.map((m) => m.permissions ?? {}));

export const adminRoles: AdminRoleSpec[] = Object.values(
  unique(
    'admin role',
    manifests.flatMap((m) => (m.adminRoles ?? []).map((r): [string, AdminRoleSpec] => [r.code, r])),
  ),
);

/** Which domain owns each src/api folder (its routes are documented in docs/<domain>.md). */
export const domainOfApi: Record<string, string> = unique(
  'API folder',
  manifests.flatMap((m) => (m.apis ?? []).map((api): [string, string] => [api, m.name])),
);

export const listViews: Record<string, ListView> = unique(
  'list view',
  manifests.flatMap((m) => Object.entries(m.listViews ?? {})),
);

export const mediaFields: MediaFields = unique(
  'media fields of',
  manifests.flatMap((m) => Object.entries(m.mediaFields ?? {})),
);

/** Every domain's obligation sources, chased together: one digest per recipient per day. */
export const obligationSources = manifests.flatMap((m) => m.obligations ?? []);

export const jobs: Job[] = Object.values(
  unique(
    'job',
    [...manifests.flatMap((m) => m.jobs ?? []), chaseObligationsJob(obligationSources)].map((j): [string, Job] => [j.name, j]),
  ),
);

export function findJob(name: string): Job | undefined {
  return jobs.find((j) => j.name === name);
}

export const templateCatalog: TemplateDefinition[] = manifests.flatMap((m) => m.emailTemplates ?? []);
const catalog = catalogOf(templateCatalog);

/** Problems of a template's fields against its key's placeholders (run when a template is saved). */
export const validateTemplate = (key: string, fields: Partial<Record<TemplateField, unknown>>) => validateAgainst(catalog, key, fields);

/** Inserts the shipped default of every declared key that has no template yet; edited ones stay. */
export const seedEmailTemplates = (strapi: Core.Strapi) => seedTemplates(strapi, catalog);

/** Each manifest's register-phase hook (guards, admin routes), in order. */
export function registerDomains(strapi: Core.Strapi) {
  for (const m of manifests) m.register?.(strapi);
}

/** Each manifest's own start-up work, in order. */
export async function setupDomains(strapi: Core.Strapi) {
  for (const m of manifests) if (m.setup) await m.setup(strapi);
}
