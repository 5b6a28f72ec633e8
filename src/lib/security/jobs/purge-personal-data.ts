import type { Core } from '@strapi/strapi';
import type { Job, JobContext, JobCounts } from '../../platform/job';
import { asTrusted } from '../../platform/trusted-write';
import { COMPLAINT_UID as UID, FINAL_STATES, type Complaint } from '../../complaints/model';
import { audit, AUDIT_ACTIONS } from '../audit';
import { NOTIFICATION_UID } from '../../platform/outbox';
import type { DocumentUpdate } from '../../platform/model';

/**
 * purge-personal-data (daily, PDPA retention): complaints finished (closed, rejected or duplicate) more
 * than `PDPA_RETENTION_DAYS` days ago lose their complainant's personal data:
 *
 * - cleared: the complainant (name, phone, email), consent and its time, the tracking code (it ties a
 *   person to the case), the free-text address, the citizen's attachments (files deleted from storage),
 *   and the address/body of emails sent to the complainant (the outbox row stays, redacted);
 * - coarsened: latitude/longitude rounded to 2 decimals (about 1 km), enough for maps of where
 *   problems are, not enough to find a house;
 * - kept (statistics and the official record): ticket number, title, description, category, province,
 *   urgency, channel, state, every date, the team, the timeline (staff notes and field visits), factory.
 *
 * The complaint gets `personalDataPurgedAt`, and one audit entry (`personal_data.purge`) is written
 * per complaint; the run itself is a job-run row (the scheduler records it). Idempotent: purged
 * complaints are never selected again.
 */
const DAY = 86_400_000;

export interface PurgeCandidate {
  state: string;
  closedAt?: string | Date | null;
  updatedAt?: string | Date | null;
  personalDataPurgedAt?: string | Date | null;
}

/**
 * A complaint as the purge selects it: the candidate's columns, what is purged, the complainant and attachment ids.
 * (The update sets the complainant component to null, which Strapi's input types do not allow: cast through `unknown`.)
 */
type PurgedComplaint = PurgeCandidate &
  Pick<Complaint, 'documentId' | 'ticketNumber' | 'latitude' | 'longitude' | 'complainant'> & {
    id: number;
    attachments?: Array<{ id: number }> | null;
  };

function retentionDays(strapi?: Core.Strapi): number {
  const configured = strapi?.config.get('jobs.retention.personalDataDays') as number | undefined;
  const n = Number(configured ?? process.env.PDPA_RETENTION_DAYS ?? 365);
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

async function purgeOne(strapi: Core.Strapi, c: PurgedComplaint, now: Date, days: number, counts: JobCounts) {
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
        counts.emailsRedacted++;
      }
      await audit(strapi, {
        action: AUDIT_ACTIONS.personalDataPurge,
        targetType: UID,
        targetId: c.documentId,
        targetLabel: c.ticketNumber,
        actor: { actorKind: 'system', actorLabel: 'job purge-personal-data', channel: 'job' },
        occurredAt: now,
        details: {
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
    counts.filesDeleted++;
  }
}

export async function purgePersonalData(ctx: JobContext, batchSize = 200): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const days = retentionDays(strapi);
  const counts: JobCounts = { examined: 0, purged: 0, filesDeleted: 0, emailsRedacted: 0 };
  const cutoff = new Date(now.getTime() - days * DAY);
  let afterId = 0;
  for (;;) {
    // The database filter is purgeDue's condition; purgeDue still decides.
    const batch: PurgedComplaint[] = await strapi.db.query(UID).findMany({
      where: {
        id: { $gt: afterId },
        personalDataPurgedAt: { $null: true },
        $or: [
          { state: 'closed', closedAt: { $lte: cutoff } },
          { state: 'closed', closedAt: { $null: true }, updatedAt: { $lte: cutoff } },
          { state: { $in: ['rejected', 'duplicate'] }, updatedAt: { $lte: cutoff } },
        ],
      },
      select: ['id', 'documentId', 'ticketNumber', 'state', 'closedAt', 'updatedAt', 'personalDataPurgedAt', 'latitude', 'longitude'],
      populate: { complainant: true, attachments: { select: ['id'] } },
      orderBy: { id: 'asc' },
      limit: batchSize,
    });
    if (!batch.length) break;
    afterId = batch[batch.length - 1].id;
    for (const c of batch) {
      counts.examined++;
      if (!purgeDue(c, now, days)) continue;
      counts.purged++;
      if (!dryRun) await purgeOne(strapi, c, now, days, counts);
    }
  }
  return counts;
}

const job: Job = {
  name: 'purge-personal-data',
  description: "PDPA retention: clears complainants' personal data of complaints finished longer than PDPA_RETENTION_DAYS ago",
  labelTh: 'ลบข้อมูลส่วนบุคคลที่พ้นระยะเวลาเก็บ (PDPA)',
  defaultSchedule: '30 2 * * *',
  run: (ctx) => purgePersonalData(ctx),
};

export default job;
