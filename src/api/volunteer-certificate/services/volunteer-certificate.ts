import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldErrors } from '../../../lib/platform/validation';
import { buddhistYear } from '../../../lib/platform/thai-date';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { ACTIVITY_UID, PARTICIPATION_UID, VOLUNTEER_UID } from '../../../lib/volunteers/model';
import { CERTIFICATE_UID, certificateTotals, lastSignOff, newCertificateCode, yearSpan } from '../../../lib/volunteers/certificates';

const C = CERTIFICATE_UID;

/** What a certificate is asked for: one activity, or one Buddhist-era year, of one volunteer. */
interface CertificateRequest {
  volunteerDocumentId: string;
  activity?: string;
  year?: number;
}

/**
 * Issues and revokes certificates of hours. A certificate counts attended participations (the
 * coordinator's sign-off, POST /participations/:id/attendance); asked again while nothing changed, the
 * same certificate is returned. Correcting an attendance revokes every valid certificate that counted it.
 */
export default factories.createCoreService(C, ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);

  return {
    async issue(req: CertificateRequest, now = new Date()): Promise<{ documentId: string; created: boolean }> {
      return asTrusted(() =>
        strapi.db.transaction(async () => {
          const volunteer = await q(VOLUNTEER_UID).findOne({
            where: { documentId: req.volunteerDocumentId },
            select: ['id', 'documentId', 'fullName'],
          });
          if (!volunteer) throw fieldErrors([{ path: ['volunteer'], message: 'no such volunteer' }]);
          let activity: { id: number; title: string; startAt: Date } | null = null;
          const where: Record<string, unknown> = { volunteer: { id: volunteer.id }, state: 'attended', hours: { $gt: 0 } };
          if (req.activity) {
            activity = await q(ACTIVITY_UID).findOne({ where: { documentId: req.activity }, select: ['id', 'title', 'startAt'] });
            if (!activity) throw fieldErrors([{ path: ['activity'], message: 'no such activity' }]);
            where.activity = { id: activity.id };
          } else {
            const span = yearSpan(req.year!);
            where.activity = { startAt: { $gte: span.from, $lt: span.to } };
          }
          const rows = await q(PARTICIPATION_UID).findMany({
            where,
            select: ['id', 'hours', 'attendanceRecordedAt'],
            populate: { activity: { select: ['title', 'startAt'] } },
            limit: 1000,
          });
          if (!rows.length) {
            throw fieldErrors([
              req.activity
                ? { path: ['activity'], message: 'the volunteer has no signed-off attendance with hours in this activity' }
                : { path: ['year'], message: 'the volunteer has no signed-off attendance with hours in this year' },
            ]);
          }
          const totals = certificateTotals(rows);
          const scope = req.activity ? 'activity' : 'year';
          const existing = await q(C).findOne({
            where: {
              volunteer: { id: volunteer.id },
              scope,
              state: 'valid',
              ...(activity ? { activity: { id: activity.id } } : { year: req.year }),
            },
            select: ['documentId', 'hours'],
          });
          if (existing && Number(existing.hours) === totals.hours) return { documentId: existing.documentId as string, created: false };
          const created = await strapi.documents(C).create({
            data: {
              code: newCertificateCode(),
              volunteer: volunteer.documentId,
              scope,
              activity: req.activity ?? null,
              year: activity ? null : req.year,
              volunteerName: volunteer.fullName,
              activityTitle: activity?.title ?? null,
              activityStartAt: activity?.startAt ?? null,
              hours: totals.hours,
              activities: totals.activities,
              lines: activity ? null : totals.lines,
              issuedAt: now,
              signedOffAt: lastSignOff(rows),
              state: 'valid',
            } as never,
          });
          return { documentId: created.documentId, created: true };
        }),
      );
    },

    /**
     * Revokes the valid certificates that counted this participation (its activity's, and its year's),
     * because its attendance was corrected. Returns how many were revoked.
     */
    async revokeFor(participationId: number, reason: string, now = new Date()): Promise<number> {
      const p = await q(PARTICIPATION_UID).findOne({
        where: { id: participationId },
        select: ['id'],
        populate: { volunteer: { select: ['id'] }, activity: { select: ['id', 'startAt'] } },
      });
      if (!p?.volunteer || !p.activity) return 0;
      const yearBE = buddhistYear(p.activity.startAt);
      const where = {
        volunteer: { id: p.volunteer.id },
        state: 'valid',
        $or: [
          { scope: 'activity', activity: { id: p.activity.id } },
          { scope: 'year', year: yearBE },
        ],
      };
      const hits = await q(C).findMany({ where, select: ['id'] });
      for (const hit of hits) {
        await q(C).update({ where: { id: hit.id }, data: { state: 'revoked', revokedAt: now, revokedReason: reason } });
      }
      return hits.length;
    },

    /** A certificate by its printed code, or 404. */
    async byCode(code: string) {
      const found = await q(C).findOne({ where: { code } });
      if (!found) throw new errors.NotFoundError('No certificate with this code');
      return found;
    },
  };
});
