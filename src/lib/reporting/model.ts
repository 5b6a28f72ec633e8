import type { UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** Progress reporting: content types, the values their enumerations take and the report state groups. */
export const PROJECT_UID = 'api::project.project' as const satisfies UID.ContentType;
export const REPORT_UID = 'api::progress-report.progress-report' as const satisfies UID.ContentType;

/**
 * Fields of a progress report the reporting workflow writes (the submission and review stamps,
 * the return count, the escalation): the admin panel may not change them (src/lib/reporting/guard.ts).
 */
export const REPORT_WORKFLOW_FIELDS = [
  'submittedAt',
  'late',
  'reviewedAt',
  'returnCount',
  'escalatedAt',
  'lockExceptionUntil',
  'lockExceptionReason',
] as const;

export const REPORT_STATES = ['pending', 'submitted', 'accepted', 'returned', 'waived'] as const satisfies readonly EnumValue<
  typeof REPORT_UID,
  'state'
>[];
export type ReportState = (typeof REPORT_STATES)[number];
export const PROJECT_STATES = ['planned', 'active', 'suspended', 'completed', 'cancelled'] as const satisfies readonly EnumValue<
  typeof PROJECT_UID,
  'state'
>[];
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const satisfies readonly EnumValue<
  typeof PROJECT_UID,
  'reportingFrequency'
>[];
export type Frequency = (typeof FREQUENCIES)[number];
export const EMAIL_LOCALES = ['th', 'en'] as const satisfies readonly EnumValue<typeof PROJECT_UID, 'emailLocale'>[];

/** Owed by the agency: the officer may submit it, and the chase reminds them until they do. */
export const OWED_STATES: readonly ReportState[] = ['pending', 'returned'];
/** Sent at least once (a returned report was submitted, then sent back): counts as on time or late. */
export const SUBMITTED_STATES: readonly ReportState[] = ['submitted', 'accepted', 'returned'];
