import type { Core } from '@strapi/strapi';
import { AUDIT_UID } from '../../platform/model';
import { COMPLAINT_UID } from '../../complaints/model';
import { VOLUNTEER_UID } from '../../volunteers/model';
import type { BreachRow } from './model';

/**
 * Who a breach touched, from the audit trail (src/lib/security/audit.ts): every entry that handed a
 * data subject's personal data to the suspected actor within the suspected period. The answer names
 * subjects by reference only (a complaint's ticket number, a volunteer's document id), never their data,
 * so it may be stored on the breach and shown to the privacy officer.
 */

/** Audit actions that mean personal data reached the actor (a reveal is a read with a reason). */
const READ_ACTIONS = ['personal_data.read', 'personal_data.reveal'];
const BATCH = 1000;

export interface AffectedSubjects {
  /** complaints by ticket number (document id where an entry has none) */
  complaints: string[];
  /** volunteers by document id */
  volunteers: string[];
  /** subjects in all */
  count: number;
  /** audit entries read */
  entries: number;
  period: { from: string | null; to: string };
  actor: { kind: string; id: number | null };
  computedAt: string;
}

interface EntryRow {
  id: number;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
}

/** Pure: the audit filter of a breach — its actor (any, when unknown) over its suspected period (to the discovery at most). */
function auditWhere(breach: Pick<BreachRow, 'actorKind' | 'actorId' | 'suspectedFrom' | 'suspectedTo' | 'discoveredAt'>) {
  const to = new Date(breach.suspectedTo ?? breach.discoveredAt);
  const occurredAt: Record<string, Date> = { $lte: to };
  if (breach.suspectedFrom) occurredAt.$gte = new Date(breach.suspectedFrom);
  const where: Record<string, unknown> = { action: { $in: READ_ACTIONS }, occurredAt };
  if (breach.actorKind !== 'unknown') {
    where.actorKind = breach.actorKind;
    if (breach.actorId) where.actorId = breach.actorId;
  }
  return { where, from: breach.suspectedFrom ? new Date(breach.suspectedFrom) : null, to };
}

/** The subjects whose personal data the breach's actor received in its period, counted once each. */
export async function affectedSubjects(strapi: Core.Strapi, breach: BreachRow, now = new Date()): Promise<AffectedSubjects> {
  const { where, from, to } = auditWhere(breach);
  const complaints = new Set<string>();
  const volunteers = new Set<string>();
  let entries = 0;
  for (let afterId = 0; ;) {
    const rows: EntryRow[] = await strapi.db.query(AUDIT_UID).findMany({
      where: { ...where, id: { $gt: afterId } },
      select: ['id', 'targetType', 'targetId', 'targetLabel'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    for (const r of rows) {
      entries++;
      if (r.targetType === COMPLAINT_UID && (r.targetLabel || r.targetId)) complaints.add(String(r.targetLabel || r.targetId));
      else if (r.targetType === VOLUNTEER_UID && r.targetId) volunteers.add(r.targetId);
    }
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1].id;
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    complaints: sorted(complaints),
    volunteers: sorted(volunteers),
    count: complaints.size + volunteers.size,
    entries,
    period: { from: from?.toISOString() ?? null, to: to.toISOString() },
    actor: { kind: breach.actorKind, id: breach.actorId ?? null },
    computedAt: now.toISOString(),
  };
}
