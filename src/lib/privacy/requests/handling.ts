import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asTrusted } from '../../platform/trusted-write';
import { enqueue } from '../../platform/outbox';
import { conflict, fieldErrors } from '../../platform/validation';
import { formatEnglishDate, formatThaiDate } from '../../platform/thai-date';
import { COMPLAINT_UID } from '../../complaints/model';
import { VOLUNTEER_UID } from '../../volunteers/model';
import { complaintComplainants } from '../retention/complaints';
import { volunteerContacts } from '../retention/others';
import type { PurgeContext } from '../retention/dataset';
import { KIND_LABEL, REQUEST_UID, STATE_LABEL, type RequestKind, type RequestState, type SubjectKind } from './model';
import { bilingualTemplate, OUTCOME_TEMPLATE } from './emails';
import type { CloseInput } from './validation';

/**
 * The privacy officer's work on a request: verify the subject, apply a correction or an erasure,
 * record the outcome (the subject is e-mailed it). Each step refuses a request in the wrong state
 * with a 409 saying what is in the way.
 */
export interface Handler {
  id: number;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
}

interface Request {
  id: number;
  documentId: string;
  reference: string;
  kind: RequestKind;
  subjectKind: SubjectKind;
  state: RequestState;
  field?: string | null;
  newValue?: string | null;
  contactEmail?: string | null;
  receivedAt: Date | string;
  dueAt: Date | string;
  appliedAt?: Date | string | null;
  complaints?: Array<{ id: number; documentId: string }>;
  volunteer?: { id: number; documentId: string } | null;
}

const nameOf = (h: Handler) => [h.firstname, h.lastname].filter(Boolean).join(' ') || h.email || `admin ${h.id}`;
const handledBy = (h: Handler) => `${nameOf(h)}${h.email ? ` <${h.email}>` : ''}`.slice(0, 300);

async function load(strapi: Core.Strapi, documentId: string): Promise<Request> {
  const r = await strapi.db.query(REQUEST_UID).findOne({
    where: { documentId },
    populate: { complaints: { select: ['id', 'documentId'] }, volunteer: { select: ['id', 'documentId'] } },
  });
  if (!r) throw new errors.NotFoundError('Data-subject request not found');
  return r as Request;
}

function requireState(r: Request, states: RequestState[], kind?: RequestKind) {
  if (kind && r.kind !== kind) throw conflict(`this request asks for ${r.kind}, not ${kind}`, { kind: r.kind });
  if (!states.includes(r.state)) throw conflict(`the request is ${r.state}; this needs it ${states.join(' or ')}`, { state: r.state });
}

const update = (strapi: Core.Strapi, r: Request, data: Record<string, unknown>) =>
  strapi.db.query(REQUEST_UID).update({ where: { id: r.id }, data });

/** The subject's identity is confirmed (a citizen's contact matched at intake; the officer may check further). */
export async function verifyRequest(strapi: Core.Strapi, documentId: string, by: Handler, now = new Date()) {
  const r = await load(strapi, documentId);
  requireState(r, ['received']);
  await update(strapi, r, { state: 'verified', verifiedAt: now, handledBy: handledBy(by) });
  return { reference: r.reference, state: 'verified' };
}

/** The request exists and the officer may export it (verified, or already fulfilled: a second copy). */
export async function exportable(strapi: Core.Strapi, documentId: string): Promise<Request> {
  const r = await load(strapi, documentId);
  requireState(r, ['verified', 'fulfilled']);
  return r;
}

/** Applies the asked correction to the complaints or the profile; the subject's old value is not kept. */
export async function applyCorrection(strapi: Core.Strapi, documentId: string, by: Handler, now = new Date()) {
  const r = await load(strapi, documentId);
  requireState(r, ['verified'], 'correct');
  const field = String(r.field ?? '');
  const value = String(r.newValue ?? '').trim();
  if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw fieldErrors([{ path: ['newValue'], message: 'the asked e-mail address is not one: refuse the request, or ask again' }]);
  let changed = 0;
  await asTrusted(() =>
    strapi.db.transaction(async () => {
      if (r.subjectKind === 'complainant') {
        for (const c of r.complaints ?? []) {
          const row = await strapi.db
            .query(COMPLAINT_UID)
            .findOne({ where: { id: c.id }, select: ['id'], populate: { complainant: true } });
          if (!row) continue;
          const data =
            field === 'address'
              ? { address: value }
              : { complainant: { ...(({ id: _id, ...rest }) => rest)(row.complainant ?? {}), [field]: value } };
          await strapi.documents(COMPLAINT_UID).update({ documentId: c.documentId, data: data as never });
          changed++;
        }
      } else if (r.volunteer) {
        await strapi.documents(VOLUNTEER_UID).update({ documentId: r.volunteer.documentId, data: { [field]: value } as never });
        changed++;
      }
      if (field === 'email') await update(strapi, r, { contactEmail: value.toLowerCase() });
      await update(strapi, r, { appliedAt: now, handledBy: handledBy(by) });
    }),
  );
  return { reference: r.reference, field, records: changed };
}

/**
 * Erases the subject's personal data with the retention purge's own cleaning (the complainant's name,
 * contact, tracking code, address and attachments; a volunteer's contact data), and for a volunteer
 * also the name, the free text and the account's sign-in, so nothing left names them. Hours and case
 * records stay, as statistics and the official record.
 */
export async function applyErasure(strapi: Core.Strapi, documentId: string, by: Handler, now = new Date()) {
  const r = await load(strapi, documentId);
  requireState(r, ['verified'], 'erase');
  const ctx: PurgeContext = {
    now,
    days: 0,
    batch: r.reference,
    actor: { actorKind: 'admin', actorId: by.id, actorLabel: by.email ?? null, channel: 'admin' },
    counts: {},
  };
  let erased = 0;
  if (r.subjectKind === 'complainant') {
    for (const c of r.complaints ?? []) {
      await complaintComplainants.purge(strapi, c.documentId, ctx);
      erased++;
    }
  } else if (r.volunteer) {
    await volunteerContacts.purge(strapi, r.volunteer.documentId, ctx);
    const v = await strapi.db
      .query(VOLUNTEER_UID)
      .findOne({ where: { id: r.volunteer.id }, select: ['id'], populate: { user: { select: ['id'] } } });
    await asTrusted(() =>
      strapi.db.transaction(async () => {
        await strapi.documents(VOLUNTEER_UID).update({
          documentId: r.volunteer!.documentId,
          data: {
            fullName: `ลบข้อมูลแล้ว / erased (${r.reference})`,
            availability: null,
            skills: null,
            state: 'inactive',
            user: null,
          } as never,
        });
        if (v?.user) {
          await strapi.db.query('plugin::users-permissions.user').update({
            where: { id: v.user.id },
            data: { blocked: true, username: `erased-${v.user.id}`, email: `erased-${v.user.id}@erased.invalid` },
          });
        }
      }),
    );
    erased++;
  }
  await update(strapi, r, { appliedAt: now, handledBy: handledBy(by) });
  return { reference: r.reference, records: erased, ...ctx.counts };
}

/** Records the outcome and e-mails it to the subject. A correction or erasure is fulfilled only once applied. */
export async function closeRequest(strapi: Core.Strapi, documentId: string, input: CloseInput, by: Handler, now = new Date()) {
  const r = await load(strapi, documentId);
  requireState(r, input.state === 'refused' ? ['received', 'verified'] : ['verified']);
  if (input.state === 'fulfilled' && r.kind !== 'access' && !r.appliedAt)
    throw conflict(`apply the ${r.kind === 'correct' ? 'correction' : 'erasure'} before recording the request as fulfilled`, {
      kind: r.kind,
    });
  await update(strapi, r, { state: input.state, outcome: input.outcome, fulfilledAt: now, handledBy: handledBy(by) });
  let emailed = false;
  if (r.contactEmail) {
    const kind = KIND_LABEL[r.kind];
    const state = STATE_LABEL[input.state];
    await enqueue(strapi, {
      to: r.contactEmail,
      templateKey: OUTCOME_TEMPLATE,
      template: await bilingualTemplate(strapi, OUTCOME_TEMPLATE),
      dedupeKey: `privacy-request:${r.documentId}:outcome`,
      related: { uid: REQUEST_UID, documentId: r.documentId },
      data: {
        request: {
          reference: r.reference,
          kindTh: kind.th,
          kindEn: kind.en,
          receivedTh: formatThaiDate(r.receivedAt),
          receivedEn: formatEnglishDate(r.receivedAt),
          dueTh: formatThaiDate(r.dueAt),
          dueEn: formatEnglishDate(r.dueAt),
          stateTh: state.th,
          stateEn: state.en,
          outcome: input.outcome,
        },
      },
    });
    emailed = true;
  }
  return {
    reference: r.reference,
    state: input.state,
    fulfilledAt: now.toISOString(),
    onTime: now.getTime() <= new Date(r.dueAt).getTime(),
    emailed,
  };
}
