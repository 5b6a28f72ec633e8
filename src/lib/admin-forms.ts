import type { AdminForm, AdminForms, Bilingual } from './platform/admin-form';
import { platformAdminForms } from './platform/platform-admin-form';
import { complaintsAdminForms } from './complaints/admin-form';
import { reportingAdminForms } from './reporting/admin-form';
import { inspectionsAdminForms } from './inspections/admin-form';
import { volunteersAdminForms } from './volunteers/admin-form';
import { trainingAdminForms } from './training/admin-form';
import { securityAdminForms } from './security/admin-form';
import { factoriesAdminForms } from './factories/admin-form';
import { integrationsAdminForms } from './integrations/admin-form';
import { traffyAdminForms } from './integrations/traffy/admin-form';
import { breachAdminForms } from './privacy/breaches/admin-form';
import { retentionAdminForms } from './privacy/retention/admin-form';
import { requestAdminForms } from './privacy/requests/admin-form';

/**
 * Every domain's admin form (its `admin-form.ts`): the server writes them into the Content Manager's
 * configuration at start, the admin bundle turns them into its Thai and English translations. Pure data,
 * so the admin bundle can import it. A new content type adds its entry to its domain's `admin-form.ts`;
 * a new domain adds its file here.
 */
export const domainAdminForms: AdminForms[] = [
  platformAdminForms,
  complaintsAdminForms,
  reportingAdminForms,
  inspectionsAdminForms,
  volunteersAdminForms,
  trainingAdminForms,
  securityAdminForms,
  integrationsAdminForms,
  traffyAdminForms,
  factoriesAdminForms,
  breachAdminForms,
  retentionAdminForms,
  requestAdminForms,
];

/** Every declared type's form, by UID (a UID declared twice is a mistake: the first stays). */
export const adminForms: Record<string, AdminForm> = Object.assign({}, ...[...domainAdminForms].reverse().map((f) => f.types));

/** Every declared enumeration value (the first domain's reading when two declare one). */
export const enumLabels: Record<string, Bilingual> = Object.assign({}, ...[...domainAdminForms].reverse().map((f) => f.enums ?? {}));
