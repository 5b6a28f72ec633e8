import type { Core } from '@strapi/strapi';
import type { AdminRoleSpec } from './admin-roles';
import type { ListView } from './admin-list-views';
import type { TemplateDefinition } from './email-templates';
import type { Job } from './job';
import { SIGNED_IN, type RoleType } from './roles';
import dispatchNotifications from './jobs/dispatch-notifications';
import dispatchHttpCalls from './jobs/dispatch-http-calls';
import { platformEmailTemplates } from './emails';
import { obligationEmailTemplates } from './obligations/digest';
import { loadLadderDemo } from './obligations/demo';
import type { AnySource } from './obligations/source';
import { seedHolidays } from './holidays';

/** The upload rules a media field may be held to (src/lib/security/upload-rules.ts). */
export type MediaRule = 'attachments' | 'photos' | 'apiUpload';

/**
 * What one domain (or a cross-cutting part) declares to the app. src/lib/manifests.ts lists every
 * manifest; roles, admin roles, list views, media rules, jobs, email templates, demo data and
 * start-up setup are loops over that list, so a new content type, job or email is declared once,
 * in its own domain folder.
 */
export interface DomainManifest {
  /** also the name of its reference, docs/<name>.md */
  name: string;
  /** the src/api/<folder>s whose types and routes this domain owns */
  apis?: string[];
  /** content-API actions ("api::x.x.find") granted to users-permissions roles (declared in roles.ts) */
  permissions?: Partial<Record<RoleType, string[]>>;
  /** admin-panel roles, created at start when missing */
  adminRoles?: AdminRoleSpec[];
  /** Content Manager list views per content-type UID */
  listViews?: Record<string, ListView>;
  /** media fields per content-type UID and the upload rule each is held to in the admin panel */
  mediaFields?: Record<string, Record<string, MediaRule>>;
  /** scheduled jobs; schedule from CRON_<NAME> or the job's default */
  jobs?: Job[];
  /** what this domain's people owe by a date, chased by the one obligation job (src/lib/platform/obligations) */
  obligations?: AnySource[];
  /** email templates this domain sends: catalogue entries with their Thai and English defaults */
  emailTemplates?: TemplateDefinition[];
  /** Strapi's register phase: the domain's document-service guard, its admin routes */
  register?: (strapi: Core.Strapi) => void;
  /** idempotent start-up work beyond the declarations above (locales, indexes) */
  setup?: (strapi: Core.Strapi) => Promise<unknown>;
  /** demo data for `npm run demo`: adds nothing when its marker rows exist; returns what it added */
  demo?: (strapi: Core.Strapi) => Promise<Record<string, number>>;
}

/** The same actions for each of `types` (e.g. SIGNED_IN of roles.ts). */
export function forRoles(types: readonly RoleType[], actions: string[]): Partial<Record<RoleType, string[]>> {
  return Object.fromEntries(types.map((t) => [t, actions]));
}

/**
 * Every signed-in role manages its own account: change its password, log out, list and revoke its
 * sessions (Strapi grants these to `authenticated` only; the other roles could not change a password).
 */
const ownAccount = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.getSessions',
  'plugin::users-permissions.auth.revokeSession',
];
const readProvinces = ['api::province.province.find', 'api::province.province.findOne'];
/** The holiday calendar is public information (working-day deadlines are counted on it). */
const readHolidays = ['api::holiday.holiday.find', 'api::holiday.holiday.findOne'];
const readReference = [...readProvinces, ...readHolidays, 'api::agency.agency.find', 'api::agency.agency.findOne'];

/** The shared machinery: accounts, reference data (provinces, agencies), the outbox, jobs' runs, email templates. */
export const platformManifest: DomainManifest = {
  name: 'platform',
  apis: ['province', 'agency', 'email-template', 'notification', 'job-run', 'holiday', 'escalation-step', 'http-call'],
  permissions: { public: [...readProvinces, ...readHolidays], ...forRoles(SIGNED_IN, [...ownAccount, ...readReference]) },
  listViews: {
    'api::province.province': {
      columns: ['code', 'nameTh', 'nameEn', 'region'],
      sortBy: 'code',
      sortOrder: 'ASC',
      mainField: 'nameTh',
      version: 2,
    },
    'api::agency.agency': {
      columns: ['code', 'nameTh', 'nameEn', 'kind'],
      sortBy: 'code',
      sortOrder: 'ASC',
      mainField: 'nameTh',
      version: 2,
    },
    'api::job-run.job-run': {
      columns: ['job', 'startedAt', 'state', 'trigger', 'finishedAt', 'instance'],
      sortBy: 'startedAt',
      sortOrder: 'DESC',
      mainField: 'job',
    },
    'api::notification.notification': {
      columns: ['to', 'subject', 'templateKey', 'state', 'attempts', 'sentAt'],
      sortBy: 'createdAt',
      sortOrder: 'DESC',
      mainField: 'subject',
    },
    'api::http-call.http-call': {
      columns: ['channel', 'method', 'url', 'state', 'attempts', 'lastStatus', 'deliveredAt'],
      sortBy: 'createdAt',
      sortOrder: 'DESC',
      mainField: 'dedupeKey',
    },
    'api::holiday.holiday': {
      columns: ['date', 'nameTh', 'nameEn', 'kind'],
      sortBy: 'date',
      sortOrder: 'ASC',
      mainField: 'nameTh',
    },
    'api::escalation-step.escalation-step': {
      columns: ['labelTh', 'source', 'deadline', 'offsetHours', 'recipientKind', 'active'],
      sortBy: 'offsetHours',
      sortOrder: 'ASC',
      mainField: 'labelTh',
    },
    'api::email-template.email-template': {
      columns: ['key', 'subjectTh', 'subjectEn', 'description'],
      sortBy: 'key',
      sortOrder: 'ASC',
      mainField: 'key',
    },
  },
  jobs: [dispatchNotifications, dispatchHttpCalls],
  emailTemplates: [...platformEmailTemplates, ...obligationEmailTemplates],
  // Thai public holidays of the shipped years, once per year (an administrator's edits and deletions stay)
  setup: seedHolidays,
  demo: async (strapi) => ({ escalationSteps: await loadLadderDemo(strapi) }),
};
