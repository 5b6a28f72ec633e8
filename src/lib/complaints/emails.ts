import type { Core } from '@strapi/strapi';
import { enqueue, appData } from '../platform/outbox';
import { formatThaiDateTime } from '../platform/thai-date';

/** The `complaint` placeholders of the complaint.* email templates. No complainant data goes to teams. */
async function complaintPlaceholders(strapi: Core.Strapi, documentId: string) {
  const c: any = await strapi.documents('api::complaint.complaint').findOne({
    documentId,
    populate: { category: true, province: true, complainant: true },
  });
  const { url } = appData(strapi);
  return {
    ticketNumber: c.ticketNumber,
    trackingCode: c.trackingCode,
    title: c.title,
    category: c.category?.nameTh ?? '',
    urgency: c.urgency,
    status: c.state,
    province: c.province?.nameTh ?? '',
    address: c.address ?? '',
    factoryName: c.factoryName ?? '',
    acknowledgeDue: c.acknowledgeDueAt ? formatThaiDateTime(c.acknowledgeDueAt) : '',
    resolveDue: c.resolveDueAt ? formatThaiDateTime(c.resolveDueAt) : '',
    link: `${url}/admin/content-manager/collection-types/api::complaint.complaint/${c.documentId}`,
    trackingUrl: `${url}/complaints/track.html?code=${c.trackingCode}`,
    complainantEmail: c.anonymous ? null : c.complainant?.email ?? null,
  };
}

/** Acknowledges a new complaint to the complainant, when they gave an email. */
export async function notifyReceived(strapi: Core.Strapi, complaint: { documentId: string }, _category?: unknown) {
  const data = await complaintPlaceholders(strapi, complaint.documentId);
  if (!data.complainantEmail) return;
  const { complainantEmail, ...forTemplate } = data;
  await enqueue(strapi, {
    to: complainantEmail,
    templateKey: 'complaint.received',
    data: { complaint: forTemplate },
    dedupeKey: `complaint:${complaint.documentId}:received`,
    related: { uid: 'api::complaint.complaint', documentId: complaint.documentId },
  });
}

/** Tells a response team (and its lead) that a complaint is theirs; one email per assignment entry. */
export async function notifyAssigned(
  strapi: Core.Strapi,
  complaint: { documentId: string },
  team: { documentId: string; name: string; email: string; lead?: { email?: string } | null },
  assignmentId: string,
) {
  const { complainantEmail: _hidden, trackingCode: _code, trackingUrl: _url, ...forTemplate } = await complaintPlaceholders(
    strapi,
    complaint.documentId,
  );
  await enqueue(strapi, {
    to: [team.email, team.lead?.email].filter(Boolean) as string[],
    templateKey: 'complaint.assigned',
    data: { complaint: forTemplate, team: { name: team.name, email: team.email } },
    dedupeKey: `complaint:${complaint.documentId}:assigned:${assignmentId}`,
    related: { uid: 'api::complaint.complaint', documentId: complaint.documentId },
  });
}
