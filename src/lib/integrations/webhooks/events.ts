import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Complaint events for other systems (pure): which events a timeline entry is, the payload (no personal
 * data: the fields are listed one by one) and the signature. Every change of a complaint's state is
 * written as one timeline entry (a `complaint-update` of kind `status_change` or `assignment`) by
 * whichever path makes it (the API, the admin panel, a citizen's feedback, an incident), so the
 * entry is the one place the events are read from.
 */
export type WebhookEvent = 'complaint.received' | 'complaint.assigned' | 'complaint.state_changed' | 'complaint.closed';

/** The endpoint's switch for each event. */
export const EVENT_SWITCH = {
  'complaint.received': 'onReceived',
  'complaint.assigned': 'onAssigned',
  'complaint.state_changed': 'onStateChanged',
  'complaint.closed': 'onClosed',
} as const satisfies Record<WebhookEvent, string>;

export interface EntryFacts {
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
}

/** Pure: the events one timeline entry is (none for notes, visits, escalations, access records). */
export function eventsOfEntry(entry: EntryFacts): WebhookEvent[] {
  if (entry.kind !== 'status_change' && entry.kind !== 'assignment') return [];
  const from = entry.fromStatus ?? null;
  const to = entry.toStatus ?? null;
  const out: WebhookEvent[] = [];
  if (entry.kind === 'status_change' && to === 'received' && !from) out.push('complaint.received');
  if (entry.kind === 'assignment') out.push('complaint.assigned');
  if (from && to && from !== to) out.push('complaint.state_changed');
  if (from && to === 'closed' && from !== 'closed') out.push('complaint.closed');
  return out;
}

/** What the payload says about a complaint (loaded with its category, province and team). */
export interface ComplaintFacts {
  documentId: string;
  ticketNumber: string;
  trackingCode: string;
  state: string;
  urgency?: string | null;
  channel?: string | null;
  category?: { code?: string | null; nameTh?: string | null; nameEn?: string | null } | null;
  province?: { code?: string | null; nameTh?: string | null; nameEn?: string | null } | null;
  assignedTeam?: { name?: string | null } | null;
  receivedAt?: string | Date | null;
  acknowledgeDueAt?: string | Date | null;
  resolveDueAt?: string | Date | null;
  acknowledgedAt?: string | Date | null;
  resolvedAt?: string | Date | null;
  closedAt?: string | Date | null;
}

const iso = (d: string | Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const named = (r: { code?: string | null; nameTh?: string | null; nameEn?: string | null } | null | undefined) =>
  r?.code ? { code: r.code, nameTh: r.nameTh ?? null, nameEn: r.nameEn ?? null } : null;

/**
 * Pure: the JSON an endpoint receives. `id` names the event (the same for every endpoint, so a receiver
 * can drop a repeat). Only these fields: never the complainant, the description, the address or the
 * position, which a citizen may have written personal data into.
 */
export function webhookPayload(
  event: WebhookEvent,
  entry: EntryFacts & { documentId: string; occurredAt?: string | Date | null },
  c: ComplaintFacts,
  links: { tracking: string; admin: string },
) {
  return {
    id: `${entry.documentId}:${event}`,
    type: event,
    occurredAt: iso(entry.occurredAt) ?? new Date().toISOString(),
    data: {
      complaint: {
        documentId: c.documentId,
        ticketNumber: c.ticketNumber,
        trackingCode: c.trackingCode,
        state: c.state,
        urgency: c.urgency ?? null,
        channel: c.channel ?? null,
        category: named(c.category),
        province: named(c.province),
        team: c.assignedTeam?.name ?? null,
        receivedAt: iso(c.receivedAt),
        acknowledgeDueAt: iso(c.acknowledgeDueAt),
        resolveDueAt: iso(c.resolveDueAt),
        acknowledgedAt: iso(c.acknowledgedAt),
        resolvedAt: iso(c.resolvedAt),
        closedAt: iso(c.closedAt),
      },
      change: { from: entry.fromStatus ?? null, to: entry.toStatus ?? null },
      links,
    },
  };
}

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the endpoint's secret. */
export const SIGNATURE_HEADER = 'X-MIND-Signature';

export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * Pure: whether `header` signs `body` with `secret`, made within `toleranceSeconds` of `now` (what a
 * receiver does; docs/webhooks.md has the same in a few lines for other languages).
 */
export function verifySignature(secret: string, body: string, header: string, now: Date, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
    }),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(signatureOf(secret, body, t).split('v1=')[1], 'hex');
  const given = Buffer.from(String(parts.v1), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
