import { STATUS_LABELS } from './status';
import { FINAL_STATES, type Complaint, type ComplaintStatus, type ComplaintUpdate, type StoredFile } from './model';
import { maskComplainant } from '../privacy/reveal/mask';

const fileView = (f: StoredFile) => ({ name: f.name, url: f.url, mime: f.mime, size: f.size });

/**
 * One timeline entry. Staff see everything but the author's account; the public sees status changes
 * and public notes only (a status change with an internal note shows without its note).
 */
// `any`: the controllers pass the document service's `findOne` result (nullable) straight through.
export function timelineEntry(u: any, audience: 'staff' | 'public') {
  if (audience === 'public') {
    return {
      kind: u.kind,
      fromStatus: u.fromStatus ?? null,
      toStatus: u.toStatus ?? null,
      status: u.toStatus ? (STATUS_LABELS[u.toStatus as ComplaintStatus] ?? null) : null,
      note: u.visibility === 'public' ? (u.note ?? null) : null,
      occurredAt: u.occurredAt,
    };
  }
  return {
    documentId: u.documentId,
    kind: u.kind,
    fromStatus: u.fromStatus ?? null,
    toStatus: u.toStatus ?? null,
    note: u.note ?? null,
    visibility: u.visibility,
    authorLabel: u.authorLabel ?? null,
    occurredAt: u.occurredAt,
    latitude: u.latitude ?? null,
    longitude: u.longitude ?? null,
    locationText: u.locationText ?? null,
    attachments: (u.attachments ?? []).map(fileView),
  };
}

/**
 * The complainant as every staff response shows it: masked (PDPA). The full contact data is answered only
 * by a reveal with a reason (src/lib/privacy/reveal/), which the audit trail records.
 */
export function complainantView(c: Record<string, unknown> | null | undefined) {
  return maskComplainant(c ?? null);
}

/** Entries a citizen may see on the tracking page. */
function isPublicEntry(u: ComplaintUpdate): boolean {
  return u.visibility === 'public' || u.kind === 'status_change' || u.kind === 'assignment';
}

const place = (p: Complaint['province']) => (p ? { code: p.code, nameTh: p.nameTh, nameEn: p.nameEn } : null);

/** What a citizen sees with a tracking code: no personal data, no internal notes, no staff names. */
export function publicView(c: Complaint, updates: ComplaintUpdate[]) {
  return {
    ticketNumber: c.ticketNumber,
    title: c.title,
    status: c.state,
    statusLabel: STATUS_LABELS[c.state as ComplaintStatus],
    urgency: c.urgency,
    category: c.category ? { code: c.category.code, nameTh: c.category.nameTh, nameEn: c.category.nameEn } : null,
    province: place(c.province),
    receivedAt: c.receivedAt,
    acknowledgeDueAt: c.acknowledgeDueAt,
    resolveDueAt: c.resolveDueAt,
    acknowledgedAt: c.acknowledgedAt ?? null,
    resolvedAt: c.resolvedAt ?? null,
    closedAt: c.closedAt ?? null,
    resolutionSummary: c.state === 'closed' || c.state === 'resolved' ? (c.resolutionSummary ?? null) : null,
    timeline: updates.filter(isPublicEntry).map((u) => timelineEntry(u, 'public')),
  };
}

/** About 1 km: where problems are, not which house (as the PDPA purge coarsens positions). */
const roundKm = (v: unknown) => (v === null || v === undefined || v === '' ? null : Math.round(Number(v) * 100) / 100);

/**
 * A complaint as an Open311 GeoReport v2 service request (the spec's field names), for anyone, in Thai
 * or English (`lang`, see src/lib/integrations/open311/services.ts).
 * Public: what was reported (category, agency), where roughly (province, position rounded to about
 * 1 km), and how it goes (status, dates). The citizen's own words and what could lead to them — the
 * description, the free-text address, their photo or `media_url` — only when an officer has marked the
 * complaint's details public (`publicDetails`, default false). `status_notes` is fixed wording, or the
 * officers' resolution summary, written for the public. `media_url` is absolute (`base`: the public URL).
 */
export function open311Request(c: Complaint, base: string, lang: 'th' | 'en' = 'en') {
  const closed = FINAL_STATES.includes(c.state as ComplaintStatus);
  const details = c.publicDetails === true;
  const media = details ? (c.attachments ?? []).find((f) => String(f.mime ?? '').startsWith('image/')) : undefined;
  const mediaUrl = media ? (/^https?:\/\//.test(media.url) ? media.url : `${base}${media.url}`) : details ? (c.mediaUrl ?? null) : null;
  const label = STATUS_LABELS[c.state as ComplaintStatus][lang];
  return {
    service_request_id: c.ticketNumber,
    status: closed ? 'closed' : 'open',
    status_notes: closed ? (c.resolutionSummary ?? label) : label,
    service_name: (lang === 'th' ? c.category?.nameTh : c.category?.nameEn) ?? null,
    service_code: c.category?.code ?? null,
    description: details ? c.description : null,
    agency_responsible: (lang === 'th' ? c.category?.agency?.nameTh : c.category?.agency?.nameEn) ?? null,
    service_notice: null,
    requested_datetime: toIso(c.receivedAt ?? c.createdAt),
    updated_datetime: toIso(c.updatedAt),
    expected_datetime: toIso(c.resolveDueAt),
    address: details ? (c.address ?? null) : null,
    address_id: null,
    zipcode: null,
    province: c.province?.code ?? null,
    province_name: (lang === 'th' ? c.province?.nameTh : c.province?.nameEn) ?? null,
    lat: roundKm(c.latitude),
    long: roundKm(c.longitude),
    media_url: mediaUrl,
  };
}

/** ISO 8601 with the Bangkok offset, as Open311 examples show local time with offset. */
function toIso(value: unknown): string | null {
  if (!value) return null;
  const d = new Date(value as string);
  if (Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}
