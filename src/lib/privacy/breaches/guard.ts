import type { Core } from '@strapi/strapi';
import { documentGuard } from '../../platform/trusted-write';
import { fieldErrors, type FieldError } from '../../platform/validation';
import { affectedSubjects } from './affected';
import { BREACH_COMPUTED_FIELDS, BREACH_UID, notifyByOf, type BreachRow, type BreachState } from './model';

/** Where a breach may go from each state (dismissed: it was not a breach after all). */
const NEXT: Record<BreachState, readonly BreachState[]> = {
  suspected: ['confirmed', 'dismissed'],
  confirmed: ['notified', 'dismissed'],
  notified: ['closed'],
  closed: [],
  dismissed: [],
};

/** Pure: the field errors of a breach about to be saved (its merged state), with the state it had. */
function breachProblems(next: Partial<BreachRow>, before: BreachState | null): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ path: [field], message });
  const state = next.state ?? 'suspected';
  if (before && state !== before && !NEXT[before].includes(state))
    add('state', `a breach that is ${before} cannot become ${state} (allowed: ${NEXT[before].join(', ') || 'none'})`);
  if (next.suspectedFrom && next.suspectedTo && new Date(next.suspectedTo) < new Date(next.suspectedFrom))
    add('suspectedTo', 'must not be before suspectedFrom');
  if (next.actorKind === 'unknown' && next.actorId) add('actorId', 'must be empty when the actor is unknown');
  if ((state === 'notified' || state === 'closed') && !next.pdpcNotifiedAt) add('pdpcNotifiedAt', `required once the breach is ${state}`);
  return problems;
}

/**
 * Every write of a breach (admin panel or code): the PDPC deadline follows the discovery (72 hours),
 * states move only forward, and confirming a breach stores whom it touched (./affected.ts) as the
 * audit trail says at that moment. Computed fields sent by a writer are ignored.
 */
export function registerBreachGuard(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [BREACH_UID],
      async (context, next) => {
        const data = context.params.data;
        if ((context.action !== 'create' && context.action !== 'update') || !data) return next();
        for (const f of BREACH_COMPUTED_FIELDS) delete data[f];
        const before: BreachRow | null =
          context.action === 'update' && context.params.documentId
            ? await strapi.db.query(BREACH_UID).findOne({ where: { documentId: context.params.documentId } })
            : null;
        const merged = { ...(before ?? {}), ...data } as BreachRow;
        const problems = breachProblems(merged, before?.state ?? null);
        if (problems.length) throw fieldErrors(problems);
        if (merged.discoveredAt) data.notifyBy = notifyByOf(merged.discoveredAt);
        if (merged.state === 'confirmed' && before?.state !== 'confirmed') {
          const affected = await affectedSubjects(strapi, merged);
          data.affected = affected;
          data.affectedCount = affected.count;
        }
        return next();
      },
      { skipTrusted: false },
    ),
  );
}
