import type { Core } from '@strapi/strapi';

/**
 * Strapi tries a content-API token before users-permissions' session token on every signed-in request, so each
 * request from a person signed in to the staff app looked up an API token by the hash of their session JWT: one
 * statement that can never find anything. API tokens are random hex strings (Strapi makes them, nobody chooses
 * one); a session token is a JWT, three base64url parts joined by dots. A bearer shaped like a JWT is not
 * looked up: it is answered "no such API token", as the look-up would have answered, and users-permissions
 * takes it from there.
 */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** What `hash` answers for a JWT: never the hash of a key (those are 128 hex digits), so never found. */
const NOT_AN_API_TOKEN = '';

const isJwtShaped = (token: unknown): boolean => typeof token === 'string' && JWT_SHAPE.test(token);

type TokenService = {
  hash: (accessKey: string) => string;
  getByAccessKey: (accessKeyHash: string, options?: unknown) => Promise<unknown>;
} & Record<string, unknown>;

/** Called in register(). */
export function skipApiTokenLookupOfSessionTokens(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::api-token-content-api', (service: TokenService) => {
    const hash = service.hash;
    const getByAccessKey = service.getByAccessKey;
    return {
      ...service,
      hash: (accessKey: string) => (isJwtShaped(accessKey) ? NOT_AN_API_TOKEN : hash(accessKey)),
      getByAccessKey: async (accessKeyHash: string, options?: unknown) =>
        accessKeyHash === NOT_AN_API_TOKEN ? null : getByAccessKey(accessKeyHash, options),
    };
  });
}
