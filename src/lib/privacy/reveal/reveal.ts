import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { withinScope, type Actor } from '../../platform/actor';
import { formatThaiDateTime } from '../../platform/thai-date';
import { validate } from '../../platform/validation';
import { seesPersonalData } from '../../complaints/access';
import { COMPLAINT_UID } from '../../complaints/model';
import { isCoordinator } from '../../volunteers/access';
import { VOLUNTEER_UID } from '../../volunteers/rules';
import { scopeFor } from '../../security/access';
import { audit, AUDIT_ACTIONS } from '../../security/audit';

/**
 * Reveal with a reason (PDPA): the one way to read a complainant's or a volunteer's contact data in full.
 * Allowed to whoever may read that record's personal data today, on the same rows; the reason goes to
 * the audit trail (`personal_data.reveal`), and the answer carries a watermark naming the viewer so that
 * a screenshot or a copy still says who looked, and when.
 */

const REASON_MESSAGE = 'is required: why you need the contact data, 10 to 500 characters';

const revealInput = yup.object({
  reason: yup
    .mixed<string>()
    .transform((v: unknown) => (typeof v === 'string' ? v.trim() : v))
    .test('reason', REASON_MESSAGE, (v) => typeof v === 'string' && v.length >= 10 && v.length <= 500),
});

export async function revealReason(body: unknown): Promise<string> {
  const input = await validate<{ reason: string }>(revealInput, body);
  return input.reason;
}

interface Viewer {
  /** how the viewer is named: the account's name or e-mail */
  label: string;
}

interface Watermark {
  viewer: string;
  at: string;
  label: string;
}

export function watermarkOf(viewer: Viewer, at: Date): Watermark {
  return { viewer: viewer.label, at: at.toISOString(), label: `${viewer.label} · ${formatThaiDateTime(at)}` };
}

async function record(
  strapi: Core.Strapi,
  targetType: string,
  targetId: string,
  targetLabel: string | null,
  reason: string,
  fields: string[],
) {
  await audit(strapi, { action: AUDIT_ACTIONS.personalDataReveal, targetType, targetId, targetLabel, details: { reason, fields } });
}

const present = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== null && o[k] !== undefined && o[k] !== '');

interface ComplaintContact {
  documentId: string;
  ticketNumber: string | null;
  complainant: { name: string | null; phone: string | null; email: string | null } | null;
  anonymous: boolean;
}

async function complaintContact(strapi: Core.Strapi, documentId: string, scope: Record<string, unknown>): Promise<ComplaintContact> {
  const c = await strapi.db.query(COMPLAINT_UID).findOne({
    where: withinScope(scope, { documentId }),
    select: ['documentId', 'ticketNumber', 'anonymous'],
    populate: { complainant: true },
  });
  if (!c) throw new errors.NotFoundError('Complaint not found');
  const p = c.complainant as Record<string, unknown> | null;
  return {
    documentId: c.documentId,
    ticketNumber: c.ticketNumber ?? null,
    anonymous: !!c.anonymous,
    complainant: p ? { name: (p.name as string) ?? null, phone: (p.phone as string) ?? null, email: (p.email as string) ?? null } : null,
  };
}

async function revealComplaintWith(
  strapi: Core.Strapi,
  documentId: string,
  scope: Record<string, unknown>,
  viewer: Viewer,
  reason: string,
) {
  const contact = await complaintContact(strapi, documentId, scope);
  const now = new Date();
  await record(strapi, COMPLAINT_UID, contact.documentId, contact.ticketNumber, reason, present(contact.complainant ?? {}));
  return { ...contact, watermark: watermarkOf(viewer, now) };
}

/** A complaint's contact data for a REST caller: complaint officers (and API tokens), on the rows they read. */
export async function revealComplaint(strapi: Core.Strapi, actor: Actor, documentId: string, reason: string) {
  if (!seesPersonalData(actor)) throw new errors.ForbiddenError("This role does not see complainants' personal data");
  const scope = await scopeFor(strapi, COMPLAINT_UID, actor);
  if (!scope) throw new errors.NotFoundError('Complaint not found');
  return revealComplaintWith(strapi, documentId, scope, actor, reason);
}

/** A complaint's contact data for an administrator who may read complaints in the Content Manager. */
export function revealComplaintForAdmin(strapi: Core.Strapi, viewer: Viewer, documentId: string, reason: string) {
  return revealComplaintWith(strapi, documentId, {}, viewer, reason);
}

async function revealVolunteerWith(
  strapi: Core.Strapi,
  documentId: string,
  scope: Record<string, unknown> | null,
  viewer: Viewer,
  reason: string,
  allowed: () => boolean,
) {
  const v = scope
    ? await strapi.db.query(VOLUNTEER_UID).findOne({
        where: withinScope(scope, { documentId }),
        select: ['documentId', 'fullName', 'phone', 'email', 'nationalId'],
      })
    : null;
  if (!v) throw new errors.NotFoundError('Volunteer not found');
  if (!allowed()) throw new errors.ForbiddenError('Only coordinators reveal volunteers’ contact data');
  const contact = { phone: v.phone ?? null, email: v.email ?? null, nationalId: v.nationalId ?? null };
  const now = new Date();
  await record(strapi, VOLUNTEER_UID, v.documentId, v.fullName ?? null, reason, present(contact));
  return { documentId: v.documentId, fullName: v.fullName, ...contact, watermark: watermarkOf(viewer, now) };
}

/** A volunteer's contact data for a coordinator (and API tokens); a volunteer sees their own already. */
export async function revealVolunteer(strapi: Core.Strapi, actor: Actor, documentId: string, reason: string) {
  const scope = await scopeFor(strapi, VOLUNTEER_UID, actor);
  return revealVolunteerWith(strapi, documentId, scope, actor, reason, () => isCoordinator(actor));
}

/** A volunteer's contact data for an administrator who may read volunteers in the Content Manager. */
export function revealVolunteerForAdmin(strapi: Core.Strapi, viewer: Viewer, documentId: string, reason: string) {
  return revealVolunteerWith(strapi, documentId, {}, viewer, reason, () => true);
}
