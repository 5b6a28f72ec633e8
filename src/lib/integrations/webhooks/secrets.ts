import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayDoAll, CM_UPDATE } from '../../platform/admin-ability';
import { documentGuard } from '../../platform/trusted-write';
import { fieldErrors } from '../../platform/validation';
import { WEBHOOK_ENDPOINT_UID } from './model';

/**
 * A webhook endpoint's secret: made by the server, answered once (when issued or rotated) and stored
 * encrypted with the app's ENCRYPTION_KEY (AES-256-GCM, Strapi's own admin encryption service, as it
 * keeps API tokens) — not hashed, because each delivery is signed with it. The secret fields are written
 * only by the route below; the panel shows the secret's first characters and when it was issued.
 */
interface Encryption {
  encrypt(value: string): string | null;
  decrypt(value: string): string | null;
}
const encryption = (strapi: Core.Strapi) => strapi.service('admin::encryption') as unknown as Encryption;

/** The stored secret in clear, or null (none, or ENCRYPTION_KEY changed since it was issued). */
export function readSecret(strapi: Core.Strapi, stored: string | null | undefined): string | null {
  if (!stored) return null;
  try {
    return encryption(strapi).decrypt(stored);
  } catch {
    return null;
  }
}

const SECRET_FIELDS = ['secretEncrypted', 'secretPrefix', 'secretIssuedAt'] as const;

/** Content Manager writes: an http(s) address (https in production), and no hand on the secret fields; no read shows the encrypted secret. */
export function webhookEndpointGuard() {
  return documentGuard(
    [WEBHOOK_ENDPOINT_UID],
    async (context, next) => {
      const data = context.params.data;
      if ((context.action === 'create' || context.action === 'update') && data) {
        for (const f of SECRET_FIELDS) delete data[f];
        if ('url' in data || context.action === 'create') {
          let url: URL | null = null;
          try {
            url = new URL(String(data.url ?? ''));
          } catch {
            url = null;
          }
          const production = process.env.NODE_ENV === 'production';
          const allowed = production ? ['https:'] : ['https:', 'http:'];
          if (!url || !allowed.includes(url.protocol)) {
            throw fieldErrors([{ path: ['url'], message: `must be an absolute ${production ? 'https' : 'http(s)'} address` }]);
          }
        }
      }
      if (context.action === 'clone') throw new errors.ValidationError('a webhook endpoint cannot be copied: its secret is its own');
      const result = (await next()) as unknown;
      // what the document service answers (the panel, the API) never carries the encrypted secret; the queue reads it from the database
      for (const row of Array.isArray(result) ? result : [result]) {
        if (row && typeof row === 'object') delete (row as Record<string, unknown>).secretEncrypted;
      }
      return result;
    },
    { skipTrusted: false },
  );
}

type Ctx = Parameters<Core.ControllerHandler>[0];

/**
 * Admin route behind the Integrations page (admin login; the Content Manager's update of webhook endpoints):
 *   POST /admin/mind-webhooks/endpoints/:id/secret   issues the secret, or rotates it (the old one stops
 *                                                     signing at once, also for deliveries still queued); answers it once
 */
export function registerWebhookSecretRoutes(strapi: Core.Strapi) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  admin.routes['mind-webhooks'] = {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/mind-webhooks/endpoints/:id/secret',
        handler: async (ctx: Ctx) => {
          if (!mayDoAll(ctx.state.userAbility, CM_UPDATE, WEBHOOK_ENDPOINT_UID)) {
            throw new errors.ForbiddenError(`update of ${WEBHOOK_ENDPOINT_UID} is not allowed for this administrator`);
          }
          ctx.set('Cache-Control', 'no-store');
          const q = strapi.db.query(WEBHOOK_ENDPOINT_UID);
          const endpoint = await q.findOne({ where: { documentId: ctx.params.id }, select: ['id', 'documentId'] });
          if (!endpoint) throw new errors.NotFoundError('no such webhook endpoint');
          const secret = `whsec_${randomBytes(32).toString('base64url')}`;
          const encrypted = encryption(strapi).encrypt(secret);
          if (!encrypted) throw new errors.ApplicationError('ENCRYPTION_KEY is not set: no secret can be stored');
          const issuedAt = new Date();
          const prefix = secret.slice(0, 12);
          await q.update({
            where: { id: endpoint.id },
            data: { secretEncrypted: encrypted, secretPrefix: prefix, secretIssuedAt: issuedAt },
          });
          ctx.body = { data: { documentId: endpoint.documentId, secret, secretPrefix: prefix, secretIssuedAt: issuedAt.toISOString() } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
