import { conflict } from '../platform/validation';
import type { CommitmentState, ExtensionState } from './model';

/**
 * A finding's follow-up until it is fixed (IIA standard 2500: remediation is verified before closure):
 *  - the agency answers with a commitment (action, owner, date); every change is a new version, pending
 *    until the inspector accepts (or rejects) it;
 *  - the agency may ask to move the due date; it moves only when the inspector approves;
 *  - closure needs evidence of the fix and an accepted commitment (and the inspector's verification note).
 * Pure: each function returns the new list (or the problems), and throws a 409 when the state refuses.
 */

export interface Commitment {
  version: number;
  action: string;
  owner: string;
  dueDate: string;
  state: CommitmentState;
  proposedAt?: Date | string | null;
  decidedAt?: Date | string | null;
  decisionComment?: string | null;
}

export interface ExtensionRequest {
  requestedDueAt: Date | string;
  previousDueAt?: Date | string | null;
  reason: string;
  state: ExtensionState;
  requestedAt?: Date | string | null;
  decidedAt?: Date | string | null;
  decisionComment?: string | null;
}

/** Strapi adds `id` (and `__component`) to stored components; they are written back as plain values. */
function plain<T extends object>(list: T[] | null | undefined): T[] {
  return (list ?? []).map((c) => {
    const { id: _id, __component: _c, ...rest } = c as T & { id?: unknown; __component?: unknown };
    return rest as T;
  });
}

/** The agency proposes a commitment: version n+1, pending; a still-pending earlier version is superseded. */
export function proposeCommitment(
  current: Commitment[] | null | undefined,
  input: { action: string; owner: string; dueDate: string },
  now: Date,
): Commitment[] {
  const list = plain(current).map((c) => (c.state === 'pending' ? { ...c, state: 'superseded' as const } : c));
  const version = list.reduce((n, c) => Math.max(n, c.version), 0) + 1;
  return [...list, { version, ...input, state: 'pending', proposedAt: now }];
}

/** The inspector accepts or rejects the pending version; an accepted one supersedes the earlier accepted. */
export function decideCommitment(
  current: Commitment[] | null | undefined,
  decision: 'accepted' | 'rejected',
  comment: string | undefined,
  now: Date,
): Commitment[] {
  const list = plain(current);
  const pending = list.findIndex((c) => c.state === 'pending');
  if (pending < 0) throw conflict('commitments: no commitment is waiting for a decision', { field: 'commitments' });
  return list.map((c, i) => {
    if (i === pending) return { ...c, state: decision, decidedAt: now, decisionComment: comment ?? null };
    if (decision === 'accepted' && c.state === 'accepted') return { ...c, state: 'superseded' as const };
    return c;
  });
}

/** The commitment in force: the accepted version, if any. */
export function acceptedCommitment(list: Commitment[] | null | undefined): Commitment | null {
  return (list ?? []).find((c) => c.state === 'accepted') ?? null;
}

/** The agency asks to move the due date later; one request at a time. */
export function requestExtension(
  current: ExtensionRequest[] | null | undefined,
  dueAt: Date | string,
  input: { requestedDueAt: Date; reason: string },
  now: Date,
): ExtensionRequest[] {
  const list = plain(current);
  if (list.some((e) => e.state === 'pending')) {
    throw conflict('extensionRequests: an extension request is already waiting for a decision', { field: 'extensionRequests' });
  }
  if (input.requestedDueAt.getTime() <= new Date(dueAt).getTime()) {
    throw conflict('requestedDueAt: must be later than the current due date', { field: 'requestedDueAt' });
  }
  return [...list, { ...input, previousDueAt: dueAt, state: 'pending', requestedAt: now }];
}

/** The inspector approves (the caller moves the due date to the returned `dueAt`) or refuses the pending request. */
export function decideExtension(
  current: ExtensionRequest[] | null | undefined,
  decision: 'approved' | 'refused',
  comment: string | undefined,
  now: Date,
): { list: ExtensionRequest[]; dueAt: Date | null } {
  const list = plain(current);
  const pending = list.findIndex((e) => e.state === 'pending');
  if (pending < 0) throw conflict('extensionRequests: no extension request is waiting for a decision', { field: 'extensionRequests' });
  const decided = { ...list[pending], state: decision, decidedAt: now, decisionComment: comment ?? null };
  list[pending] = decided;
  return { list, dueAt: decision === 'approved' ? new Date(decided.requestedDueAt) : null };
}

/** Why a finding may not be closed yet (empty: it may): an accepted commitment and evidence of the fix. */
export function closureProblems(f: { commitments?: Commitment[] | null; responseAttachments?: unknown[] | null }): string[] {
  const problems: string[] = [];
  if (!acceptedCommitment(f.commitments)) problems.push('commitments: no accepted commitment (action, owner, date)');
  if (!f.responseAttachments?.length) problems.push('responseAttachments: no evidence of the fix attached to the response');
  return problems;
}
