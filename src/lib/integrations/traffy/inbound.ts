import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { insertIgnoringConflict } from '../../platform/db-insert';
import { COMPLAINT_UID, type ComplaintStatus } from '../../complaints/model';
import { canTransition } from '../../complaints/status';
import { canRate } from '../../complaints/follow-up';
import type { IntakeInput } from '../../complaints/intake';
import { fingerprintOf } from './calls';
import type { TraffyConfig } from './config';
import { fromTraffy } from './loop';
import { categoryFor, stateFor } from './mapping';
import { loadMappings } from './outbound';
import { TRAFFY_ACTOR_LABEL, TRAFFY_CHANNEL, TRAFFY_EVENT_UID } from './model';
import {
  eventKeyOf,
  isForUs,
  starsOf,
  traffyTime,
  type ChatMessage,
  type NewIssue,
  type StatusUpdate,
  type TraffyWebhook,
} from './webhook';

/**
 * Traffy → MIND Desk: each webhook applied once (its event key, traffy-event rows), all in one
 * transaction with its record (a failure leaves nothing, and Traffy's retry is applied afresh).
 *
 * - new issue → a complaint on channel `traffy` holding the ticket id. Traffy sends no personal data
 *   and the citizen follows on LINE: the complaint holds none and the citizen is asked for nothing.
 * - status update → a public timeline note; when the status maps to a state our workflow may reach
 *   from the current one, that transition (e.g. another organisation finished the job).
 * - chat, comment, chat_staff_only → an internal note (a citizen's words may carry personal data).
 * - rating → the complaint's rating when it is ratable, and a note.
 * Our own updates echoed back, and new issues for organisations not ours, are recorded and ignored.
 */
export type Outcome = 'created' | 'applied' | 'noted' | 'rated' | 'echo' | 'not_ours' | 'unknown_ticket' | 'duplicate';

interface ComplaintService {
  intake(input: IntakeInput, opts: { channel: string; actor: { label: string }; now?: Date }): Promise<{ documentId: string; id: number }>;
  transition(
    documentId: string,
    to: string,
    opts: { actor: { label: string }; note?: string; visibility?: 'public' | 'internal' },
  ): Promise<unknown>;
  addUpdate(
    documentId: string,
    actor: { label: string },
    input: { kind: 'note'; note: string; visibility: 'public' | 'internal'; occurredAt?: Date },
  ): Promise<unknown>;
}

const actor = { label: TRAFFY_ACTOR_LABEL };
const service = (strapi: Core.Strapi) => strapi.service(COMPLAINT_UID) as unknown as ComplaintService;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The province named in a Thai address ("… จ.ปทุมธานี", "จังหวัดระยอง", "กรุงเทพมหานคร"). */
export function provinceNameIn(address: string | undefined): string | null {
  const a = address ?? '';
  if (/กรุงเทพ/.test(a)) return 'กรุงเทพมหานคร';
  const m = /(?:จ\.|จังหวัด)\s*([^\s,]+)/.exec(a);
  return m ? m[1] : null;
}

async function complaintOf(strapi: Core.Strapi, ticketId: string) {
  return strapi.db.query(COMPLAINT_UID).findOne({
    where: { traffyTicketId: ticketId },
    select: ['id', 'documentId', 'state', 'rating', 'resolvedAt', 'closedAt'],
  });
}

async function isOurEcho(strapi: Core.Strapi, fingerprint: string): Promise<boolean> {
  const row = await strapi.db.query(TRAFFY_EVENT_UID).findOne({ where: { direction: 'out', fingerprint }, select: ['id'] });
  return !!row;
}

async function newIssue(strapi: Core.Strapi, config: TraffyConfig, e: NewIssue): Promise<{ outcome: Outcome; complaint?: string }> {
  if (!isForUs(e, config.orgIds)) return { outcome: 'not_ours' };
  const already = await complaintOf(strapi, e.ticket_id);
  if (already) return { outcome: 'duplicate', complaint: already.documentId };
  const mappings = await loadMappings(strapi);
  const description = (e.description ?? '').trim() || '(ไม่มีรายละเอียด / no details)';
  const provinceName = provinceNameIn(e.address);
  const province = provinceName
    ? await strapi.db.query('api::province.province').findOne({ where: { nameTh: provinceName }, select: ['code'] })
    : null;
  const hasPoint = typeof e.latitude === 'number' && typeof e.longitude === 'number';
  const input: IntakeInput = {
    title: clip(`${e.type?.trim() || 'แจ้งอุต'}: ${description.replace(/\s+/g, ' ')}`, 200),
    description: clip(description, 5000),
    categoryCode: categoryFor(mappings, { id: e.type_id, name: e.type }, config.defaultCategory),
    provinceCode: province?.code,
    address: e.address ? clip(e.address, 1000) : undefined,
    ...(hasPoint ? { latitude: e.latitude, longitude: e.longitude } : {}),
    anonymous: true,
    consent: false,
  };
  const created = await service(strapi).intake(input, { channel: TRAFFY_CHANNEL, actor, now: traffyTime(e.timestamp) });
  await strapi.db.query(COMPLAINT_UID).update({
    where: { id: created.id },
    data: {
      traffyTicketId: e.ticket_id,
      mediaUrl: e.photo[0] ?? null,
      serviceAttributes: {
        traffy: { ticketId: e.ticket_id, typeId: e.type_id ?? null, type: e.type ?? null, photos: e.photo, orgs: e.orgs },
      },
    },
  });
  return { outcome: 'created', complaint: created.documentId };
}

async function statusUpdate(strapi: Core.Strapi, e: StatusUpdate): Promise<{ outcome: Outcome; complaint?: string }> {
  const c = await complaintOf(strapi, e.ticket_id);
  if (!c) return { outcome: 'unknown_ticket' };
  if (await isOurEcho(strapi, fingerprintOf(e.ticket_id, `status:${e.status}`, e.note)))
    return { outcome: 'echo', complaint: c.documentId };
  const note = [
    `Traffy Fondue${e.org ? ` — ${e.org}` : ''}: ${e.status}`,
    (e.note ?? '').trim(),
    ...e.photo.map((url) => `รูปภาพ / photo: ${url}`),
  ]
    .filter(Boolean)
    .join('\n');
  const to = stateFor(await loadMappings(strapi), e.status);
  if (to && to !== c.state && canTransition(c.state as ComplaintStatus, to)) {
    try {
      await service(strapi).transition(c.documentId, to, { actor, note: clip(note, 5000), visibility: 'public' });
      return { outcome: 'applied', complaint: c.documentId };
    } catch (err) {
      // the workflow needs more than Traffy says (a team to assign, a summary to close): an officer decides
      if (!(err instanceof errors.ValidationError)) throw err;
    }
  }
  await service(strapi).addUpdate(c.documentId, actor, {
    kind: 'note',
    note: clip(note, 5000),
    visibility: 'public',
    occurredAt: traffyTime(e.timestamp),
  });
  return { outcome: 'noted', complaint: c.documentId };
}

const CHAT_LABELS: Record<ChatMessage['event'], string> = {
  chat: 'แชทใน Traffy Fondue / Traffy chat',
  comment: 'ความเห็นหลังประเมิน / Comment after rating',
  chat_staff_only: 'แชทเฉพาะเจ้าหน้าที่ / Staff-only chat',
  rating: 'ผู้แจ้งให้คะแนน / Rating',
};

async function chat(strapi: Core.Strapi, config: TraffyConfig, e: ChatMessage): Promise<{ outcome: Outcome; complaint?: string }> {
  const c = await complaintOf(strapi, e.ticket_id);
  if (!c) return { outcome: 'unknown_ticket' };
  const ours = e.sender_org_id !== null && e.sender_org_id !== undefined && config.orgIds.includes(Number(e.sender_org_id));
  if (ours && (await isOurEcho(strapi, fingerprintOf(e.ticket_id, 'chat', e.comment)))) return { outcome: 'echo', complaint: c.documentId };
  const who = e.sender_org ? `${e.sender_org}${e.sender_username ? ` (${e.sender_username})` : ''}` : 'ผู้แจ้ง / the citizen';
  let outcome: Outcome = 'noted';
  if (e.event === 'rating') {
    const stars = starsOf(e.comment);
    if (stars !== null && canRate(c)) {
      await strapi.db
        .query(COMPLAINT_UID)
        .update({ where: { id: c.id }, data: { rating: stars, ratedAt: traffyTime(e.timestamp) ?? new Date() } });
      outcome = 'rated';
    }
  }
  await service(strapi).addUpdate(c.documentId, actor, {
    kind: 'note',
    note: clip(`${CHAT_LABELS[e.event]} — ${who}\n${(e.comment ?? '').trim()}`, 5000),
    visibility: 'internal',
    occurredAt: traffyTime(e.timestamp),
  });
  return { outcome, complaint: c.documentId };
}

/** Applies one verified webhook once; a repeat of an event already received is a no-op answered `duplicate`. */
export async function receiveWebhook(
  strapi: Core.Strapi,
  config: TraffyConfig,
  event: TraffyWebhook,
): Promise<{ outcome: Outcome; complaint?: string }> {
  const eventKey = eventKeyOf(event);
  return fromTraffy(() =>
    strapi.db.transaction(async () => {
      const first = await insertIgnoringConflict(
        strapi,
        TRAFFY_EVENT_UID,
        {
          eventKey,
          direction: 'in',
          kind: event.kind === 'chat' ? event.event : event.kind,
          ticketId: event.ticket_id,
          occurredAt: new Date(),
        },
        'eventKey',
      );
      if (!first) return { outcome: 'duplicate' as const };
      const result =
        event.kind === 'new_issue'
          ? await newIssue(strapi, config, event)
          : event.kind === 'status_update'
            ? await statusUpdate(strapi, event)
            : await chat(strapi, config, event);
      await strapi.db
        .query(TRAFFY_EVENT_UID)
        .update({ where: { eventKey }, data: { outcome: result.outcome, complaintDocumentId: result.complaint ?? null } });
      return result;
    }),
  );
}
