import type { Core } from '@strapi/strapi';
import { enqueueHttpCall, registerHttpChannel } from '../../platform/http-outbox';
import { cachedRead } from '../../platform/cached-reads';
import { adminEntryLink, publicBaseUrl } from '../../platform/links';
import { COMPLAINT_UID, COMPLAINT_UPDATE_UID } from '../../complaints/model';
import { EVENT_SWITCH, eventsOfEntry, SIGNATURE_HEADER, signatureOf, webhookPayload, type ComplaintFacts, type EntryFacts } from './events';
import { ENDPOINT_HEADER, WEBHOOK_CHANNEL, WEBHOOK_ENDPOINT_UID } from './model';
import { readSecret } from './secrets';
import { onTimelineEntry } from '../../complaints/timeline-hooks';

/**
 * Webhook deliveries: when a complaint's timeline gets an entry that is an event, one call per active
 * endpoint that wants it is queued on the outbound HTTP queue, in the transaction that wrote the entry
 * (a step rolled back sends nothing), keyed by endpoint, entry and event (queued once, whatever retries
 * the step). The queue signs each attempt with the endpoint's current secret and retries with backoff.
 */

interface EndpointRow {
  documentId: string;
  url: string;
  onReceived: boolean | null;
  onAssigned: boolean | null;
  onStateChanged: boolean | null;
  onClosed: boolean | null;
}

async function complaintFacts(strapi: Core.Strapi, documentId: string): Promise<ComplaintFacts | null> {
  return strapi.db.query(COMPLAINT_UID).findOne({
    where: { documentId },
    select: [
      'documentId',
      'ticketNumber',
      'trackingCode',
      'state',
      'urgency',
      'channel',
      'receivedAt',
      'acknowledgeDueAt',
      'resolveDueAt',
      'acknowledgedAt',
      'resolvedAt',
      'closedAt',
    ],
    populate: {
      category: { select: ['code', 'nameTh', 'nameEn'] },
      province: { select: ['code', 'nameTh', 'nameEn'] },
      assignedTeam: { select: ['name'] },
    },
  }) as Promise<ComplaintFacts | null>;
}

/** Queues the deliveries of one new timeline entry. */
async function queueEntryEvents(
  strapi: Core.Strapi,
  entry: EntryFacts & { documentId: string; occurredAt?: string | Date | null },
  complaintDocumentId: string,
): Promise<number> {
  const events = eventsOfEntry(entry);
  if (!events.length) return 0;
  // kept like the lists' counts: another instance's new endpoint hears within 30 s; a deactivated one is
  // refused at sending (prepare, below)
  const endpoints = (await cachedRead(strapi, [WEBHOOK_ENDPOINT_UID], 'active', () =>
    strapi.db.query(WEBHOOK_ENDPOINT_UID).findMany({
      where: { active: true, secretEncrypted: { $notNull: true } },
      select: ['documentId', 'url', 'onReceived', 'onAssigned', 'onStateChanged', 'onClosed'],
      orderBy: { id: 'asc' },
    }),
  )) as EndpointRow[];
  if (!endpoints.length) return 0;
  const c = await complaintFacts(strapi, complaintDocumentId);
  if (!c) return 0;
  const base = publicBaseUrl(strapi);
  const links = {
    tracking: `${base}/complaints/track.html?code=${encodeURIComponent(c.trackingCode)}`,
    admin: adminEntryLink(strapi, base, COMPLAINT_UID, c.documentId),
  };
  let queued = 0;
  for (const event of events) {
    const payload = webhookPayload(event, entry, c, links);
    for (const endpoint of endpoints) {
      if (endpoint[EVENT_SWITCH[event]] === false) continue;
      const { created } = await enqueueHttpCall(strapi, {
        channel: WEBHOOK_CHANNEL,
        dedupeKey: `webhook:${endpoint.documentId}:${payload.id}`,
        method: 'POST',
        url: endpoint.url,
        headers: { 'X-MIND-Event': event, [ENDPOINT_HEADER]: endpoint.documentId },
        body: payload,
        related: { uid: COMPLAINT_UID, documentId: c.documentId },
      });
      if (created) queued++;
    }
  }
  return queued;
}

/** The complaint a timeline entry's create names (a documentId, or a relation payload). */
function complaintRef(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const v = value as { documentId?: string; connect?: Array<{ documentId?: string }> } | null;
  return v?.documentId ?? v?.connect?.[0]?.documentId ?? null;
}

/** Installs the queue channel, and reads each new timeline entry: the document service's and the lean intake's. */
export function registerWebhookDeliveries(strapi: Core.Strapi) {
  registerHttpChannel(WEBHOOK_CHANNEL, {
    // signed at each attempt with the endpoint's current secret, over the exact body sent
    async prepare(call, body) {
      const id = call.headers?.[ENDPOINT_HEADER];
      const endpoint = id
        ? await strapi.db.query(WEBHOOK_ENDPOINT_UID).findOne({ where: { documentId: id }, select: ['active', 'secretEncrypted'] })
        : null;
      if (!endpoint) throw new Error('the webhook endpoint no longer exists');
      if (endpoint.active === false) throw new Error('the webhook endpoint is inactive');
      const secret = readSecret(strapi, endpoint.secretEncrypted);
      if (!secret) throw new Error('the webhook endpoint has no secret');
      return { [SIGNATURE_HEADER]: signatureOf(secret, body, Math.floor(Date.now() / 1000)) };
    },
  });
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === COMPLAINT_UPDATE_UID && context.action === 'create' && result) {
      const params = context.params as { data?: { complaint?: unknown } };
      const complaint = complaintRef(params.data?.complaint);
      if (complaint) await queueEntryEvents(strapi, result as unknown as EntryFacts & { documentId: string }, complaint);
    }
    return result;
  });
  onTimelineEntry(strapi, (entry, complaint) => queueEntryEvents(strapi, entry, complaint.documentId));
}
