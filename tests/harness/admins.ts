import type { TestApp } from './strapi';

export interface TestAdmin {
  email: string;
  token: string;
  /** the Authorization header value */
  auth: string;
}

/**
 * An admin-panel user holding only the admin role `code`, logged in. Asking again for the same e-mail logs
 * the existing user in again.
 */
export async function adminWithRole(
  app: TestApp,
  code: string,
  options: { email?: string; firstname?: string; lastname?: string } = {},
): Promise<TestAdmin> {
  const email = options.email ?? `${code}.admin@example.test`;
  const password = 'Limited-passw0rd';
  if (!(await app.strapi.db.query('admin::user').findOne({ where: { email } }))) {
    const role = await (app.strapi.service('admin::role') as any).findOne({ code });
    if (!role) throw new Error(`no admin role with code ${code}`);
    await (app.strapi.service('admin::user') as any).create({
      email,
      firstname: options.firstname ?? 'สมหญิง',
      lastname: options.lastname ?? code,
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const token: string = (await app.http().post('/admin/login').send({ email, password }).expect(200)).body.data.token;
  return { email, token, auth: `Bearer ${token}` };
}
