import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { enqueueHttpCall } from '../../platform/http-outbox';
import { insertIgnoringConflict } from '../../platform/db-insert';
import { publicBaseUrl } from '../../platform/links';
import { fieldErrors } from '../../platform/validation';
import { COMPLAINT_UID, COMPLAINT_UPDATE_UID } from '../../complaints/model';
import { callForEntry, forwardCall, type TimelineEntry, type TraffyCall } from './calls';
import type { TraffyConfig } from './config';
import { isFromTraffy } from './loop';
import type { MappingRow } from './mapping';
import { MAPPING_UID, TRAFFY_EVENT_UID, TRAFFY_HTTP_CHANNEL } from './model';

/**
 * MIND Desk → Traffy: each timeline entry of a bridged complaint (one with a Traffy ticket) that the
 * citizen should see is queued as one Exchange API call, in the transaction that wrote the entry (a
 * step rolled back sends nothing), under the entry's id as the queue's key (sent once, however often
 * the step is retried). Entries written by a Traffy webhook are never sent (loop.ts).
 */
export async function loadMappings(strapi: Core.Strapi): Promise<MappingRow[]> {
  const rows = await strapi.db.query(MAPPING_UID).findMany({
    where: { system: 'traffy', active: true },
    populate: { category: { select: ['code'] } },
    orderBy: [{ id: 'asc' }],
  });
  return rows.map((r: Record<string, unknown>) => ({
    kind: r.kind as MappingRow['kind'],
    traffyId: (r.traffyId as number | null) ?? null,
    traffyName: String(r.traffyName ?? ''),
    categoryCode: (r.category as { code?: string } | null)?.code ?? null,
    state: (r.state as MappingRow['state']) ?? null,
    outbound: r.outbound as boolean | null,
    active: r.active as boolean | null,
  }));
}

/** Queues one call and records its fingerprint, so that Traffy's echo of it is recognised. */
async function queueTraffyCall(
  strapi: Core.Strapi,
  config: TraffyConfig,
  target: { complaintDocumentId: string; ticketId: string },
  dedupeKey: string,
  call: TraffyCall,
): Promise<{ created: boolean }> {
  const queued = await enqueueHttpCall(strapi, {
    channel: TRAFFY_HTTP_CHANNEL,
    dedupeKey,
    method: call.method,
    url: `${config.baseUrl}${call.path}`,
    body: call.body,
    related: { uid: COMPLAINT_UID, documentId: target.complaintDocumentId },
  });
  if (queued.created) {
    await insertIgnoringConflict(
      strapi,
      TRAFFY_EVENT_UID,
      {
        eventKey: `out:${dedupeKey}`,
        direction: 'out',
        kind: call.path.split('/')[1],
        ticketId: target.ticketId,
        complaintDocumentId: target.complaintDocumentId,
        fingerprint: call.fingerprint,
        outcome: 'queued',
        occurredAt: new Date(),
      },
      'eventKey',
    );
  }
  return queued;
}

/** The complaint a timeline entry's create names (a documentId, or a relation payload). */
function complaintRef(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const v = value as { documentId?: string; connect?: Array<{ documentId?: string }> } | null;
  return v?.documentId ?? v?.connect?.[0]?.documentId ?? null;
}

async function photosOf(strapi: Core.Strapi, entryDocumentId: string): Promise<string[]> {
  const row = await strapi.db.query(COMPLAINT_UPDATE_UID).findOne({
    where: { documentId: entryDocumentId },
    select: ['id'],
    populate: { attachments: { select: ['url', 'mime'] } },
  });
  const base = publicBaseUrl(strapi);
  return ((row?.attachments ?? []) as Array<{ url: string; mime?: string }>)
    .filter((f) => (f.mime ?? '').startsWith('image/'))
    .map((f) => (/^https?:\/\//.test(f.url) ? f.url : `${base}${f.url}`));
}

/** Reacts to a new timeline entry (from the document-service middleware, or the lean intake's hook). */
export async function pushTimelineEntry(
  strapi: Core.Strapi,
  config: TraffyConfig,
  entry: TimelineEntry,
  complaint: unknown,
  /** the complaint as the entry's writer knows it (a new complaint: no Traffy ticket), instead of reading it */
  known?: { state: string; traffyTicketId?: string | null },
) {
  if (isFromTraffy()) return;
  const documentId = complaintRef(complaint);
  if (!documentId) return;
  const c = known ?? (await strapi.db.query(COMPLAINT_UID).findOne({ where: { documentId }, select: ['state', 'traffyTicketId'] }));
  if (!c?.traffyTicketId) return;
  const photos = entry.kind === 'field_visit' ? await photosOf(strapi, entry.documentId) : [];
  const call = callForEntry(entry, { ticketId: c.traffyTicketId, state: c.state }, await loadMappings(strapi), photos);
  if (!call) return;
  await queueTraffyCall(
    strapi,
    config,
    { complaintDocumentId: documentId, ticketId: c.traffyTicketId },
    `traffy:entry:${entry.documentId}`,
    call,
  );
}

/** The document-service middleware: after a complaint-update is created, its Traffy call. */
export function traffyOutboundMiddleware(strapi: Core.Strapi, config: TraffyConfig) {
  return async (ctx: { uid: string; action: string; params?: { data?: { complaint?: unknown } } }, next: () => Promise<unknown>) => {
    const result = await next();
    if (ctx.uid === COMPLAINT_UPDATE_UID && ctx.action === 'create' && result) {
      await pushTimelineEntry(strapi, config, result as TimelineEntry, ctx.params?.data?.complaint);
    }
    return result;
  };
}

/**
 * Invites (scenario 1) or forwards to (scenario 2) other organisations in Traffy — a co-responsible
 * provincial office or agency. Queued once per complaint, organisations and scenario.
 */
export async function forwardInTraffy(
  strapi: Core.Strapi,
  config: TraffyConfig,
  complaintDocumentId: string,
  input: { orgIds: number[]; scenario: 1 | 2; note: string },
): Promise<{ created: boolean }> {
  const c = await strapi.db.query(COMPLAINT_UID).findOne({ where: { documentId: complaintDocumentId }, select: ['traffyTicketId'] });
  if (!c) throw new errors.NotFoundError('Complaint not found');
  if (!c.traffyTicketId) throw fieldErrors([{ path: ['traffyTicketId'], message: 'this complaint did not come from Traffy Fondue' }]);
  const to = [...new Set(input.orgIds)].sort((a, b) => a - b);
  const call = forwardCall(c.traffyTicketId, config.orgIds[0], to, input.scenario, input.note);
  return queueTraffyCall(
    strapi,
    config,
    { complaintDocumentId, ticketId: c.traffyTicketId },
    `traffy:forward:${complaintDocumentId}:${input.scenario}:${to.join(',')}`,
    call,
  );
}
