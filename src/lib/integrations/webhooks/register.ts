import type { Core } from '@strapi/strapi';
import { registerWebhookDeliveries } from './deliveries';
import { registerWebhookSecretRoutes, webhookEndpointGuard } from './secrets';

/** Outbound webhooks (docs/webhooks.md): the endpoints' guard, the secret route, the deliveries. */
export function registerWebhooks(strapi: Core.Strapi) {
  strapi.documents.use(webhookEndpointGuard());
  registerWebhookSecretRoutes(strapi);
  registerWebhookDeliveries(strapi);
}
