import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayDoAll } from '../../platform/admin-ability';

/**
 * Open311 clients: the platforms and apps allowed to POST service requests, as records administrators
 * manage in the admin panel (`open311-client`): a name, a contact, its own rate limit (requests per
 * window, counted per key, whatever address they come from: a platform posts for many citizens from
 * one server), and a key. The key is made by the server, shown once (when issued or rotated) and
 * stored only as its SHA-256 hash; revoking clears the hash, so a revoked key never works again.
 *
 * `OPEN311_API_KEYS` (the former comma-separated list) still works as a fallback: those keys are
 * accepted, limited per client address like a citizen (`PUBLIC_INTAKE_RATE_LIMIT`). While it is set, or
 * with `OPEN311_REQUIRE_API_KEY=true`, a POST without a key is refused; otherwise citizens' apps may
 * POST without one, limited per address. A key that is not valid or was revoked is always a 403.
 */
const OPEN311_CLIENT_UID = 'api::open311-client.open311-client';

const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

const envKeys = () =>
  String(process.env.OPEN311_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

interface ClientRow {
  id: number;
  documentId: string;
  name: string;
  active: boolean | null;
  rateLimit: number | null;
  rateWindowSeconds: number | null;
}

/** Who the rate limit of an Open311 POST counts, and their allowance (null: the client address, the default). */
export async function open311PostSubject(ctx: Context, strapi: Core.Strapi) {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const raw = ctx.query.api_key ?? body.api_key;
  const key = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? String(raw[0] ?? '').trim() : '';
  const listed = envKeys();
  if (!key) {
    if (listed.length || process.env.OPEN311_REQUIRE_API_KEY === 'true') refuse(ctx, 'api_key is required');
    return null;
  }
  const row = (await strapi.db.query(OPEN311_CLIENT_UID).findOne({
    where: { keyHash: hashKey(key) },
    select: ['id', 'documentId', 'name', 'active', 'rateLimit', 'rateWindowSeconds'],
  })) as ClientRow | null;
  if (row) {
    if (row.active === false) refuse(ctx, 'api_key has been revoked');
    ctx.state.open311Client = { documentId: row.documentId, name: row.name };
    return {
      key: 'open311-client',
      id: row.documentId,
      points: row.rateLimit ?? DEFAULT_CLIENT_LIMIT,
      durationSeconds: row.rateWindowSeconds ?? DEFAULT_CLIENT_WINDOW,
    };
  }
  if (listed.includes(key)) return null;
  return refuse(ctx, 'api_key is not valid');
}

/** A 403, whose reason the Open311 error layer (http.ts) answers. */
function refuse(ctx: Context, reason: string): never {
  ctx.state.open311Refusal = reason;
  throw new errors.ForbiddenError(reason);
}

const DEFAULT_CLIENT_LIMIT = 1000;
const DEFAULT_CLIENT_WINDOW = 3600;

type Ctx = Parameters<Core.ControllerHandler>[0];
const UPDATE = 'plugin::content-manager.explorer.update';

/** A new key: 32 random bytes, readable as text; its first characters identify it in the panel. */
function newKey() {
  return `o311_${randomBytes(32).toString('base64url')}`;
}

async function clientOr404(strapi: Core.Strapi, documentId: string) {
  const row = await strapi.db.query(OPEN311_CLIENT_UID).findOne({ where: { documentId }, select: ['id', 'documentId', 'name'] });
  if (!row) throw new errors.NotFoundError('no such Open311 client');
  return row as { id: number; documentId: string; name: string };
}

/**
 * Admin routes behind the client's edit view in the panel (admin login; the Content Manager's update of
 * Open311 clients):
 *   POST /admin/mind-integrations/open311-clients/:id/key     issues a key, or rotates it (the old one stops at once); answers it once
 *   POST /admin/mind-integrations/open311-clients/:id/revoke  revokes the key (it never works again) and marks the client inactive
 */
export function registerOpen311ClientRoutes(strapi: Core.Strapi) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  const guarded = (fn: (ctx: Ctx) => Promise<unknown>) => async (ctx: Ctx) => {
    if (!mayDoAll(ctx.state.userAbility, UPDATE, OPEN311_CLIENT_UID)) {
      throw new errors.ForbiddenError(`update of ${OPEN311_CLIENT_UID} is not allowed for this administrator`);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await fn(ctx) };
  };
  admin.routes['mind-integrations'] = {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/mind-integrations/open311-clients/:id/key',
        handler: guarded(async (ctx) => {
          const client = await clientOr404(strapi, ctx.params.id);
          const key = newKey();
          const issuedAt = new Date();
          await strapi.db.query(OPEN311_CLIENT_UID).update({
            where: { id: client.id },
            data: { keyHash: hashKey(key), keyPrefix: key.slice(0, 12), keyIssuedAt: issuedAt, active: true, revokedAt: null },
          });
          return { documentId: client.documentId, key, keyPrefix: key.slice(0, 12), keyIssuedAt: issuedAt.toISOString() };
        }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'POST',
        path: '/mind-integrations/open311-clients/:id/revoke',
        handler: guarded(async (ctx) => {
          const client = await clientOr404(strapi, ctx.params.id);
          const revokedAt = new Date();
          await strapi.db.query(OPEN311_CLIENT_UID).update({
            where: { id: client.id },
            data: { keyHash: null, active: false, revokedAt },
          });
          return { documentId: client.documentId, active: false, revokedAt: revokedAt.toISOString() };
        }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
