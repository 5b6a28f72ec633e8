import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID } from '../../complaints/model';
import { PARTICIPATION_UID, VOLUNTEER_UID } from '../../volunteers/model';
import { CERTIFICATE_UID } from '../../volunteers/certificates';
import { NOTIFICATION_UID } from '../../platform/outbox';
import type { RequestKind, SubjectKind } from './model';

/**
 * Everything MIND Desk holds about the subject of a request, as the privacy officer sends it to them
 * (PDPA s.30): the complaints filed with their contact, or their volunteer profile, account,
 * participations and certificates, and the e-mails sent to them. Staff-internal working notes are not
 * the subject's personal data and stay out; database ids too (documentIds name the records).
 */
export interface SubjectExport {
  request: { reference: string; kind: RequestKind; subjectKind: SubjectKind; receivedAt: string; dueAt: string };
  exportedAt: string;
  complaints?: Record<string, unknown>[];
  volunteer?: Record<string, unknown> | null;
  participations?: Record<string, unknown>[];
  certificates?: Record<string, unknown>[];
  emails: Record<string, unknown>[];
}

const COMPLAINT_FIELDS = [
  'documentId',
  'ticketNumber',
  'trackingCode',
  'title',
  'description',
  'address',
  'latitude',
  'longitude',
  'factoryName',
  'channel',
  'state',
  'anonymous',
  'consent',
  'consentAt',
  'updatesOptIn',
  'receivedAt',
  'resolvedAt',
  'closedAt',
  'resolutionSummary',
  'rating',
  'ratedAt',
];

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
const clean = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => [k, iso(v)]),
  );

interface LoadedRequest {
  reference: string;
  kind: RequestKind;
  subjectKind: SubjectKind;
  receivedAt: Date | string;
  dueAt: Date | string;
  contactEmail?: string | null;
  complaints?: Array<{ id: number }>;
  volunteer?: { id: number } | null;
}

export async function subjectExport(strapi: Core.Strapi, r: LoadedRequest, now = new Date()): Promise<SubjectExport> {
  const out: SubjectExport = {
    request: {
      reference: r.reference,
      kind: r.kind,
      subjectKind: r.subjectKind,
      receivedAt: String(iso(r.receivedAt)),
      dueAt: String(iso(r.dueAt)),
    },
    exportedAt: now.toISOString(),
    emails: [],
  };
  const addresses = new Set<string>();
  if (r.subjectKind === 'complainant') {
    const rows = await strapi.db.query(COMPLAINT_UID).findMany({
      where: { id: { $in: (r.complaints ?? []).map((c) => c.id) } },
      select: COMPLAINT_FIELDS,
      populate: {
        complainant: { select: ['name', 'phone', 'email'] },
        category: { select: ['code', 'nameTh'] },
        province: { select: ['code', 'nameTh'] },
        attachments: { select: ['name', 'mime', 'size'] },
      },
      orderBy: { id: 'asc' },
    });
    out.complaints = rows.map((c: Record<string, unknown> & { complainant?: { email?: string | null; id?: number } | null }) => {
      if (c.complainant?.email) addresses.add(c.complainant.email.toLowerCase());
      const { id: _cid, ...complainant } = (c.complainant ?? {}) as Record<string, unknown>;
      return clean({
        ...c,
        complainant: c.complainant ? complainant : null,
        category: strip(c.category),
        province: strip(c.province),
        attachments: (c.attachments as unknown[] | null)?.map(strip) ?? [],
      });
    });
  } else if (r.volunteer) {
    const v = await strapi.db.query(VOLUNTEER_UID).findOne({
      where: { id: r.volunteer.id },
      select: [
        'documentId',
        'fullName',
        'phone',
        'email',
        'nationalId',
        'skills',
        'availability',
        'state',
        'consent',
        'consentAt',
        'createdAt',
      ],
      populate: { province: { select: ['code', 'nameTh'] }, user: { select: ['username', 'email', 'createdAt'] } },
    });
    out.volunteer = v ? clean({ ...v, province: strip(v.province), user: strip(v.user) }) : null;
    if (v?.email) addresses.add(String(v.email).toLowerCase());
    if (v?.user?.email) addresses.add(String(v.user.email).toLowerCase());
    const parts = await strapi.db.query(PARTICIPATION_UID).findMany({
      where: { volunteer: { id: r.volunteer.id } },
      select: ['state', 'hours', 'signedUpAt', 'cancelledAt', 'confirmedAt', 'attendanceRecordedAt'],
      populate: { activity: { select: ['documentId', 'title', 'startAt', 'endAt'] } },
      orderBy: { id: 'asc' },
      limit: 5000,
    });
    out.participations = parts.map((p: Record<string, unknown>) => clean({ ...p, activity: strip(p.activity) }));
    const certs = await strapi.db.query(CERTIFICATE_UID).findMany({
      where: { volunteer: { id: r.volunteer.id } },
      select: ['code', 'scope', 'year', 'volunteerName', 'activityTitle', 'hours', 'issuedAt', 'state', 'revokedAt', 'revokedReason'],
      orderBy: { id: 'asc' },
      limit: 1000,
    });
    out.certificates = certs.map(clean);
  }
  if (r.contactEmail) addresses.add(r.contactEmail.toLowerCase());
  // e-mails sent to the subject's addresses, or about their records: when, what about, not other people's copies
  const mails = addresses.size
    ? await strapi.db.query(NOTIFICATION_UID).findMany({
        where: { $or: [...addresses].map((a) => ({ to: { $containsi: a } })) },
        select: ['to', 'subject', 'templateKey', 'state', 'sentAt', 'createdAt'],
        orderBy: { id: 'asc' },
        limit: 1000,
      })
    : [];
  out.emails = mails
    .filter((m: { to?: string }) =>
      String(m.to ?? '')
        .split(/,\s*/)
        .some((a) => addresses.has(a.toLowerCase())),
    )
    .map((m: Record<string, unknown>) =>
      clean({
        ...m,
        to: String(m.to)
          .split(/,\s*/)
          .filter((a) => addresses.has(a.toLowerCase()))
          .join(', '),
      }),
    );
  return out;
}

function strip(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v ?? null;
  return clean(v as Record<string, unknown>);
}
