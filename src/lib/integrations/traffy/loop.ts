import { AsyncLocalStorage } from 'async_hooks';

/**
 * Loop prevention, as Traffy's documentation requires (docs/webhooks.md, ADR-007 of its repository):
 * nothing received from a Traffy webhook is sent back to new-issue, update-issue or comment.
 *
 * - Whatever a webhook writes (the complaint, its timeline entries) is written inside `fromTraffy`, and
 *   the outbound reaction skips every entry written there: inbound never causes outbound.
 * - Traffy echoes our own update-issue and comment calls to our webhook. Each call we queue is recorded
 *   with its fingerprint (calls.ts `fingerprintOf`); a webhook carrying one is our echo, recorded as such
 *   and applied to nothing.
 */
const inbound = new AsyncLocalStorage<true>();

/** Runs `fn` as the handling of a Traffy webhook. */
export function fromTraffy<T>(fn: () => Promise<T>): Promise<T> {
  return inbound.run(true, fn);
}

/** Whether the current write comes from a Traffy webhook. */
export function isFromTraffy(): boolean {
  return inbound.getStore() === true;
}
