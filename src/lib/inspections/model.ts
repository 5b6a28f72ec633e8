import type { Schema, UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** Inspections: content types, the values their enumerations take, the state groups and the transition tables. */
export const INSPECTION_UID = 'api::inspection.inspection' as const satisfies UID.ContentType;
export const FINDING_UID = 'api::inspection-finding.inspection-finding' as const satisfies UID.ContentType;

/** Inspection states, in order; each moves only to the next (an inspector may step back one). */
export const INSPECTION_STATES = ['planned', 'in_progress', 'reported', 'closed'] as const satisfies readonly EnumValue<
  typeof INSPECTION_UID,
  'state'
>[];
export type InspectionState = (typeof INSPECTION_STATES)[number];
export const INSPECTION_TRANSITIONS: Record<InspectionState, readonly InspectionState[]> = {
  planned: ['in_progress'],
  in_progress: ['reported', 'planned'],
  reported: ['closed', 'in_progress'],
  closed: [],
};
export const INSPECTION_TYPES = ['regular', 'integrated'] as const satisfies readonly EnumValue<typeof INSPECTION_UID, 'type'>[];

/** Findings: the agency responds; the inspector accepts or re-opens (and the agency responds again). */
export const FINDING_STATES = ['open', 'responded', 'accepted', 'reopened'] as const satisfies readonly EnumValue<
  typeof FINDING_UID,
  'state'
>[];
export type FindingState = (typeof FINDING_STATES)[number];
export const FINDING_TRANSITIONS: Record<FindingState, readonly FindingState[]> = {
  open: ['responded'],
  responded: ['accepted', 'reopened'],
  reopened: ['responded'],
  accepted: [],
};
/** States in which the agency still owes a response. */
export const FINDING_OWED: readonly FindingState[] = ['open', 'reopened'];
/**
 * The agency's answer to a finding: written only by the responsible agency's officers, through
 * POST /api/inspection-findings/:id/respond (the finding service). Neither an inspector's create or
 * update over REST nor any admin-panel edit may set or change them (rules.ts, guard.ts).
 */
export const AGENCY_RESPONSE_FIELDS = [
  'agencyResponse',
  'responseAttachments',
  'respondedAt',
  'respondedBy',
] as const satisfies readonly Schema.AttributeNames<typeof FINDING_UID>[];
export type AgencyResponseField = (typeof AGENCY_RESPONSE_FIELDS)[number];
/** The state only the agency's answer moves a finding to. */
export const AGENCY_STATE: FindingState = 'responded';
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly EnumValue<typeof FINDING_UID, 'severity'>[];
/** Closed: the inspector verified the fix (evidence in, an accepted commitment); nothing is owed or chased. */
export const FINDING_CLOSED: readonly FindingState[] = ['accepted'];
/** Open for the agency's commitment and extension requests: anything not closed. */
export const FINDING_ACTIVE: readonly FindingState[] = FINDING_STATES.filter((s) => !FINDING_CLOSED.includes(s));

/** A commitment version: proposed by the agency (pending), then accepted or rejected; a newer one supersedes it. */
export const COMMITMENT_STATES = ['pending', 'accepted', 'rejected', 'superseded'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
/** An extension request: pending until the inspector approves (the due date moves) or refuses it. */
export const EXTENSION_STATES = ['pending', 'approved', 'refused'] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];
/**
 * Fields of a finding that only their routes write (commitment versions, extension requests, the repeat
 * flag): create and update over REST may not set them.
 */
export const FINDING_WORKFLOW_FIELDS = [
  'commitments',
  'extensionRequests',
  'repeat',
  'repeatOf',
] as const satisfies readonly Schema.AttributeNames<typeof FINDING_UID>[];
