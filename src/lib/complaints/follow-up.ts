import type { Core } from '@strapi/strapi';
import { enqueue, appData } from '../platform/outbox';
import { formatThaiDateTime } from '../platform/thai-date';
import { fieldErrors } from '../platform/validation';
import { COMPLAINT_UID, type ComplaintStatus } from './model';
import { STATUS_LABELS } from './status';

/**
 * The citizen kept informed: a complainant who opted in at intake (and gave an e-mail) gets one e-mail
 * per step a citizen cares about — accepted, assigned, visited, resolved, closed — carrying the step's
 * public note only (never an internal note, never who did it). After resolution they may rate the
 * result (1–5) and reopen within the policy's days, with the tracking code alone.
 */
type CitizenEvent = 'accepted' | 'assigned' | 'visited' | 'resolved' | 'closed';

const CITIZEN_EVENT_LABELS: Record<CitizenEvent, { th: string; en: string }> = {
  accepted: { th: 'เจ้าหน้าที่รับเรื่องของท่านแล้ว', en: 'Your complaint was accepted' },
  assigned: { th: 'มอบหมายเจ้าหน้าที่ดำเนินการแล้ว', en: 'A team has been assigned' },
  visited: { th: 'เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว', en: 'Officers visited the site' },
  resolved: { th: 'ดำเนินการแก้ไขแล้ว', en: 'Your complaint was resolved' },
  closed: { th: 'ปิดเรื่องแล้ว', en: 'Your complaint was closed' },
};

/** A timeline entry as the workflow writes it. */
interface TimelineEntryLike {
  documentId: string;
  kind?: string | null;
  toStatus?: string | null;
  note?: string | null;
  visibility?: string | null;
  occurredAt?: Date | string | null;
}

/** Which citizen event a timeline entry is, if any. */
export function citizenEventOf(entry: Pick<TimelineEntryLike, 'kind' | 'toStatus'>): CitizenEvent | null {
  if (entry.kind === 'assignment') return 'assigned';
  if (entry.kind === 'field_visit') return 'visited';
  if (entry.kind !== 'status_change') return null;
  switch (entry.toStatus) {
    case 'triaged':
      return 'accepted';
    case 'assigned':
      return 'assigned';
    case 'resolved':
      return 'resolved';
    case 'closed':
    case 'rejected':
    case 'duplicate':
      return 'closed';
    default:
      return null;
  }
}

/**
 * Queues the update e-mail of one timeline entry for an opted-in complainant; once per entry (the
 * outbox's key), so a retried request or a second call sends nothing more. Joins the caller's
 * transaction: a step rolled back sends nothing.
 */
export async function notifyCitizen(strapi: Core.Strapi, complaintDocumentId: string, entry: TimelineEntryLike): Promise<boolean> {
  const event = citizenEventOf(entry);
  if (!event) return false;
  const c = await strapi.db.query(COMPLAINT_UID).findOne({
    where: { documentId: complaintDocumentId },
    select: ['ticketNumber', 'trackingCode', 'state', 'anonymous', 'updatesOptIn'],
    populate: { complainant: true },
  });
  const to = c && !c.anonymous && c.updatesOptIn ? (c.complainant?.email ?? '').trim() : '';
  if (!to) return false;
  const { url } = appData(strapi);
  const status = STATUS_LABELS[c.state as ComplaintStatus] ?? { th: c.state, en: c.state };
  const { created } = await enqueue(strapi, {
    to,
    templateKey: 'complaint.citizen_update',
    data: {
      complaint: {
        ticketNumber: c.ticketNumber,
        trackingCode: c.trackingCode,
        trackingUrl: `${url}/complaints/track.html?code=${c.trackingCode}`,
        status: status.th,
        statusEn: status.en,
      },
      update: {
        event: CITIZEN_EVENT_LABELS[event].th,
        eventEn: CITIZEN_EVENT_LABELS[event].en,
        note: entry.visibility === 'public' ? (entry.note ?? '') : '',
        when: formatThaiDateTime(new Date(entry.occurredAt ?? Date.now())),
      },
    },
    dedupeKey: `complaint-citizen:${complaintDocumentId}:${entry.documentId}`,
    related: { uid: COMPLAINT_UID, documentId: complaintDocumentId },
  });
  return created;
}

/** Where a reopen may come from, and the instant its window starts. */
const REOPENABLE: readonly ComplaintStatus[] = ['resolved', 'closed'];

interface FollowUpState {
  state: string;
  resolvedAt?: Date | string | null;
  closedAt?: Date | string | null;
  rating?: number | null;
}

/** Until when the complainant may reopen (null: not now). */
export function reopenUntil(c: FollowUpState, windowDays: number): Date | null {
  if (!REOPENABLE.includes(c.state as ComplaintStatus)) return null;
  const from = c.resolvedAt ?? c.closedAt;
  if (!from) return null;
  return new Date(new Date(from).getTime() + windowDays * 86_400_000);
}

/** Refuses a reopen outside the window with a 400 naming the field in the way. */
export function assertReopenable(c: FollowUpState, windowDays: number, now: Date): void {
  if (!REOPENABLE.includes(c.state as ComplaintStatus)) {
    throw fieldErrors([{ path: ['status'], message: `a complaint that is "${c.state}" cannot be reopened (only resolved or closed)` }]);
  }
  const until = reopenUntil(c, windowDays);
  if (!until || now.getTime() > until.getTime()) {
    throw fieldErrors([
      { path: ['resolvedAt'], message: `a complaint may be reopened within ${windowDays} days of its resolution; that time has passed` },
    ]);
  }
}

/** Whether the complainant may rate now: the work is done and no rating is held for this round. */
export function canRate(c: FollowUpState): boolean {
  return REOPENABLE.includes(c.state as ComplaintStatus) && (c.rating === null || c.rating === undefined);
}

/** Refuses a rating before resolution or a second one for the same resolution (400 naming the field). */
export function assertRatable(c: FollowUpState): void {
  if (!REOPENABLE.includes(c.state as ComplaintStatus)) {
    throw fieldErrors([{ path: ['status'], message: `a complaint that is "${c.state}" cannot be rated yet (only once resolved)` }]);
  }
  if (c.rating !== null && c.rating !== undefined) {
    throw fieldErrors([{ path: ['rating'], message: 'this complaint has already been rated' }]);
  }
}
