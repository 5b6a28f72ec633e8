import type { UID } from '@strapi/strapi';

/** The Traffy Fondue (แจ้งอุต) bridge: its content types, the complaint channel and how it signs timeline entries. */
export const MAPPING_UID = 'api::integration-mapping.integration-mapping' as const satisfies UID.ContentType;
export const TRAFFY_EVENT_UID = 'api::traffy-event.traffy-event' as const satisfies UID.ContentType;

/** The complaint channel of complaints filed on แจ้งอุต. */
export const TRAFFY_CHANNEL = 'traffy' as const;
/** The outbound HTTP queue's channel name (src/lib/platform/http-outbox.ts). */
export const TRAFFY_HTTP_CHANNEL = 'traffy' as const;
/** Who wrote a timeline entry that came from Traffy. */
export const TRAFFY_ACTOR_LABEL = 'Traffy Fondue (แจ้งอุต)';
