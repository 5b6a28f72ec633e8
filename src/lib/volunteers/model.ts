import type { UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** Volunteers: content types, the values their enumerations take and the participation state groups. */
export const VOLUNTEER_UID = 'api::volunteer.volunteer' as const satisfies UID.ContentType;
export const ACTIVITY_UID = 'api::volunteer-activity.volunteer-activity' as const satisfies UID.ContentType;
export const PARTICIPATION_UID = 'api::participation.participation' as const satisfies UID.ContentType;

/** A volunteer's personal data (PDPA): every admin response carrying one of these is audited. */
export const VOLUNTEER_PERSONAL_FIELDS = ['phone', 'email', 'nationalId'] as const;

export const PARTICIPATION_STATES = ['registered', 'waitlisted', 'cancelled', 'attended', 'no_show'] as const satisfies readonly EnumValue<
  typeof PARTICIPATION_UID,
  'state'
>[];
export type ParticipationState = (typeof PARTICIPATION_STATES)[number];
export const ACTIVITY_STATES = ['open', 'completed', 'cancelled'] as const satisfies readonly EnumValue<typeof ACTIVITY_UID, 'state'>[];
export type ActivityState = (typeof ACTIVITY_STATES)[number];
export const VOLUNTEER_STATES = ['active', 'inactive'] as const satisfies readonly EnumValue<typeof VOLUNTEER_UID, 'state'>[];

/** States that hold one of the activity's places. */
export const HOLDS_PLACE: ParticipationState[] = ['registered', 'attended', 'no_show'];

/** Stamped by the coordinator's sign-off (the attendance route), never set in the admin panel. */
export const PARTICIPATION_WORKFLOW_FIELDS = ['attendanceRecordedAt'] as const;
