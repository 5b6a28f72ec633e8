/** The administrator's CASL ability, as the admin's authentication leaves it on `ctx.state.userAbility`. */
interface AdminAbility {
  can(action: string, subject: string): boolean;
  rulesFor?(action: string, subject: string): { inverted?: boolean; conditions?: unknown }[];
}

const READ = 'plugin::content-manager.explorer.read';

/**
 * May this administrator read every entry of `subject` in the Content Manager? Figures over all entries
 * (dashboard widgets, acknowledgement rates) need this. A permission with conditions (Strapi's Author
 * role: "is creator") reads only some entries, and counts over all of them would tell more than it may
 * see, so only an unconditional read permission counts.
 */
export function mayReadAll(ability: AdminAbility | undefined, subject: string): boolean {
  return mayDoAll(ability, READ, subject);
}

/** May this administrator do `action` (a Content Manager action, e.g. `…explorer.update`) on every entry of `subject`? */
export function mayDoAll(ability: AdminAbility | undefined, action: string, subject: string): boolean {
  if (!ability?.can(action, subject)) return false;
  const rules = ability.rulesFor?.(action, subject) ?? [];
  return rules.some((r) => !r.inverted && !r.conditions);
}

/** The Content Manager's update action: what the panel's workflow buttons need on their type. */
export const CM_UPDATE = 'plugin::content-manager.explorer.update';
