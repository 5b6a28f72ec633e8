import type { Core } from '@strapi/strapi';
import { permissionStamp } from './permission-stamp';
import { take } from './authentication-read';

/**
 * users-permissions builds the caller's content-API ability from their role's permissions on every request,
 * passing each permission through the engine's evaluation pipeline. Its permissions are bare action names
 * (`toContentAPIPermission` keeps `action` only) and the content API registers nothing on that pipeline's
 * hooks, so the same list of actions always builds the same ability: it is kept by that list.
 *
 * The role's permission rows (every one of them, turned into objects by the query layer, on every request)
 * are kept too, while one aggregate over the role's permission links is unchanged (how many, the newest row
 * and link, the latest change), as the admin panel's abilities are (admin-ability-cache.ts): a permission
 * granted, edited or revoked on any instance is followed from the next request.
 */
const MAX_ABILITIES = 50;

interface ContentApiEngine {
  generateAbility: (permissions: unknown[], options?: unknown) => Promise<unknown>;
}

const WRAPPED = Symbol.for('mind-desk.content-ability-cache');

/** The key of a permission list when it is actions only; null when anything else would shape the ability. */
export function abilityKey(permissions: unknown[], options: unknown): string | null {
  if (options !== undefined && !(typeof options === 'object' && options !== null && !Object.keys(options).length)) return null;
  const actions: string[] = [];
  for (const permission of permissions) {
    if (!permission || typeof permission !== 'object') return null;
    const keys = Object.keys(permission);
    const action = (permission as { action?: unknown }).action;
    if (keys.length !== 1 || typeof action !== 'string') return null;
    actions.push(action);
  }
  return actions.join('\n');
}

/** Called in bootstrap(): wraps this instance's content-API engine once. */
export function cacheContentAbilities(strapi: Core.Strapi): void {
  const engine = (strapi as unknown as { contentAPI: { permissions: { engine: ContentApiEngine & { [WRAPPED]?: true } } } }).contentAPI
    .permissions.engine;
  if (engine[WRAPPED]) return;
  const generate = engine.generateAbility.bind(engine);
  const kept = new Map<string, unknown>();
  engine.generateAbility = async (permissions: unknown[], options?: unknown) => {
    const key = abilityKey(permissions, options);
    if (key === null) return generate(permissions, options);
    const hit = kept.get(key);
    if (hit) return hit;
    const ability = await generate(permissions, options);
    kept.set(key, ability);
    if (kept.size > MAX_ABILITIES) kept.delete(kept.keys().next().value as string);
    return ability;
  };
  engine[WRAPPED] = true;
}

const PERMISSION_UID = 'plugin::users-permissions.permission';
const MAX_ROLES = 50;

type PermissionService = { findRolePermissions: (roleId: number | string) => Promise<unknown[]> } & Record<string, unknown>;

/** Called in register(): the strategy's read of a role's permissions answers from the kept rows while they are current. */
export function keepRolePermissions(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::users-permissions.permission', (service: PermissionService) => {
    const find = service.findRolePermissions.bind(service);
    const kept = new Map<string, { stamp: string; rows: unknown[] }>();
    return {
      ...service,
      async findRolePermissions(roleId: number | string) {
        if (roleId === undefined || roleId === null) return find(roleId);
        const key = String(roleId);
        // read with the request's session when the strategy asks (authentication-read.ts)
        const stamp = take(strapi, 'stamp', roleId) ?? (await permissionStamp(strapi, PERMISSION_UID, [roleId]));
        const hit = kept.get(key);
        if (hit && hit.stamp === stamp) return [...hit.rows];
        const rows = await find(roleId);
        kept.delete(key);
        kept.set(key, { stamp, rows: [...rows] });
        if (kept.size > MAX_ROLES) kept.delete(kept.keys().next().value as string);
        return rows;
      },
    };
  });
}
