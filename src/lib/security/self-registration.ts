import type { Core } from '@strapi/strapi';

/**
 * Staff accounts are created by administrators: users-permissions' open self-registration
 * (POST /api/auth/local/register, on by default) would hand anyone the `authenticated` (staff) role.
 * It is switched off once, at the first start; an administrator who switches it back on in the admin
 * panel (Settings → Users & Permissions → Advanced settings) is not overruled at the next start.
 */
export async function closeSelfRegistrationOnce(strapi: Core.Strapi): Promise<boolean> {
  const marker = strapi.store({ type: 'plugin', name: 'mind-desk', key: 'self-registration-closed' });
  if (await marker.get({})) return false;
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  await marker.set({ value: true });
  return true;
}
