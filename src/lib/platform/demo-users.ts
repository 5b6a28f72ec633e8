import type { Core } from '@strapi/strapi';

/** The password of every demo account (demo data only; README lists the accounts). */
const DEMO_PASSWORD = 'Demo-Passw0rd!';

/** A confirmed users-permissions account `<username>@demo.mind-desk.local` with the role of `roleType`; created once. */
export async function ensureDemoUser(strapi: Core.Strapi, username: string, roleType: string) {
  const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
  if (existing) return existing;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  return strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@demo.mind-desk.local`,
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
}
