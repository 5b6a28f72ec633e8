import { AsyncLocalStorage } from 'async_hooks';
import type { Modules, UID } from '@strapi/strapi';

/**
 * The one pattern for rules that must also hold in the admin panel: a document-service middleware per
 * domain (src/lib/<domain>/guard.ts) holds every write that reaches the document service — the Content
 * Manager's included — to the domain's rules. The domain services apply those rules themselves and
 * record their own audit entries, so their writes run trusted (`asTrusted`) and the guards and the
 * audit's document hook let them through (`isTrusted`).
 */
// One store per process, shared by every copy of this module (the compiled app, a test importing the source).
const STORE = Symbol.for('mind-desk.trusted-write');
const registry = globalThis as typeof globalThis & { [STORE]?: AsyncLocalStorage<boolean> };
const store = (registry[STORE] ??= new AsyncLocalStorage<boolean>());

/** Runs `fn` as a domain service: the admin-panel guards let its writes through untouched. */
export function asTrusted<T>(fn: () => Promise<T>): Promise<T> {
  return store.run(true, fn);
}

/** True inside a domain service's own writes (and the reads they make). */
export function isTrusted(): boolean {
  return store.getStore() === true;
}

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
/** `next` of a write (create, update, delete): the document written, if any. Other calls pass through untouched. */
export type WriteNext = () => Promise<Modules.Documents.AnyDocument | null>;

/** What a guard sees of one content type's document-service call. */
export interface GuardContext<T extends UID.ContentType> {
  uid: T;
  action: string;
  // Strapi types params per action; the guards read and rewrite `data`, which every writing action carries.
  params: { documentId?: string; data?: Record<string, any> } & Record<string, unknown>;
}

/**
 * A document-service middleware that runs `guard` for calls on the given content types (and only those).
 * `skipTrusted` lets a domain service's own writes through; rules every writer must keep (a report's
 * submission stamps, a template's placeholders) run for trusted writes too.
 */
export function documentGuard<T extends UID.ContentType>(
  uids: readonly T[],
  guard: (context: GuardContext<T>, next: WriteNext) => Promise<unknown>,
  options: { skipTrusted: boolean },
): DocumentMiddleware {
  return (context, next) => {
    if (!(uids as readonly string[]).includes(context.uid)) return next();
    if (options.skipTrusted && isTrusted()) return next();
    return guard(context as unknown as GuardContext<T>, next as unknown as WriteNext) as ReturnType<DocumentMiddleware>;
  };
}
