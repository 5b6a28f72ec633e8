import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';

export interface TestUser {
  id: number;
  documentId: string;
  email: string;
  jwt: string;
  /** `Authorization` header value */
  auth: string;
}

/**
 * Creates a confirmed users-permissions user with the role of the given `type`
 * (e.g. 'authenticated', 'complaint-officer') and returns it with a JWT.
 */
export async function createUser(strapi: Core.Strapi, roleType: string, extra: Record<string, unknown> = {}): Promise<TestUser> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  if (!role) throw new Error(`no users-permissions role of type ${roleType}`);
  const name = `${roleType}-${randomBytes(4).toString('hex')}`;
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: name,
      email: `${name}@example.test`,
      password: 'Passw0rd!test',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      ...extra,
    });
  // a promise in session (refresh) mode
  const jwt: string = await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { id: user.id, documentId: user.documentId, email: user.email, jwt, auth: `Bearer ${jwt}` };
}
