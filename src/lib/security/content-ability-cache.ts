import type { Core } from '@strapi/strapi';

/**
 * users-permissions builds the caller's content-API ability from their role's permissions on every request,
 * evaluating each permission through the engine's hooks. Its permissions are bare action names
 * (`toContentAPIPermission` keeps `action` only) and the engine's hooks are fixed once Strapi has booted, so
 * the same list of actions always builds the same ability: it is kept by that list. The role's permissions
 * are still read on every request, so a permission granted or revoked is followed from the next request.
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
