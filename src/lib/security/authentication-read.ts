import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { compile, parameter, run, type Compiled } from '../platform/compiled-sql';
import { datetime, metaOf, storedAttributes, type Meta, type StoredAttribute } from '../platform/lean-rows';
import { stampQuery } from './permission-stamp';

/**
 * Everything users-permissions reads to let a signed-in request in — the token's session, the user with
 * their role, the plugin's advanced settings and the role's permission stamp — read in one statement.
 *
 * The plugin's strategy reads them one after another through the query layer (five statements, each built,
 * run and converted by the generic passes): on a signed-in request that cost as much as a tracking look-up
 * in all. The session check (sessions.ts) runs this statement and hands each part to the read that asks for
 * it next in the same request: the strategy's user read, its settings read and the role's permission check
 * (content-ability-cache.ts). Each part is handed over once; any later read in the request goes to the
 * database as before. Nothing is kept across requests, so a blocked user, an ended session or a changed
 * setting counts from the next request, on every instance.
 */
export const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const SESSION_UID = 'admin::session';
const STORE_TABLE = 'strapi_core_store_settings';
/** The key the plugin's settings are stored under (`strapi.store({ type: 'plugin', name: 'users-permissions' })`). */
const ADVANCED_KEY = 'plugin_users-permissions_advanced';

export interface SessionRow {
  status: string | null;
  childId: string | null;
  origin: string | null;
  expiresAt: unknown;
}

export interface AuthenticationRead {
  /** null when no session has this id */
  session: SessionRow | null;
  /** the user as `fetchAuthenticatedUser` answers (with the role populated); null when none has this id */
  user: Record<string, unknown> | null;
  /** the plugin's advanced settings as the core store answers them */
  advanced: unknown;
  /** the role's permission stamp (permission-stamp.ts); null without a role */
  stamp: string | null;
}

/** The user's and the role's columns, each read whole (as the query layer's `select t0.*`), by alias. */
type Columns = Array<[alias: string, stored: StoredAttribute]>;
interface Plan {
  statement: Compiled;
  user: Columns;
  role: Columns;
}

function planOf(strapi: Core.Strapi): Plan {
  const knex = strapi.db.connection as unknown as Knex;
  const user = metaOf(strapi, USER_UID);
  const role = metaOf(strapi, ROLE_UID);
  const session = metaOf(strapi, SESSION_UID);
  const roleLink = user.attributes.role?.joinTable;
  if (!roleLink) throw new Error('authentication read: users-permissions links not found');
  const column = (meta: Meta, attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;

  const select: Record<string, unknown> = {
    s_status: `s.${column(session, 'status')}`,
    s_child: `s.${column(session, 'childId')}`,
    s_origin: `s.${column(session, 'origin')}`,
    s_expires: `s.${column(session, 'expiresAt')}`,
    adv_value: 'c.value',
    adv_type: 'c.type',
  };
  const plan: Plan = { statement: undefined as unknown as Compiled, user: [], role: [] };
  storedAttributes(user, USER_UID).forEach((stored, i) => {
    select[`u${i}`] = `u.${stored.column}`;
    plan.user.push([`u${i}`, stored]);
  });
  storedAttributes(role, ROLE_UID).forEach((stored, i) => {
    select[`r${i}`] = `r.${stored.column}`;
    plan.role.push([`r${i}`, stored]);
  });
  const q = knex
    .select(select)
    .select(
      // the role's permission stamp, as permissionStamp reads it
      stampQuery(strapi, PERMISSION_UID, (q, roleColumn) => q.whereRaw(`${roleColumn} = r.id`)).as('p_stamp'),
    )
    .from(knex.raw('(select 1 as one) as x'))
    .leftJoin({ s: session.tableName }, (join) => join.onVal(`s.${column(session, 'sessionId')}`, '=', parameter(0)))
    .leftJoin({ u: user.tableName }, (join) => join.onVal('u.id', '=', parameter(1)))
    .leftJoin({ ul: roleLink.name }, `ul.${roleLink.joinColumn.name}`, 'u.id')
    .leftJoin({ r: role.tableName }, 'r.id', `ul.${roleLink.inverseJoinColumn.name}`)
    .leftJoin({ c: STORE_TABLE }, (join) => join.onVal('c.key', '=', ADVANCED_KEY).andOnNull('c.environment').andOnNull('c.tag'))
    // a user has one role link; were there two, the first is the one the query layer's populate would show
    .orderBy('ul.id', 'asc')
    .orderBy('c.id', 'asc')
    .limit(1);
  plan.statement = compile(strapi, q, 'authentication-read', 2);
  return plan;
}

/** The core store's reading of a stored value (@strapi/core services/core-store.js `get`). */
function storedValue(value: unknown, type: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'object' || type === 'array' || type === 'boolean' || type === 'string') {
    try {
      return JSON.parse(String(value));
    } catch {
      return new Date(String(value));
    }
  }
  if (type === 'number') return Number(value);
  return null;
}

const plans = new WeakMap<Core.Strapi, Plan>();

/** The one statement, for a session id and a user id. */
export async function readAuthentication(strapi: Core.Strapi, sessionId: string, userId: number | string): Promise<AuthenticationRead> {
  let plan = plans.get(strapi);
  if (!plan) plans.set(strapi, (plan = planOf(strapi)));
  const [row] = await run(strapi, plan.statement, [sessionId, userId]);
  const shape = (columns: Columns) => {
    const out: Record<string, unknown> = {};
    for (const [alias, { attribute, convert }] of columns) out[attribute] = convert(row[alias]);
    return out;
  };
  const hasUser = row.u0 !== null && row.u0 !== undefined;
  const hasRole = row.r0 !== null && row.r0 !== undefined;
  const user = hasUser ? { ...shape(plan.user), role: hasRole ? shape(plan.role) : null } : null;
  return {
    session:
      row.s_status === null || row.s_status === undefined
        ? null
        : {
            status: row.s_status as string,
            childId: row.s_child as string | null,
            origin: row.s_origin as string,
            expiresAt: datetime(row.s_expires),
          },
    user,
    advanced: storedValue(row.adv_value, row.adv_type),
    stamp: hasRole ? String(row.p_stamp ?? '') : null,
  };
}

/** One part of what the session check read, for one user or role (no id: for any caller). */
interface Part<T> {
  id?: string;
  value: T;
}
/** What the session check read, waiting for the strategy's next reads in this request. */
interface Handoff {
  user?: Part<Record<string, unknown> | null>;
  advanced?: Part<unknown>;
  stamp?: Part<string>;
}
const HANDOFF = Symbol('mind-desk.authentication-handoff');

type Ctx = { state?: Record<PropertyKey, unknown> } | undefined;
const handoffOf = (strapi: Core.Strapi): Handoff | undefined => {
  const ctx = strapi.requestContext.get() as Ctx;
  return ctx?.state?.[HANDOFF] as Handoff | undefined;
};

/** Leaves the read for the strategy's next reads in the current request (no request: nothing to leave). */
export function handOver(strapi: Core.Strapi, userId: number | string, read: AuthenticationRead): void {
  const ctx = strapi.requestContext.get() as Ctx;
  if (!ctx?.state) return;
  const role = read.user?.role as { id?: unknown } | null | undefined;
  ctx.state[HANDOFF] = {
    user: { id: String(userId), value: read.user },
    advanced: { value: read.advanced },
    stamp: role?.id === undefined || read.stamp === null ? undefined : { id: String(role.id), value: read.stamp },
  } satisfies Handoff;
}

/**
 * A part of the session check's read, once, when it is for this user or role (`id`); undefined when it was
 * not read, is for someone else or was taken already: the caller then reads the database as before.
 */
export function take<K extends keyof Handoff>(strapi: Core.Strapi, part: K, id?: unknown): NonNullable<Handoff[K]>['value'] | undefined {
  const h = handoffOf(strapi);
  const kept = h?.[part];
  if (!h || !kept || (kept.id !== undefined && kept.id !== String(id))) return undefined;
  h[part] = undefined;
  return kept.value;
}

type UserService = { fetchAuthenticatedUser: (id: unknown) => Promise<unknown> } & Record<string, unknown>;
type CoreStoreGet = (params: { key: string; type?: string; name?: string; environment?: string; tag?: string }) => Promise<unknown>;

/** Called in register(): the strategy's user read takes what the session check read. */
export function takeAuthenticatedUserRead(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::users-permissions.user', (service: UserService) => {
    const fetch = service.fetchAuthenticatedUser.bind(service);
    return {
      ...service,
      async fetchAuthenticatedUser(id: unknown) {
        const user = take(strapi, 'user', id);
        return user === undefined ? fetch(id) : user;
      },
    };
  });
}

/** Called in bootstrap(): the strategy's settings read takes what the session check read. */
export function takeAdvancedSettingsRead(strapi: Core.Strapi): void {
  // every scoped store (`strapi.store({ … })`) calls the store's own `get`, looked up when called
  const store = strapi.store as unknown as { get: CoreStoreGet };
  const get = store.get;
  store.get = async (params) => {
    if (
      params.type === 'plugin' &&
      params.name === 'users-permissions' &&
      params.key === 'advanced' &&
      !params.environment &&
      !params.tag
    ) {
      // the stored settings read back are never undefined (storedValue: null when none are stored)
      const kept = take(strapi, 'advanced');
      if (kept !== undefined) return kept;
    }
    return get(params);
  };
}
