import type { Core } from '@strapi/strapi';
import { allOf, type QueryFilter } from './filters';

/**
 * Who is calling a REST route, resolved once per request and kept on `ctx.state.actor`.
 * `userId` is absent for an admin-issued API token. What a domain needs to know beyond the role
 * (teams, agencies, the linked volunteer profile) is looked up through `once`, so a request that
 * asks twice (a policy, then the controller) queries once.
 */
export interface Actor {
  userId?: number;
  /** users-permissions role type, e.g. `complaint-officer` */
  role?: string;
  /** How the actor is named in timelines and audit entries. */
  label: string;
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * The rows an actor may see of one content type: `{}` all of them, `null` none, otherwise a filter
 * in the document service's syntax. Anything outside is answered as if it did not exist (404).
 */
export type Scope = Record<string, unknown> | null;
export type ScopeRule = (strapi: Core.Strapi, actor: Actor) => Scope | Promise<Scope>;

/** A filter no row matches (ids start at 1): what a `null` scope becomes in a query. */
const NO_ROWS = { id: { $in: [-1] } };

/** The caller's own filters narrowed to the scope. */
export function withinScope(scope: Scope, ...filters: unknown[]): QueryFilter {
  return allOf(...filters, scope ?? NO_ROWS);
}

/** What actorOf reads and keeps of a request (a Koa or a policy context): its state. */
interface ActorContext {
  state: { actor?: Actor; user?: unknown };
}

export async function actorOf(strapi: Core.Strapi, ctx: ActorContext): Promise<Actor> {
  if (ctx.state.actor) return ctx.state.actor;
  const user = ctx.state.user as { id: number; username?: string; email?: string; role?: { type?: string } | null } | undefined;
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key) as Promise<T>;
  };
  let actor: Actor;
  if (!user) {
    actor = { label: 'API token', once };
  } else {
    // users-permissions populates the role; a user object from elsewhere may lack it
    const role =
      user.role?.type ??
      (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id }, populate: ['role'] }))?.role?.type;
    actor = { userId: user.id, role, label: user.username ?? user.email ?? `user ${user.id}`, once };
  }
  ctx.state.actor = actor;
  return actor;
}
