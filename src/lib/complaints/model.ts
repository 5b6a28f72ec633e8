import type { Data, UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** Complaints: content types, the values their enumerations take, the state groups and the transition table. */
export const COMPLAINT_UID = 'api::complaint.complaint' as const satisfies UID.ContentType;
export const COMPLAINT_UPDATE_UID = 'api::complaint-update.complaint-update' as const satisfies UID.ContentType;
export const CATEGORY_UID = 'api::complaint-category.complaint-category' as const satisfies UID.ContentType;
export const TEAM_UID = 'api::response-team.response-team' as const satisfies UID.ContentType;
export const SLA_POLICY_UID = 'api::sla-policy.sla-policy' as const satisfies UID.ContentType;
export const INCIDENT_UID = 'api::incident.incident' as const satisfies UID.ContentType;
/** The complainant's contact details on a complaint (private). */
export const COMPLAINANT_COMPONENT = 'complaint.complainant' as const;
export const INCIDENT_POLICY_UID = 'api::incident-policy.incident-policy' as const satisfies UID.ContentType;

/** A complaint and a timeline entry as the document service returns them (relations there when populated). */
export type Complaint = Data.ContentType<typeof COMPLAINT_UID>;
export type ComplaintUpdate = Data.ContentType<typeof COMPLAINT_UPDATE_UID>;
export type StoredFile = Data.ContentType<'plugin::upload.file'>;

/** A complaint's personal data (PDPA): every admin response carrying one of these is audited. */
export const COMPLAINT_PERSONAL_FIELDS = ['complainant', 'trackingCode', 'consent'] as const;

/**
 * Fields only the complaint workflow writes (intake, transitions, the SLA clock, the purge): the admin
 * panel may not change them (src/lib/complaints/guard.ts). `personalDataPurgedAt` set by hand would make
 * the purge skip the complainant for good.
 */
export const COMPLAINT_WORKFLOW_FIELDS = [
  'ticketNumber',
  'trackingCode',
  'receivedAt',
  'acknowledgeDueAt',
  'resolveDueAt',
  'acknowledgedAt',
  'resolvedAt',
  'closedAt',
  'consentAt',
  'personalDataPurgedAt',
  // incidents and the citizen's follow-up (src/lib/complaints/incidents.ts, follow-up.ts)
  'incidentLink',
  'updatesOptIn',
  'rating',
  'ratedAt',
  'reopenCount',
  'reopenedAt',
  // the Traffy Fondue bridge (src/lib/integrations/traffy)
  'traffyTicketId',
] as const satisfies readonly (keyof Complaint)[];

export const COMPLAINT_STATUSES = [
  'received',
  'triaged',
  'assigned',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
  'duplicate',
] as const satisfies readonly EnumValue<typeof COMPLAINT_UID, 'state'>[];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const satisfies readonly EnumValue<typeof COMPLAINT_UID, 'urgency'>[];
export type Urgency = (typeof URGENCIES)[number];
export const CHANNELS = ['web', 'open311', 'traffy', 'phone', 'walk_in', 'letter', 'social', 'other'] as const satisfies readonly EnumValue<
  typeof COMPLAINT_UID,
  'channel'
>[];
export const UPDATE_KINDS = [
  'status_change',
  'note',
  'assignment',
  'field_visit',
  'escalation',
  'access',
] as const satisfies readonly EnumValue<typeof COMPLAINT_UPDATE_UID, 'kind'>[];
export const UPDATE_VISIBILITIES = ['internal', 'public'] as const satisfies readonly EnumValue<
  typeof COMPLAINT_UPDATE_UID,
  'visibility'
>[];
export const TEAM_KINDS = ['rapid_response', 'task_force'] as const satisfies readonly EnumValue<typeof TEAM_UID, 'kind'>[];

/** The one transition table: from each status, where a complaint may go next. */
export const TRANSITIONS: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['triaged', 'assigned', 'rejected', 'duplicate'],
  triaged: ['assigned', 'rejected', 'duplicate'],
  assigned: ['in_progress', 'triaged', 'resolved'],
  in_progress: ['resolved', 'assigned'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  duplicate: [],
};

/**
 * Final: no way out of the state. Open311 reports these as "closed", and a complainant's personal data
 * may be purged once the retention period after one has passed.
 */
export const FINAL_STATES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => TRANSITIONS[s].length === 0);
/** Finished: the work is done (resolved, or final), so no SLA clock runs. */
export const FINISHED: readonly ComplaintStatus[] = ['resolved', ...FINAL_STATES];
/** Open: someone still owes the complainant work; the SLA clocks run and the dashboards count these. */
export const OPEN_STATES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => !FINISHED.includes(s));
