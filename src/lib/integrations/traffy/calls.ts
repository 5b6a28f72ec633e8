import { createHash } from 'crypto';
import type { ComplaintStatus } from '../../complaints/model';
import { STATUS_LABELS } from '../../complaints/status';
import { traffyStatusFor, type MappingRow } from './mapping';

/**
 * What MIND Desk tells Traffy about a timeline entry (pure): a public status change or assignment is
 * an `update-issue` (PATCH, the mapped status and the public note), a field visit an `update-issue`
 * with its photos (the visit's own note is internal: the citizen reads a fixed sentence), a public
 * note a `comment` (chat to the citizen). Internal notes, escalations and access records stay here.
 */
export interface TimelineEntry {
  documentId: string;
  kind: string;
  toStatus?: string | null;
  note?: string | null;
  visibility?: string | null;
}

export interface TraffyCall {
  method: 'POST' | 'PATCH';
  /** the Exchange API path after the base URL */
  path: '/update-issue/v1' | '/comment/v1' | '/join-forward/v1';
  body: Record<string, unknown>;
  /** what Traffy will echo back in its webhook (status name + note, or the chat text): our own update, not Traffy's */
  fingerprint: string;
}

export const VISIT_NOTE = 'เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว / Officers visited the site';

/** The echo's identity: the ticket, what kind, and the text Traffy shows (status name and note, or the chat). */
export function fingerprintOf(ticketId: string, what: string, text: string | undefined | null): string {
  return createHash('sha256')
    .update([ticketId, what.trim(), (text ?? '').trim()].join('\n'))
    .digest('hex')
    .slice(0, 40);
}

function update(ticketId: string, status: { id: number | null; name: string }, note: string, photos: string[]): TraffyCall {
  return {
    method: 'PATCH',
    path: '/update-issue/v1',
    body: {
      ticket_id: ticketId,
      ...(status.id !== null ? { issue_status_id: status.id } : {}),
      state_name: status.name,
      note,
      ...(photos.length ? { photo: photos } : {}),
      noti_reporter: true,
    },
    fingerprint: fingerprintOf(ticketId, `status:${status.name}`, note),
  };
}

function chat(ticketId: string, text: string): TraffyCall {
  return {
    method: 'POST',
    path: '/comment/v1',
    body: { ticket_id: ticketId, comment: text, comment_type: 'chat', noti_reporter: true },
    fingerprint: fingerprintOf(ticketId, 'chat', text),
  };
}

/**
 * The call for one entry of a complaint bridged to Traffy ticket `ticketId` whose state is now
 * `state`; null when the entry stays here. `photos` are the visit's image URLs, absolute.
 */
export function callForEntry(
  entry: TimelineEntry,
  c: { ticketId: string; state: string },
  rows: readonly MappingRow[],
  photos: string[] = [],
): TraffyCall | null {
  const note = (entry.note ?? '').trim();
  if (entry.kind === 'field_visit') {
    const status = traffyStatusFor(rows, c.state);
    return status ? update(c.ticketId, status, VISIT_NOTE, photos) : chat(c.ticketId, VISIT_NOTE);
  }
  if (entry.visibility !== 'public') return null;
  if ((entry.kind === 'status_change' || entry.kind === 'assignment') && entry.toStatus) {
    const label = STATUS_LABELS[entry.toStatus as ComplaintStatus]?.th ?? entry.toStatus;
    const text = note || label;
    const status = traffyStatusFor(rows, entry.toStatus);
    return status ? update(c.ticketId, status, text, []) : chat(c.ticketId, `${label}: ${text}`);
  }
  if (entry.kind === 'note' && note) return chat(c.ticketId, note);
  return null;
}

/** Inviting (scenario 1) or forwarding to (scenario 2) co-responsible organisations (join-forward). */
export function forwardCall(ticketId: string, originOrg: number, to: number[], scenario: 1 | 2, note: string): TraffyCall {
  return {
    method: 'POST',
    path: '/join-forward/v1',
    body: { ticket_id: ticketId, origin_group: originOrg, destination_group: to, scenario, note, noti_reporter: true, noti_staff: true },
    fingerprint: fingerprintOf(ticketId, `forward:${scenario}:${to.join(',')}`, note),
  };
}
