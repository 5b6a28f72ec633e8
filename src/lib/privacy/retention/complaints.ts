import type { Core } from '@strapi/strapi';
import { asTrusted } from '../../platform/trusted-write';
import { COMPLAINT_UID as UID, FINAL_STATES, type Complaint } from '../../complaints/model';
import { audit, AUDIT_ACTIONS } from '../../security/audit';
import { NOTIFICATION_UID } from '../../platform/outbox';
import type { DocumentUpdate } from '../../platform/model';
import { cutoffOf, DAY, type Dataset, type DueRow, type PurgeContext } from './dataset';

/**
 * Complainants' personal data (dataset `complaint-complainant`), counted from when a complaint was
 * finished (closed, rejected or duplicate). Purging a complaint:
 *
 * - clears the complainant (name, phone, email), consent and its time, the tracking code (it ties a
 *   person to the case), the free-text address, the citizen's attachments (files deleted from storage),
 *   and the address/body of emails sent to the complainant (the outbox row stays, redacted);
 * - coarsens latitude/longitude to 2 decimals (about 1 km): maps of where problems are, not of houses;
 * - keeps the statistics and the official record: ticket number, title, description, category,
 *   province, urgency, channel, state, every date, the team, the timeline, factory.
 *
 * The complaint gets `personalDataPurgedAt` and one audit entry (`personal_data.purge`), so it is
 * never selected again.
 */
export interface PurgeCandidate {
  state: string;
  closedAt?: string | Date | null;
  updatedAt?: string | Date | null;
  personalDataPurgedAt?: string | Date | null;
}

/** The complaint as the purge reads it (the complainant component is set to null, which Strapi's input types refuse: cast through `unknown`). */
type PurgedComplaint = PurgeCandidate &
  Pick<Complaint, 'documentId' | 'ticketNumber' | 'latitude' | 'longitude' | 'complainant'> & {
    id: number;
    attachments?: Array<{ id: number }> | null;
  };

/** The seeded period: PDPA_RETENTION_DAYS (config/jobs.ts), 365 days unless set. */
export function defaultComplaintDays(strapi: Core.Strapi): number {
  const n = Number(strapi.config.get('jobs.retention.personalDataDays') ?? 365);
  return Number.isFinite(n) && n >= 0 ? n : 365;
}

/** When a finished complaint was finished: closedAt for closed ones, else its last change. */
function finishedAt(c: PurgeCandidate): Date | null {
  const at = c.state === 'closed' ? (c.closedAt ?? c.updatedAt) : c.updatedAt;
  return at ? new Date(at) : null;
}

/** Pure: is this complaint's personal data due for deletion at `now`? */
export function purgeDue(c: PurgeCandidate, now: Date, days: number): boolean {
  if (c.personalDataPurgedAt) return false;
  // final: nothing moves a complaint out of them (`resolved` can be re-opened)
  if (!(FINAL_STATES as readonly string[]).includes(c.state)) return false;
  const at = finishedAt(c);
  return !!at && at.getTime() <= now.getTime() - days * DAY;
}

const round2 = (v: unknown) => (v === null || v === undefined || v === '' ? null : Math.round(Number(v) * 100) / 100);
const SELECT = ['id', 'documentId', 'ticketNumber', 'state', 'closedAt', 'updatedAt', 'personalDataPurgedAt', 'latitude', 'longitude'];

async function due(strapi: Core.Strapi, now: Date, days: number, limit: number, only?: string[]): Promise<DueRow[]> {
  const cutoff = cutoffOf(now, days);
  // the database filter is purgeDue's condition; purgeDue still decides
  const rows: PurgedComplaint[] = await strapi.db.query(UID).findMany({
    where: {
      ...(only ? { documentId: { $in: only } } : {}),
      personalDataPurgedAt: { $null: true },
      $or: [
        { state: 'closed', closedAt: { $lte: cutoff } },
        { state: 'closed', closedAt: { $null: true }, updatedAt: { $lte: cutoff } },
        { state: { $in: ['rejected', 'duplicate'] }, updatedAt: { $lte: cutoff } },
      ],
    },
    select: SELECT,
    orderBy: { id: 'asc' },
    limit,
  });
  return rows.filter((c) => purgeDue(c, now, days)).map((c) => ({ id: c.documentId, label: c.ticketNumber ?? c.documentId }));
}

async function purge(strapi: Core.Strapi, documentId: string, ctx: PurgeContext): Promise<void> {
  const c: PurgedComplaint | null = await strapi.db.query(UID).findOne({
    where: { documentId },
    select: SELECT,
    populate: { complainant: true, attachments: { select: ['id'] } },
  });
  if (!c) return;
  const { now, days, counts } = ctx;
  const files: Array<{ id: number }> = c.attachments ?? [];
  const email: string | undefined = c.complainant?.email ?? undefined;
  await asTrusted(() =>
    strapi.db.transaction(async () => {
      await strapi.documents(UID).update({
        documentId: c.documentId,
        data: {
          complainant: null,
          consent: false,
          consentAt: null,
          trackingCode: null,
          address: null,
          latitude: round2(c.latitude),
          longitude: round2(c.longitude),
          attachments: [],
          personalDataPurgedAt: now,
        } as unknown as DocumentUpdate<typeof UID>,
      });
      // Emails sent to the complainant: keep that one was sent, not to whom or what it said.
      const mails = await strapi.db.query(NOTIFICATION_UID).findMany({
        where: { relatedUid: UID, relatedDocumentId: c.documentId },
        select: ['id', 'to', 'state'],
      });
      for (const m of mails) {
        const toComplainant = m.to && email && String(m.to).toLowerCase().includes(email.toLowerCase());
        if (!toComplainant) continue;
        await strapi.db.query(NOTIFICATION_UID).update({
          where: { id: m.id },
          data: {
            to: 'purged (PDPA)',
            text: null,
            html: null,
            ...(m.state === 'sent' ? {} : { state: 'dead', lastError: 'personal data purged before sending' }),
          },
        });
        counts.emailsRedacted = (counts.emailsRedacted ?? 0) + 1;
      }
      await audit(strapi, {
        action: AUDIT_ACTIONS.personalDataPurge,
        targetType: UID,
        targetId: c.documentId,
        targetLabel: c.ticketNumber,
        actor: ctx.actor,
        occurredAt: now,
        details: {
          dataset: 'complaint-complainant',
          batch: ctx.batch,
          state: c.state,
          finishedAt: finishedAt(c)?.toISOString() ?? null,
          retentionDays: days,
          complainant: !!c.complainant,
          attachments: files.length,
        },
      });
    }),
  );
  // Files last: once the record no longer points at them, a failure here leaves only an orphan file.
  const upload = strapi.plugin('upload').service('upload');
  for (const f of files) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: f.id } });
    if (!file) continue;
    await upload.remove(file);
    counts.filesDeleted = (counts.filesDeleted ?? 0) + 1;
  }
}

export const complaintComplainants: Dataset = { key: 'complaint-complainant', due, purge };
