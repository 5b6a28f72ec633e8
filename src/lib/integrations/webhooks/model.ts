import type { UID } from '@strapi/strapi';

export const WEBHOOK_ENDPOINT_UID = 'api::webhook-endpoint.webhook-endpoint' as const satisfies UID.ContentType;
/** The outbound HTTP queue's channel of webhook deliveries (src/lib/platform/http-outbox.ts). */
export const WEBHOOK_CHANNEL = 'webhook';
/** Stored with each queued delivery: which endpoint's secret signs it. */
export const ENDPOINT_HEADER = 'X-MIND-Webhook-Id';
