import type { UID } from '@strapi/strapi';
import type { EnumValue } from '../../platform/model';

/** The breach register (PDPA s.37(4)): src/api/data-breach. */
export const BREACH_UID = 'api::data-breach.data-breach' as const satisfies UID.ContentType;

export const BREACH_STATES = ['suspected', 'confirmed', 'notified', 'closed', 'dismissed'] as const satisfies readonly EnumValue<
  typeof BREACH_UID,
  'state'
>[];
export type BreachState = (typeof BREACH_STATES)[number];

/** Who may have done it, as the audit trail names its actors (`unknown`: not yet known). */
export const BREACH_ACTOR_KINDS = ['admin', 'user', 'api_token', 'unknown'] as const satisfies readonly EnumValue<
  typeof BREACH_UID,
  'actorKind'
>[];
type BreachActorKind = (typeof BREACH_ACTOR_KINDS)[number];

export const BREACH_RISK_LEVELS = ['low', 'high'] as const satisfies readonly EnumValue<typeof BREACH_UID, 'riskLevel'>[];

/** The PDPC is told within 72 hours of the division becoming aware of the breach. */
const PDPC_NOTICE_HOURS = 72;

/** Fields the register computes: shown, never typed in. */
export const BREACH_COMPUTED_FIELDS = ['notifyBy', 'affectedCount', 'affected'] as const;

/** A breach as the register's rules read it. */
export interface BreachRow {
  id: number;
  documentId: string;
  title: string;
  description?: string | null;
  discoveredAt: string | Date;
  suspectedFrom?: string | Date | null;
  suspectedTo?: string | Date | null;
  actorKind: BreachActorKind;
  actorId?: number | null;
  state: BreachState;
  riskLevel: (typeof BREACH_RISK_LEVELS)[number];
  notifyBy?: string | Date | null;
  pdpcNotifiedAt?: string | Date | null;
  subjectsNotifiedAt?: string | Date | null;
  measures?: string | null;
  affectedCount?: number | null;
  affected?: unknown;
}

const HOUR = 3600_000;

/** Pure: the PDPC's deadline, 72 hours after the division became aware. */
export function notifyByOf(discoveredAt: string | Date): Date {
  return new Date(new Date(discoveredAt).getTime() + PDPC_NOTICE_HOURS * HOUR);
}
