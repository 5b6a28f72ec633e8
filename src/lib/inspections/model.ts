import type { UID } from '@strapi/strapi';
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
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly EnumValue<typeof FINDING_UID, 'severity'>[];
