import type { Modules, Schema, UID } from '@strapi/strapi';

/**
 * Shared content types (reference data, outbox, scheduler, audit, users) and the type helpers every
 * domain model uses. UIDs are checked against the generated types (types/generated), so a typo
 * fails `tsc`; enum arrays are checked the same way and tests/unit/model.test.ts holds them equal to
 * the schema.json they repeat (lib may not read src/api).
 */

/**
 * The `data` of a document service create/update. Written as a cast where the value sets a field to
 * `null` (Strapi clears the field; its input types allow only a value or `undefined`) or where an
 * enumeration value comes as a plain string from a demo table.
 */
export type DocumentInput<T extends UID.ContentType> = Modules.Documents.Params.Data.Input<T>;
/** The same for an update (only the fields it changes). */
export type DocumentUpdate<T extends UID.ContentType> = Modules.Documents.Params.Data.PartialInput<T>;

/** The values of an enumeration attribute, as the generated types have them. */
export type EnumValue<T extends UID.ContentType, A extends Schema.AttributeNames<T>> = NonNullable<Schema.AttributeValueByName<T, A>>;

export const AGENCY_UID = 'api::agency.agency' as const satisfies UID.ContentType;
export const PROVINCE_UID = 'api::province.province' as const satisfies UID.ContentType;
export const NOTIFICATION_UID = 'api::notification.notification' as const satisfies UID.ContentType;
export const TEMPLATE_UID = 'api::email-template.email-template' as const satisfies UID.ContentType;
export const REMINDER_POLICY_UID = 'api::reminder-policy.reminder-policy' as const satisfies UID.ContentType;
export const JOB_RUN_UID = 'api::job-run.job-run' as const satisfies UID.ContentType;
export const HTTP_CALL_UID = 'api::http-call.http-call' as const satisfies UID.ContentType;
export const AUDIT_UID = 'api::audit-entry.audit-entry' as const satisfies UID.ContentType;
export const USER_UID = 'plugin::users-permissions.user' as const satisfies UID.ContentType;
export const ROLE_UID = 'plugin::users-permissions.role' as const satisfies UID.ContentType;
export const PERMISSION_UID = 'plugin::users-permissions.permission' as const satisfies UID.ContentType;
export const ADMIN_USER_UID = 'admin::user' as const satisfies UID.ContentType;
export const ADMIN_ROLE_UID = 'admin::role' as const satisfies UID.ContentType;
export const ADMIN_PERMISSION_UID = 'admin::permission' as const satisfies UID.ContentType;
export const ESCALATION_STEP_UID = 'api::escalation-step.escalation-step' as const satisfies UID.ContentType;

export const NOTIFICATION_STATES = ['pending', 'sending', 'sent', 'failed', 'dead'] as const satisfies readonly EnumValue<
  typeof NOTIFICATION_UID,
  'state'
>[];
export type NotificationState = (typeof NOTIFICATION_STATES)[number];
export const HTTP_CALL_STATES = ['pending', 'sending', 'delivered', 'failed', 'dead'] as const satisfies readonly EnumValue<
  typeof HTTP_CALL_UID,
  'state'
>[];
export const HTTP_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const satisfies readonly EnumValue<typeof HTTP_CALL_UID, 'method'>[];
/** every obligation source's `name`: an administrator's escalation steps replace that source's default ladder */
export const ESCALATION_SOURCES = [
  'complaint',
  'report',
  'finding',
  'reading',
  'activity',
  'breach',
  'data-subject-request',
] as const satisfies readonly EnumValue<typeof ESCALATION_STEP_UID, 'source'>[];
export const LANGUAGES = ['th', 'en'] as const satisfies readonly EnumValue<typeof NOTIFICATION_UID, 'language'>[];

export const JOB_RUN_STATES = ['running', 'succeeded', 'failed'] as const satisfies readonly EnumValue<typeof JOB_RUN_UID, 'state'>[];
export const JOB_TRIGGERS = ['schedule', 'manual'] as const satisfies readonly EnumValue<typeof JOB_RUN_UID, 'trigger'>[];

export const AUDIT_ACTOR_KINDS = ['user', 'admin', 'api_token', 'system'] as const satisfies readonly EnumValue<
  typeof AUDIT_UID,
  'actorKind'
>[];
export const AUDIT_CHANNELS = ['api', 'admin', 'job', 'system'] as const satisfies readonly EnumValue<typeof AUDIT_UID, 'channel'>[];

export const AGENCY_KINDS = [
  'department',
  'office',
  'division',
  'provincial_office',
  'state_enterprise',
  'other',
] as const satisfies readonly EnumValue<typeof AGENCY_UID, 'kind'>[];
export const REGIONS = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const satisfies readonly EnumValue<
  typeof PROVINCE_UID,
  'region'
>[];
export type Region = (typeof REGIONS)[number];
