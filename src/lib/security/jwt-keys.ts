import { createSecretKey } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * jsonwebtoken, handed a secret as a string, tries on every verify to read it as a PEM public key, fails
 * (an exception) and only then makes a secret key of it: 6 % of the server's CPU on authenticated API reads
 * in the profile. The session manager's origins (admin panel, users-permissions' refresh mode) are given
 * their secret as a key object once, when they are defined: the same bytes (UTF-8, as jsonwebtoken takes a
 * string), so every token signed before stays valid and signing is unchanged. Asymmetric algorithms use
 * their own keys (`jwtOptions`), which are left as configured.
 */
type DefineOrigin = (origin: string, config: { jwtSecret?: unknown } & Record<string, unknown>) => void;

/** Called in register(), before the admin panel and users-permissions define their origins (bootstrap). */
export function keepJwtSecretsAsKeys(strapi: Core.Strapi): void {
  const manager = strapi.sessionManager as unknown as { defineOrigin: DefineOrigin };
  const define = manager.defineOrigin;
  manager.defineOrigin = (origin, config) => {
    const secret = config?.jwtSecret;
    define(origin, typeof secret === 'string' && secret ? { ...config, jwtSecret: createSecretKey(Buffer.from(secret)) } : config);
  };
}
