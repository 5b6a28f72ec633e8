import type { DomainManifest } from '../platform/manifest';
import { registerOpen311ClientRoutes } from './open311/clients';
import { open311Http } from './open311/http';
import { registerWebhooks } from './webhooks/register';

/**
 * How other systems connect: Open311 clients (API keys as records, src/lib/integrations/open311/clients.ts),
 * the Open311 error format and client quirks on every /api/open311/ path (open311/http.ts), outbound
 * webhooks for complaint events (webhooks/, docs/webhooks.md), and the OpenAPI document (src/api/openapi). The Open311 routes themselves are the complaints domain's
 * (src/api/open311).
 */
export const integrationsManifest: DomainManifest = {
  name: 'integrations',
  apis: ['open311-client', 'openapi', 'webhook-endpoint'],
  listViews: {
    'api::open311-client.open311-client': {
      columns: ['name', 'keyPrefix', 'active', 'rateLimit', 'rateWindowSeconds', 'keyIssuedAt'],
      sortBy: 'name',
      sortOrder: 'ASC',
      mainField: 'name',
    },
    'api::webhook-endpoint.webhook-endpoint': {
      columns: ['name', 'url', 'active', 'secretPrefix', 'secretIssuedAt'],
      sortBy: 'name',
      sortOrder: 'ASC',
      mainField: 'name',
    },
  },
  register: (strapi) => {
    registerOpen311ClientRoutes(strapi);
    registerWebhooks(strapi);
    // outside Strapi's router: it also answers paths no route matches
    strapi.server.use(open311Http());
  },
};
