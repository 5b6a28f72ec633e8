import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { fieldErrors } from '../../../lib/platform/validation';
import { enqueue, appData } from '../../../lib/platform/outbox';
import { PROVINCE_UID } from '../../../lib/platform/model';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { VOLUNTEER_UID } from '../../../lib/volunteers/model';
import { volunteerEmail } from '../../../lib/volunteers/rules';
import { newLinkToken } from '../../../lib/volunteers/confirmation';
import {
  MAX_CALLED,
  ROSTER_ANSWER_UID,
  ROSTER_UID,
  answerEffect,
  qualifies,
  reachedProvinces,
  rosterLink,
  type Answer,
} from '../../../lib/volunteers/roster';

/** A call-out as the coordinator writes it (validated by ../validation.ts). */
export interface RosterInput {
  title: string;
  message?: string | null;
  place?: string | null;
  province: string;
  nearby?: boolean;
  skills?: string[] | null;
  needed: number;
  complaint?: string | null;
  incident?: string | null;
}

/**
 * Call-outs: creating one e-mails every qualified volunteer in or near the province once (dedupe key per
 * call and volunteer) with a yes/no link; an answer is decided under a lock on the call's row, so the
 * call closes itself at `needed` yes answers however many answer at once.
 */
export default factories.createCoreService(ROSTER_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);

  async function lockRoster(id: number, trx: Knex.Transaction) {
    if (strapi.db.dialect.client === 'postgres') {
      await trx(strapi.db.metadata.get(ROSTER_UID).tableName).where({ id }).forUpdate().select('id');
    }
    return q(ROSTER_UID).findOne({ where: { id }, populate: { province: { select: ['code', 'nameTh'] } } });
  }

  const countYes = (rosterId: number) => q(ROSTER_ANSWER_UID).count({ where: { roster: { id: rosterId }, answer: 'yes' } });

  /** Records (or, without `answer`, only reads) the one answer row `where` finds, under a lock on its call. */
  async function answerWhere(where: Record<string, unknown>, notFound: string, answer: 'yes' | 'no' | undefined, now: Date) {
    return asTrusted(() =>
      strapi.db.transaction(async ({ trx }) => {
        const found = await q(ROSTER_ANSWER_UID).findOne({ where, populate: { roster: { select: ['id'] } } });
        if (!found?.roster) throw new errors.NotFoundError(notFound);
        const roster = await lockRoster(found.roster.id, trx);
        const row = await q(ROSTER_ANSWER_UID).findOne({ where: { id: found.id }, select: ['id', 'answer'] });
        let current = row.answer as Answer;
        if (answer) {
          const effect = answerEffect(roster, await countYes(roster.id), current, answer);
          if ('refusal' in effect) throw fieldErrors([{ path: ['answer'], message: effect.refusal }]);
          if (current !== answer) {
            await q(ROSTER_ANSWER_UID).update({ where: { id: row.id }, data: { answer, answeredAt: now } });
            current = answer;
          }
          if (effect.state !== roster.state) {
            await q(ROSTER_UID).update({
              where: { id: roster.id },
              data: { state: effect.state, closedAt: effect.state === 'full' ? now : null },
            });
            roster.state = effect.state;
          }
        }
        return {
          title: roster.title,
          message: roster.message ?? null,
          place: roster.place ?? null,
          province: roster.province?.nameTh ?? null,
          state: roster.state,
          answer: current,
        };
      }),
    );
  }

  return {
    async call(input: RosterInput, coordinatorId: number | undefined, now = new Date()) {
      return asTrusted(() =>
        strapi.db.transaction(async () => {
          const province = await q(PROVINCE_UID).findOne({ where: { code: input.province }, select: ['id', 'code', 'region', 'nameTh'] });
          if (!province) throw fieldErrors([{ path: ['province'], message: 'no such province' }]);
          const link = async (uid: string, documentId: string | null | undefined, field: string) => {
            if (!documentId) return null;
            const row = await q(uid).findOne({ where: { documentId }, select: ['id'] });
            if (!row) throw fieldErrors([{ path: [field], message: `no such ${field}` }]);
            return row.id as number;
          };
          const complaint = await link('api::complaint.complaint', input.complaint, 'complaint');
          const incident = await link('api::incident.incident', input.incident, 'incident');
          const all = await q(PROVINCE_UID).findMany({ select: ['id', 'code', 'region'] });
          const provinceIds = reachedProvinces(province, all, input.nearby !== false);
          const roster = await q(ROSTER_UID).create({
            data: {
              title: input.title,
              message: input.message ?? null,
              place: input.place ?? null,
              province: province.id,
              nearby: input.nearby !== false,
              skills: input.skills ?? [],
              needed: input.needed,
              state: 'open',
              complaint,
              incident,
              coordinator: coordinatorId ?? null,
            },
          });
          const base = appData(strapi).url;
          let called = 0;
          let lastId = 0;
          while (called < MAX_CALLED) {
            const batch = await q(VOLUNTEER_UID).findMany({
              where: { state: 'active', province: { id: { $in: provinceIds } }, id: { $gt: lastId } },
              orderBy: { id: 'asc' },
              limit: 200,
              select: ['id', 'documentId', 'fullName', 'email', 'state', 'skills'],
              populate: { user: { select: ['email'] } },
            });
            if (!batch.length) break;
            lastId = batch[batch.length - 1].id;
            for (const v of batch) {
              const to = volunteerEmail(v);
              if (!to || !qualifies(v, input.skills ?? []) || called >= MAX_CALLED) continue;
              const token = newLinkToken();
              await q(ROSTER_ANSWER_UID).create({
                data: { roster: roster.id, volunteer: v.id, answer: 'pending', token, key: `${roster.documentId}:${v.documentId}` },
              });
              await enqueue(
                strapi,
                {
                  to,
                  templateKey: 'roster.call',
                  data: {
                    volunteer: { name: v.fullName },
                    roster: {
                      title: input.title,
                      message: input.message ?? '',
                      place: input.place ?? '',
                      province: province.nameTh,
                      link: rosterLink(base, token),
                    },
                  },
                  dedupeKey: `roster:${roster.documentId}:call:${v.documentId}`,
                  related: { uid: ROSTER_UID, documentId: roster.documentId },
                },
                { now },
              );
              called++;
            }
          }
          return { documentId: roster.documentId as string, called };
        }),
      );
    },

    /** Records a yes or no from the answer link (or only reads the call when `answer` is absent). */
    async answer(token: string, answer: 'yes' | 'no' | undefined, now = new Date()) {
      return answerWhere({ token }, 'No call-out for this link', answer, now);
    },

    /** The signed-in volunteer answers a call they were called to (the staff app), as the link would. */
    async answerAs(rosterDocumentId: string, volunteerId: number, answer: 'yes' | 'no', now = new Date()) {
      return answerWhere({ roster: { documentId: rosterDocumentId }, volunteer: { id: volunteerId } }, 'Call-out not found', answer, now);
    },

    /** The calls a volunteer was called to that still take answers (open or full), newest first, with their answer. */
    async mine(volunteerId: number) {
      const rows = await q(ROSTER_ANSWER_UID).findMany({
        where: { volunteer: { id: volunteerId }, roster: { state: { $in: ['open', 'full'] } } },
        select: ['answer', 'answeredAt'],
        populate: {
          roster: {
            select: ['documentId', 'title', 'message', 'place', 'state', 'createdAt'],
            populate: { province: { select: ['nameTh'] } },
          },
        },
        orderBy: { id: 'desc' },
        limit: 50,
      });
      return rows.map((r: { answer: Answer; answeredAt: Date | null; roster: Record<string, any> }) => ({
        documentId: r.roster.documentId as string,
        title: r.roster.title as string,
        message: r.roster.message ?? null,
        place: r.roster.place ?? null,
        province: r.roster.province?.nameTh ?? null,
        state: r.roster.state as string,
        calledAt: r.roster.createdAt,
        answer: r.answer,
        answeredAt: r.answeredAt,
      }));
    },

    /** The coordinator closes a call; answers after that are refused. */
    async close(documentId: string, now = new Date()) {
      const roster = await q(ROSTER_UID).findOne({ where: { documentId }, select: ['id', 'state'] });
      if (!roster) throw new errors.NotFoundError('Call-out not found');
      if (roster.state !== 'closed') await q(ROSTER_UID).update({ where: { id: roster.id }, data: { state: 'closed', closedAt: now } });
    },

    /** Who answered what; those coming with their contact details (coordinators only call this). */
    async answers(rosterId: number) {
      const rows = await q(ROSTER_ANSWER_UID).findMany({
        where: { roster: { id: rosterId } },
        select: ['answer', 'answeredAt'],
        populate: { volunteer: { select: ['documentId', 'fullName', 'phone', 'email'], populate: { province: { select: ['nameTh'] } } } },
        orderBy: [{ answeredAt: 'asc' }, { id: 'asc' }],
        limit: MAX_CALLED,
      });
      const counts = { called: rows.length, yes: 0, no: 0, pending: 0 };
      for (const r of rows) counts[r.answer as Answer]++;
      const coming = rows
        .filter((r: { answer: string }) => r.answer === 'yes')
        .map((r: { answeredAt: Date; volunteer: Record<string, any> }) => ({
          documentId: r.volunteer?.documentId,
          fullName: r.volunteer?.fullName,
          phone: r.volunteer?.phone ?? null,
          email: r.volunteer?.email ?? null,
          province: r.volunteer?.province?.nameTh ?? null,
          answeredAt: r.answeredAt,
        }));
      return { counts, coming };
    },
  };
});
