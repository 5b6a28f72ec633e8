import type { Urgency } from './model';

export interface SlaPolicy {
  normalAcknowledgeHours: number;
  normalResolveHours: number;
  urgentAcknowledgeHours: number;
  urgentResolveHours: number;
  emergencyAcknowledgeHours: number;
  emergencyResolveHours: number;
  dueSoonLeadHours: number;
}

/** Used when no sla-policy has been saved yet (the single type's defaults say the same). */
export const DEFAULT_SLA: SlaPolicy = {
  normalAcknowledgeHours: 72,
  normalResolveHours: 720,
  urgentAcknowledgeHours: 24,
  urgentResolveHours: 168,
  emergencyAcknowledgeHours: 2,
  emergencyResolveHours: 24,
  dueSoonLeadHours: 4,
};

export interface CategorySla {
  slaAcknowledgeHours?: number | null;
  slaResolveHours?: number | null;
}

const HOUR = 3600_000;

/**
 * Deadlines of a complaint received at `receivedAt`. The policy gives hours per urgency; a category's
 * own hours, when set, replace the policy's (a chemical leak is handled on its own clock).
 */
export function computeDueDates(
  receivedAt: Date,
  urgency: Urgency,
  policy: Partial<SlaPolicy> | null | undefined,
  category?: CategorySla | null,
): { acknowledgeDueAt: Date; resolveDueAt: Date } {
  const p = { ...DEFAULT_SLA, ...(policy ?? {}) };
  const ack = category?.slaAcknowledgeHours || p[`${urgency}AcknowledgeHours`];
  const resolve = category?.slaResolveHours || p[`${urgency}ResolveHours`];
  return {
    acknowledgeDueAt: new Date(receivedAt.getTime() + ack * HOUR),
    resolveDueAt: new Date(receivedAt.getTime() + resolve * HOUR),
  };
}
