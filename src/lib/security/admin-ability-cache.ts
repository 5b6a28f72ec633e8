import type { Core } from '@strapi/strapi';
import { permissionStamp } from './permission-stamp';

/**
 * The admin panel builds an administrator's ability from every one of their roles' permissions on every
 * request (hundreds of rows for a broad role, each formatted and evaluated through the engine's hooks):
 * most of a dashboard widget's CPU in the profile. Here an ability is reused while its inputs are
 * unchanged: the same user, the same roles (the admin authentication reads them fresh on each request) and
 * the same permission rows of those roles, which one aggregate over the role link tells (how many, the
 * newest row and link, the latest change) — a permission granted, edited or revoked on any instance
 * changes it, so nothing is served from a stale ability. Strapi's conditions (is creator, same role as
 * creator) depend on the user's id and roles only, both in the key.
 */
const MAX_USERS = 200;

interface AdminUser {
  id?: number | string;
  roles?: Array<{ id?: number | string }>;
}

type Engine = { generateUserAbility: (user: AdminUser) => Promise<unknown> };

/** Kept abilities per Strapi instance (a test process boots several, one after another, each on its own database). */
const keptOf = new WeakMap<Core.Strapi, Map<string, { stamp: string; ability: unknown }>>();
/** The admin's permission engine is one object per process (its module's), whichever instance booted: wrapped once. */
const WRAPPED = Symbol.for('mind-desk.admin-ability-cache');

/** Called in bootstrap(), once the admin's permission service exists. */
export function cacheAdminAbilities(strapi: Core.Strapi): void {
  const engine = (strapi.service('admin::permission') as unknown as { engine: Engine & { [WRAPPED]?: true } }).engine;
  if (engine[WRAPPED]) return;
  const generate = engine.generateUserAbility.bind(engine);

  engine.generateUserAbility = async (user: AdminUser) => {
    // the running instance, as the engine itself finds it (Strapi's global)
    const current = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
    const roleIds = (user?.roles ?? []).map((r) => r?.id);
    // a user object without its roles (some plugin's own call): built as Strapi does
    if (user?.id === undefined || !roleIds.length || roleIds.some((id) => id === undefined)) return generate(user);
    let kept = keptOf.get(current);
    if (!kept) keptOf.set(current, (kept = new Map()));
    const key = `${user.id}|${(roleIds as Array<number | string>).map(String).sort().join(',')}`;
    const stamp = await permissionStamp(current, 'admin::permission', roleIds as Array<number | string>);
    const hit = kept.get(key);
    if (hit && hit.stamp === stamp) {
      kept.delete(key);
      kept.set(key, hit);
      return hit.ability;
    }
    const ability = await generate(user);
    kept.delete(key);
    kept.set(key, { stamp, ability });
    if (kept.size > MAX_USERS) kept.delete(kept.keys().next().value as string);
    return ability;
  };
  engine[WRAPPED] = true;
}
