import type { Core } from '@strapi/strapi';
import { enqueue } from '../../platform/outbox';
import { formatEnglishDate, formatThaiDate } from '../../platform/thai-date';
import { COMPLAINT_UID } from '../../complaints/model';
import { normaliseTrackingCode } from '../../complaints/ids';
import { VOLUNTEER_UID } from '../../volunteers/model';
import { KIND_LABEL, OPEN_STATES, REQUEST_UID, contactMatches, dueAtOf, newReference, phoneDigits, type RequestKind } from './model';
import { bilingualTemplate, RECEIVED_TEMPLATE } from './emails';
import type { CitizenRequestInput, RequestInput } from './validation';

/** The same answer to every citizen's request, matched or not: it must not tell which codes exist. */
export const CITIZEN_ANSWER = {
  message:
    'หากรหัสติดตามและข้อมูลติดต่อตรงกับเรื่องร้องเรียน คำขอของท่านได้รับการบันทึกแล้ว และจะได้รับอีเมลยืนยัน / ' +
    'If the tracking code and contact match a complaint, your request is recorded and you will get a confirmation e-mail.',
  answerWithinDays: 30,
};

interface StoredRequest {
  documentId: string;
  reference: string;
  kind: RequestKind;
  receivedAt: Date;
  dueAt: Date;
}

async function create(strapi: Core.Strapi, data: Record<string, unknown>, now: Date): Promise<StoredRequest> {
  const receivedAt = now;
  const row = await strapi.documents(REQUEST_UID).create({
    data: { reference: newReference(), state: 'received', receivedAt, dueAt: dueAtOf(receivedAt), ...data } as never,
  });
  return row as unknown as StoredRequest;
}

/** The confirmation to the subject, when there is an address to send it to. */
async function confirm(strapi: Core.Strapi, r: StoredRequest, to: string | null | undefined) {
  if (!to) return;
  const label = KIND_LABEL[r.kind];
  await enqueue(strapi, {
    to,
    templateKey: RECEIVED_TEMPLATE,
    template: await bilingualTemplate(strapi, RECEIVED_TEMPLATE),
    dedupeKey: `privacy-request:${r.documentId}:received`,
    related: { uid: REQUEST_UID, documentId: r.documentId },
    data: {
      request: {
        reference: r.reference,
        kindTh: label.th,
        kindEn: label.en,
        receivedTh: formatThaiDate(r.receivedAt),
        receivedEn: formatEnglishDate(r.receivedAt),
        dueTh: formatThaiDate(r.dueAt),
        dueEn: formatEnglishDate(r.dueAt),
      },
    },
  });
}

const asked = (input: RequestInput) => ({
  kind: input.kind,
  field: input.kind === 'correct' ? input.field : null,
  newValue: input.kind === 'correct' ? input.newValue : null,
  details: input.details ?? null,
});

interface ComplaintContact {
  id: number;
  documentId: string;
  complainant?: { name?: string | null; email?: string | null; phone?: string | null } | null;
}

/**
 * A citizen's request: stored only when the tracking code names a complaint whose complainant gave
 * `contact` (their e-mail or phone). It covers every complaint filed with that same contact. Returns
 * whether it was stored, for the logs and tests only: the caller answers the same either way. An
 * open request of the same kind about the same complaint is not stored twice.
 */
export async function citizenRequest(strapi: Core.Strapi, input: CitizenRequestInput, now = new Date()): Promise<boolean> {
  const code = normaliseTrackingCode(input.trackingCode).slice(0, 32);
  const complaint = (await strapi.db.query(COMPLAINT_UID).findOne({
    where: { trackingCode: code, personalDataPurgedAt: { $null: true } },
    select: ['id', 'documentId'],
    populate: { complainant: true },
  })) as ComplaintContact | null;
  if (!complaint || !contactMatches(input.contact, complaint.complainant)) return false;

  const open = await strapi.db.query(REQUEST_UID).findOne({
    where: { kind: input.kind, state: { $in: OPEN_STATES }, complaints: { id: complaint.id } },
    select: ['id'],
  });
  if (open) return true;

  const email = complaint.complainant?.email?.trim().toLowerCase() || null;
  const phone = phoneDigits(complaint.complainant?.phone);
  const same = (await strapi.db.query(COMPLAINT_UID).findMany({
    where: {
      personalDataPurgedAt: { $null: true },
      $or: [
        ...(email ? [{ complainant: { email: { $eqi: email } } }] : []),
        ...(phone ? [{ complainant: { phone: { $contains: phone.slice(-4) } } }] : []),
      ],
    },
    select: ['id', 'documentId'],
    populate: { complainant: true },
    limit: 500,
  })) as ComplaintContact[];
  // phones are stored as typed: compare their digits here rather than in SQL
  const covered = same.filter(
    (c) => (email && c.complainant?.email?.trim().toLowerCase() === email) || (phone && phoneDigits(c.complainant?.phone) === phone),
  );
  const documentIds = [...new Set([complaint.documentId, ...covered.map((c) => c.documentId)])];
  const stored = await create(strapi, { subjectKind: 'complainant', complaints: documentIds, contactEmail: email, ...asked(input) }, now);
  await confirm(strapi, stored, email);
  return true;
}

/** A signed-in volunteer's request about their own profile (the sign-in is the identity check). */
export async function volunteerRequest(
  strapi: Core.Strapi,
  volunteer: { id: number; documentId: string },
  input: RequestInput,
  now = new Date(),
): Promise<{ reference: string; kind: RequestKind; state: string; receivedAt: Date; dueAt: Date; created: boolean }> {
  const open = (await strapi.db.query(REQUEST_UID).findOne({
    where: { kind: input.kind, state: { $in: OPEN_STATES }, volunteer: { id: volunteer.id } },
    select: ['reference', 'kind', 'state', 'receivedAt', 'dueAt'],
  })) as (StoredRequest & { state: string }) | null;
  if (open)
    return {
      reference: open.reference,
      kind: open.kind,
      state: open.state,
      receivedAt: open.receivedAt,
      dueAt: open.dueAt,
      created: false,
    };
  const profile = await strapi.db.query(VOLUNTEER_UID).findOne({
    where: { id: volunteer.id },
    select: ['email'],
    populate: { user: { select: ['email'] } },
  });
  const email = (profile?.email || profile?.user?.email || '').trim().toLowerCase() || null;
  const stored = await create(
    strapi,
    { subjectKind: 'volunteer', volunteer: volunteer.documentId, contactEmail: email, ...asked(input) },
    now,
  );
  await confirm(strapi, stored, email);
  return {
    reference: stored.reference,
    kind: stored.kind,
    state: 'received',
    receivedAt: stored.receivedAt,
    dueAt: stored.dueAt,
    created: true,
  };
}
