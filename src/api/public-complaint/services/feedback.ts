import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import type complaintService from '../../complaint/services/complaint';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { audit, AUDIT_ACTIONS } from '../../../lib/security/audit';
import { computeDueDates } from '../../../lib/complaints/sla';
import { assertRatable, assertReopenable, canRate, reopenUntil } from '../../../lib/complaints/follow-up';
import { incidentPolicy } from '../../../lib/complaints/incidents';
import { STATUS_LABELS } from '../../../lib/complaints/status';
import type { TrackedComplaint } from '../../../lib/complaints/tracking';
import { COMPLAINT_UID as UID, type ComplaintStatus, type Urgency } from '../../../lib/complaints/model';

type ComplaintService = ReturnType<typeof complaintService>;

const CITIZEN = { label: 'ผู้ร้องเรียน (รหัสติดตาม) / Complainant (tracking code)' };

/**
 * What a complainant does with the tracking code alone, after resolution: rate the result (1–5, once)
 * and reopen within the policy's days (back into the workflow with new deadlines from now, counted in
 * `reopenCount`). An unknown code is the tracking page's 404.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const complaints = () => strapi.service(UID) as ComplaintService;

  async function byCode(code: string) {
    const c = await strapi.db.query(UID).findOne({
      where: { trackingCode: code },
      populate: { category: true, assignedTeam: { select: ['id'] }, incident: { select: ['code', 'state'] } },
    });
    if (!c) throw new errors.NotFoundError('No complaint with this tracking code');
    return c;
  }

  return {
    /** The follow-up part of the tracking view: the incident's progress, the rating and the reopen window. */
    /** `read`: the complaint as the tracking page read it already (src/lib/complaints/tracking.ts), null on a miss. */
    async followUpView(trackingCode: string, now = new Date(), read?: TrackedComplaint | null) {
      const c =
        read !== undefined
          ? read
          : await strapi.db.query(UID).findOne({
              where: { trackingCode },
              select: ['id', 'state', 'resolvedAt', 'closedAt', 'rating', 'ratedAt', 'reopenCount', 'incidentLink'],
              populate: { incident: { select: ['id', 'code', 'state', 'updatedAt'] } },
            });
      // the policy is read on a miss too: a miss costs what a hit costs
      const policy = await incidentPolicy(strapi);
      if (!c) return {};
      const until = reopenUntil(c, policy.reopenWindowDays);
      let incident = null;
      if (c.incident && c.incidentLink === 'confirmed') {
        // the incident's public progress: its code, state and size, nothing of its other complaints
        const size = await strapi.db.query(UID).count({ where: { incident: { id: c.incident.id }, incidentLink: 'confirmed' } });
        const state = c.incident.state as ComplaintStatus;
        incident = { code: c.incident.code, status: state, statusLabel: STATUS_LABELS[state] ?? null, complaints: size };
      }
      return {
        incident,
        rating: c.rating ?? null,
        canRate: canRate(c),
        reopenCount: c.reopenCount ?? 0,
        reopenUntil: until && until.getTime() >= now.getTime() ? until : null,
      };
    },

    async rate(trackingCode: string, rating: number, now = new Date()) {
      return asTrusted(() =>
        strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
          if (strapi.db.dialect.client === 'postgres') {
            await trx('complaints').where('tracking_code', trackingCode).forUpdate().select('id');
          }
          const c = await byCode(trackingCode);
          assertRatable(c);
          await strapi.db.query(UID).update({ where: { id: c.id }, data: { rating, ratedAt: now } });
          await complaints().addUpdate(c.documentId, CITIZEN, {
            kind: 'note',
            note: `ผู้ร้องให้คะแนนผลการดำเนินการ ${rating}/5 / The complainant rated the result ${rating}/5`,
            occurredAt: now,
          });
          return { rating, ratedAt: now };
        }),
      );
    },

    async reopen(trackingCode: string, reason: string, now = new Date()) {
      return asTrusted(() =>
        strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
          if (strapi.db.dialect.client === 'postgres') {
            await trx('complaints').where('tracking_code', trackingCode).forUpdate().select('id');
          }
          const c = await byCode(trackingCode);
          const policy = await incidentPolicy(strapi);
          assertReopenable(c, policy.reopenWindowDays, now);
          const from = c.state as ComplaintStatus;
          // back to the team that had it; without one, to triage
          const to: ComplaintStatus = c.assignedTeam ? 'in_progress' : 'triaged';
          const due = computeDueDates(now, c.urgency as Urgency, await complaints().slaPolicy(), c.category);
          await strapi.db.query(UID).update({
            where: { id: c.id },
            data: {
              state: to,
              resolvedAt: null,
              closedAt: null,
              reopenCount: (c.reopenCount ?? 0) + 1,
              reopenedAt: now,
              ...due,
            },
          });
          await complaints().addUpdate(c.documentId, CITIZEN, {
            kind: 'status_change',
            fromStatus: from,
            toStatus: to,
            visibility: 'public',
            note: 'ผู้ร้องขอให้ดำเนินการอีกครั้ง / Reopened by the complainant',
            occurredAt: now,
          });
          await complaints().addUpdate(c.documentId, CITIZEN, {
            kind: 'note',
            note: `เหตุผลที่ขอเปิดเรื่องใหม่ / Reason: ${reason}`,
            occurredAt: now,
          });
          await audit(strapi, {
            action: AUDIT_ACTIONS.complaintState,
            targetType: UID,
            targetId: c.documentId,
            targetLabel: c.ticketNumber,
            details: { from, to, reopen: true, reopenCount: (c.reopenCount ?? 0) + 1 },
          });
          return {
            status: to,
            acknowledgeDueAt: due.acknowledgeDueAt,
            resolveDueAt: due.resolveDueAt,
            reopenCount: (c.reopenCount ?? 0) + 1,
          };
        }),
      );
    },
  };
};
