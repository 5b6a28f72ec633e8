import type { Core } from '@strapi/strapi';
import type { JobCounts } from '../../platform/job';
import type { AuditInput } from '../../security/audit';

/** The datasets a retention rule may name (the enum of api::retention-rule.retention-rule's `dataset`). */
export type DatasetKey = 'complaint-complainant' | 'volunteer-contact' | 'outbox-email' | 'audit-ip' | 'staff-account';

/** A record due for cleaning: its id (documentId, or row id for rows without one) and a label that holds no personal data. */
export interface DueRow {
  id: string;
  label: string;
}

export interface PurgeContext {
  now: Date;
  /** the rule's period, for the audit entry */
  days: number;
  /** the purge batch's documentId */
  batch: string;
  actor: NonNullable<AuditInput['actor']>;
  counts: JobCounts;
}

/**
 * One kind of personal data we hold: which of its records are past `days` at `now` (`only`: among
 * these ids; at most `limit`), and how one is cleaned (idempotent, audited).
 */
export interface Dataset {
  key: DatasetKey;
  due(strapi: Core.Strapi, now: Date, days: number, limit: number, only?: string[]): Promise<DueRow[]>;
  purge(strapi: Core.Strapi, id: string, ctx: PurgeContext): Promise<void>;
}

export const DAY = 86_400_000;
export const cutoffOf = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
