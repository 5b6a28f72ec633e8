import type { Core } from '@strapi/strapi';

/**
 * Creates the super admin named by DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD when both are set and
 * no admin with that email exists. Without them Strapi's usual first-admin screen appears.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const email = env.DEMO_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.DEMO_ADMIN_PASSWORD;
  if (!email || !password) return false;

  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return false;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing; cannot create the demo admin.');
  await users.create({
    email,
    // a person's name: the panel's homepage greets the administrator by it ("สวัสดี สมศรี")
    firstname: 'สมศรี',
    lastname: 'รักษ์ระบบ',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created super admin ${email} from DEMO_ADMIN_EMAIL.`);
  return true;
}
