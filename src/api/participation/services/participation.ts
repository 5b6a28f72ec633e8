import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ActivityState } from '../../../lib/volunteers/model';
import { errors } from '@strapi/utils';
import { enqueue, appData } from '../../../lib/platform/outbox';
import { staffLink } from '../../../lib/platform/links';
import { fieldErrors } from '../../../lib/platform/validation';
import { formatDateTime } from '../../../lib/platform/thai-date';
import {
  ACTIVITY_UID,
  HOLDS_PLACE,
  PARTICIPATION_UID,
  VOLUNTEER_UID,
  attendanceProblems,
  participationKey,
  signUpRefusal,
  signUpState,
  volunteerEmail,
} from '../../../lib/volunteers/rules';
import { asTrusted } from '../../../lib/platform/trusted-write';
import {
  confirmDeadline,
  confirmLink,
  confirmRefusal,
  defaultConfirmHours,
  newLinkToken,
  offerLapsed,
} from '../../../lib/volunteers/confirmation';
import { CERTIFICATE_UID } from '../../../lib/volunteers/certificates';

/** A second sign-up of the same volunteer to the same activity: answered 409 with the existing one. */
export class ParticipationConflict extends Error {
  constructor(readonly existing: { documentId: string; state: string }) {
    super(`volunteer is already signed up for this activity (participation ${existing.documentId}, ${existing.state})`);
    this.name = 'ConflictError';
  }
}

const P = PARTICIPATION_UID;

/** The certificate service's revocation (src/api/volunteer-certificate). */
interface CertificateRevoker {
  revokeFor(participationId: number, reason: string, now?: Date): Promise<number>;
}

/** An activity row as db.query returns it (lockActivity populates the province). */
export interface ActivityRow {
  id: number;
  documentId: string;
  title: string;
  state: ActivityState;
  startAt: Date | string;
  endAt: Date | string;
  place?: string | null;
  capacity: number;
  confirmHours?: number | null;
  cancellationReason?: string | null;
  province?: { code: string; nameTh: string; nameEn: string } | null;
}

// The document service's input types have no null for an empty attribute, which a (re-)sign-up sends.
type NewParticipation = Modules.Documents.ServiceParams<typeof P>['create']['data'];

/** A row of hoursTotals: per volunteer (activities counted), or per province (activities and volunteers counted). */
export interface HoursRow {
  volunteer?: { documentId: string; fullName: string };
  province: { code: string; nameTh: string; nameEn: string } | null;
  hours: number;
  activities: number;
  volunteers?: number;
}

/**
 * A group of hoursTotals while it is counted: per volunteer `activities` is a number, per province a Set
 * (with `volunteers`). Which one follows `opts.by`, which TypeScript cannot tie to the branches that
 * count, so the group is left untyped; HoursRow types what hoursTotals returns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HoursGroup = any;

/** Filters of hoursTotals' batched read (db.query syntax). */
interface HoursWhere {
  state: 'attended';
  id: { $gt: number };
  activity?: ActivityWhere;
  volunteer?: { id: number };
}
interface ActivityWhere {
  startAt?: { $gte?: Date; $lt?: Date };
}

export default factories.createCoreService(P, ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const certificates = () => strapi.service(CERTIFICATE_UID) as unknown as CertificateRevoker;
  /** One transaction whose writes the admin-panel guard lets through (they follow the rules here). */
  const tx = <T>(fn: (arg: { trx: Knex.Transaction }) => Promise<T>): Promise<T> =>
    asTrusted(() => strapi.db.transaction(fn) as Promise<T>);

  /** Locks the activity row for the rest of the transaction (PostgreSQL); SQLite serialises writers anyway. */
  async function lockActivity(where: { documentId?: string; id?: number }, trx: Knex.Transaction): Promise<ActivityRow | null> {
    if (trx && strapi.db.dialect.client === 'postgres') {
      const table = strapi.db.metadata.get(ACTIVITY_UID).tableName;
      const w = where.id !== undefined ? { id: where.id } : { document_id: where.documentId };
      await trx(table).where(w).forUpdate().select('id');
    }
    return q(ACTIVITY_UID).findOne({ where, populate: { province: { select: ['code', 'nameTh', 'nameEn'] } } });
  }

  function activityData(activity: ActivityRow, locale: 'th' | 'en' = 'th') {
    return {
      title: activity.title,
      start: formatDateTime(activity.startAt, locale),
      end: formatDateTime(activity.endAt, locale),
      place: activity.place ?? '',
      province: activity.province ? (locale === 'en' ? activity.province.nameEn : activity.province.nameTh) : '',
      link: staffLink(appData(strapi).url, 'activity', activity.documentId),
    };
  }

  /** Moves waitlisted volunteers up (oldest sign-up first) while places are free; emails each. Inside a transaction. */
  async function fillFromWaitlist(activity: ActivityRow, now: Date): Promise<string[]> {
    if (activity.state !== 'open' || new Date(activity.startAt).getTime() <= now.getTime()) return [];
    const taken = await q(P).count({ where: { activity: { id: activity.id }, state: { $in: HOLDS_PLACE } } });
    const free = activity.capacity - taken;
    if (free <= 0) return [];
    const next = await q(P).findMany({
      where: { activity: { id: activity.id }, state: 'waitlisted' },
      orderBy: [{ signedUpAt: 'asc' }, { id: 'asc' }],
      limit: free,
      populate: { volunteer: { select: ['documentId', 'fullName', 'email'], populate: { user: { select: ['email'] } } } },
    });
    const promoted: string[] = [];
    const hours = activity.confirmHours ?? defaultConfirmHours();
    for (const p of next) {
      // asked to confirm by a deadline (confirm-or-lose) unless the activity asks for no confirmation
      const confirmBy = confirmDeadline(now, activity.startAt, hours);
      const confirmToken = confirmBy ? newLinkToken() : null;
      await q(P).update({
        where: { id: p.id },
        data: { state: 'registered', promotedAt: now, confirmBy, confirmToken, confirmedAt: null, lapsedAt: null },
      });
      promoted.push(p.documentId);
      const to = volunteerEmail(p.volunteer);
      if (!to) continue;
      const data = { volunteer: { name: p.volunteer.fullName }, activity: activityData(activity) };
      await enqueue(
        strapi,
        confirmBy
          ? {
              to,
              templateKey: 'participation.offered',
              data: { ...data, confirm: { link: confirmLink(appData(strapi).url, confirmToken!), deadline: formatDateTime(confirmBy) } },
              dedupeKey: `participation:${p.documentId}:offered:${confirmBy.toISOString()}`,
              related: { uid: P, documentId: p.documentId },
            }
          : {
              to,
              templateKey: 'participation.promoted',
              data,
              dedupeKey: `participation:${p.documentId}:promoted:${now.toISOString()}`,
              related: { uid: P, documentId: p.documentId },
            },
        { now },
      );
    }
    return promoted;
  }

  /** The cancellation email to everyone signed up; one per participation ever (dedupe key). */
  async function notifyCancelled(activity: ActivityRow, now = new Date()): Promise<number> {
    let queued = 0;
    let lastId = 0;
    for (;;) {
      const batch = await q(P).findMany({
        where: { activity: { id: activity.id }, state: { $in: ['registered', 'waitlisted'] }, id: { $gt: lastId } },
        orderBy: { id: 'asc' },
        limit: 200,
        populate: { volunteer: { select: ['documentId', 'fullName', 'email'], populate: { user: { select: ['email'] } } } },
      });
      if (!batch.length) break;
      lastId = batch[batch.length - 1].id;
      for (const p of batch) {
        const to = volunteerEmail(p.volunteer);
        if (!to) continue;
        const { created } = await enqueue(
          strapi,
          {
            to,
            templateKey: 'activity.cancelled',
            data: {
              volunteer: { name: p.volunteer.fullName },
              activity: { ...activityData(activity), reason: activity.cancellationReason ?? '' },
            },
            dedupeKey: `activity:${activity.documentId}:cancelled:${p.documentId}`,
            related: { uid: ACTIVITY_UID, documentId: activity.documentId },
          },
          { now },
        );
        if (created) queued++;
      }
    }
    return queued;
  }

  return {
    fillFromWaitlist,
    notifyCancelled,

    /**
     * Signs a volunteer up: registered while places are left, else waitlisted, decided under a lock on
     * the activity row so that N concurrent sign-ups for N places register exactly N. A cancelled
     * participation is re-activated (at the end of the queue); any other existing one is a conflict.
     */
    async signUp(activityDocumentId: string, volunteerDocumentId: string, now = new Date()) {
      return tx(async ({ trx }) => {
        const activity = await lockActivity({ documentId: activityDocumentId }, trx);
        if (!activity) throw new errors.NotFoundError('Activity not found');
        const refusal = signUpRefusal(activity, now);
        if (refusal) throw fieldErrors([{ path: ['activity'], message: refusal }]);
        const volunteer = await q(VOLUNTEER_UID).findOne({
          where: { documentId: volunteerDocumentId },
          select: ['id', 'documentId', 'state'],
        });
        if (!volunteer) throw fieldErrors([{ path: ['volunteer'], message: 'no such volunteer' }]);
        if (volunteer.state !== 'active') throw fieldErrors([{ path: ['volunteer'], message: 'the volunteer is not active' }]);
        const key = participationKey(volunteer.documentId, activity.documentId);
        const existing = await q(P).findOne({ where: { key }, select: ['id', 'documentId', 'state'] });
        if (existing && existing.state !== 'cancelled') {
          throw new ParticipationConflict({ documentId: existing.documentId, state: existing.state });
        }
        const taken = await q(P).count({ where: { activity: { id: activity.id }, state: { $in: HOLDS_PLACE } } });
        const state = signUpState(taken, activity.capacity);
        const fields = {
          state,
          signedUpAt: now,
          cancelledAt: null,
          promotedAt: null,
          hours: null,
          attendanceRecordedAt: null,
          confirmBy: null,
          confirmedAt: null,
          confirmToken: null,
          lapsedAt: null,
        };
        const row = existing
          ? await q(P).update({ where: { id: existing.id }, data: fields })
          : await strapi.documents(P).create({
              data: { ...fields, key, volunteer: volunteer.documentId, activity: activity.documentId } as unknown as NewParticipation,
            });
        return { documentId: row.documentId as string, state, created: !existing };
      });
    },

    /** Cancels a sign-up; a place it held goes to the first waitlisted volunteer, who is emailed. */
    async cancel(documentId: string, now = new Date()) {
      return tx(async ({ trx }) => {
        const found = await q(P).findOne({ where: { documentId }, populate: { activity: { select: ['id'] } } });
        if (!found) throw new errors.NotFoundError('Participation not found');
        const activity = await lockActivity({ id: found.activity.id }, trx);
        const p = await q(P).findOne({ where: { id: found.id }, select: ['id', 'state'] });
        if (!['registered', 'waitlisted'].includes(p.state)) {
          throw fieldErrors([
            { path: ['state'], message: `a ${p.state} participation cannot be cancelled (only registered or waitlisted)` },
          ]);
        }
        if (new Date(activity!.startAt).getTime() <= now.getTime()) {
          throw fieldErrors([{ path: ['activity'], message: 'the activity has already started or is past' }]);
        }
        await q(P).update({ where: { id: p.id }, data: { state: 'cancelled', cancelledAt: now } });
        const promoted = p.state === 'registered' ? await fillFromWaitlist(activity!, now) : [];
        return { documentId, state: 'cancelled', promoted };
      });
    },

    /**
     * Confirms a promoted place, found by its e-mailed token or (staff app) its documentId. Confirming twice
     * is fine; after the deadline it is refused (400 naming `token`), even before the job has run.
     */
    async confirm(where: { confirmToken: string } | { documentId: string }, now = new Date()) {
      return tx(async ({ trx }) => {
        const found = await q(P).findOne({ where, populate: { activity: { select: ['id'] } } });
        if (!found) throw new errors.NotFoundError('No place to confirm: the link is not valid');
        await lockActivity({ id: found.activity.id }, trx);
        const p = await q(P).findOne({ where: { id: found.id } });
        if (p.confirmedAt) return { documentId: p.documentId as string, confirmedAt: p.confirmedAt as Date };
        const refusal = confirmRefusal(p, now);
        if (refusal) throw fieldErrors([{ path: ['token'], message: refusal }]);
        await q(P).update({ where: { id: p.id }, data: { confirmedAt: now } });
        return { documentId: p.documentId as string, confirmedAt: now };
      });
    },

    /**
     * The job's effect for one participation: a promoted place not confirmed in time is cancelled, the
     * volunteer told once, and the place offered to the next in line. Re-checked under the activity lock,
     * so a confirmation that just arrived, a second instance or a re-run change nothing.
     */
    async lapseOffer(id: number, now: Date): Promise<{ lapsed: boolean; promoted: string[] }> {
      return tx(async ({ trx }) => {
        const found = await q(P).findOne({ where: { id }, populate: { activity: { select: ['id'] } } });
        if (!found) return { lapsed: false, promoted: [] };
        const activity = await lockActivity({ id: found.activity.id }, trx);
        const p = await q(P).findOne({
          where: { id },
          populate: { volunteer: { select: ['documentId', 'fullName', 'email'], populate: { user: { select: ['email'] } } } },
        });
        if (!activity || !offerLapsed(p, now)) return { lapsed: false, promoted: [] };
        await q(P).update({ where: { id }, data: { state: 'cancelled', cancelledAt: now, lapsedAt: now, confirmToken: null } });
        const to = volunteerEmail(p.volunteer);
        if (to) {
          await enqueue(
            strapi,
            {
              to,
              templateKey: 'participation.lapsed',
              data: { volunteer: { name: p.volunteer.fullName }, activity: activityData(activity) },
              dedupeKey: `participation:${p.documentId}:lapsed:${new Date(p.confirmBy).toISOString()}`,
              related: { uid: P, documentId: p.documentId },
            },
            { now },
          );
        }
        return { lapsed: true, promoted: await fillFromWaitlist(activity, now) };
      });
    },

    /**
     * Marks attended (with hours, 0 < hours ≤ the activity's length) or no_show: the coordinator's sign-off,
     * stamped with who (`by`, their account) and when.
     */
    async recordAttendance(
      documentId: string,
      input: { state?: unknown; hours?: unknown; note?: unknown },
      now = new Date(),
      by: number | null = null,
    ) {
      return tx(async () => {
        const p = await q(P).findOne({ where: { documentId }, populate: { activity: true } });
        if (!p) throw new errors.NotFoundError('Participation not found');
        const problems = attendanceProblems(input, p, p.activity, now);
        if (input.note !== undefined && input.note !== null && (typeof input.note !== 'string' || input.note.length > 2000)) {
          problems.push({ path: ['note'], message: 'must be text of at most 2000 characters' });
        }
        if (problems.length) throw fieldErrors(problems);
        const hours = input.state === 'attended' ? Number(input.hours) : null;
        await q(P).update({
          where: { id: p.id },
          data: {
            state: input.state,
            hours,
            attendanceRecordedAt: now,
            attendanceRecordedBy: by,
            ...(input.note !== undefined ? { note: input.note } : {}),
          },
        });
        // a corrected attendance no longer backs the certificates that counted it
        if (p.state === 'attended' && (input.state !== 'attended' || Number(p.hours) !== hours)) {
          await certificates().revokeFor(p.id, 'attendance corrected', now);
        }
        return { documentId, state: input.state as string, hours };
      });
    },

    /** Cancels an activity and emails every volunteer signed up (registered or waitlisted) once. */
    async cancelActivity(activityDocumentId: string, reason: string | null, now = new Date()) {
      return tx(async ({ trx }) => {
        const activity = await lockActivity({ documentId: activityDocumentId }, trx);
        if (!activity) throw new errors.NotFoundError('Activity not found');
        if (activity.state === 'completed') throw fieldErrors([{ path: ['state'], message: 'a completed activity cannot be cancelled' }]);
        if (activity.state !== 'cancelled') {
          await q(ACTIVITY_UID).update({
            where: { id: activity.id },
            data: { state: 'cancelled', cancelledAt: now, cancellationReason: reason },
          });
          activity.state = 'cancelled';
          activity.cancellationReason = reason;
        }
        const notified = await notifyCancelled(activity, now);
        return { documentId: activityDocumentId, state: 'cancelled', notified };
      });
    },

    /**
     * Hours from attended participations, per volunteer or per province (the volunteer's province),
     * for activities starting in [from, to). Read in id-ordered batches.
     */
    async hoursTotals(opts: {
      from?: Date | null;
      to?: Date | null;
      by: 'volunteer' | 'province';
      volunteerId?: number;
    }): Promise<HoursRow[]> {
      const where: HoursWhere = { state: 'attended', id: { $gt: 0 } };
      const activityWhere: ActivityWhere = {};
      if (opts.from) activityWhere.startAt = { ...(activityWhere.startAt ?? {}), $gte: opts.from };
      if (opts.to) activityWhere.startAt = { ...(activityWhere.startAt ?? {}), $lt: opts.to };
      if (Object.keys(activityWhere).length) where.activity = activityWhere;
      if (opts.volunteerId) where.volunteer = { id: opts.volunteerId };
      const groups = new Map<string, HoursGroup>();
      for (;;) {
        const batch = await q(P).findMany({
          where,
          orderBy: { id: 'asc' },
          limit: 500,
          select: ['id', 'hours'],
          populate: {
            activity: { select: ['id'] },
            volunteer: { select: ['id', 'documentId', 'fullName'], populate: { province: { select: ['code', 'nameTh', 'nameEn'] } } },
          },
        });
        if (!batch.length) break;
        where.id = { $gt: batch[batch.length - 1].id };
        for (const p of batch) {
          const v = p.volunteer;
          if (!v) continue;
          const province = v.province ? { code: v.province.code, nameTh: v.province.nameTh, nameEn: v.province.nameEn } : null;
          const key = opts.by === 'volunteer' ? v.documentId : (province?.code ?? '-');
          const g =
            groups.get(key) ??
            (opts.by === 'volunteer'
              ? { volunteer: { documentId: v.documentId, fullName: v.fullName }, province, hours: 0, activities: 0 }
              : { province, hours: 0, activities: new Set<number>(), volunteers: new Set<number>() });
          g.hours = Math.round((g.hours + Number(p.hours ?? 0)) * 100) / 100;
          if (opts.by === 'volunteer') g.activities++;
          else {
            g.activities.add(p.activity?.id);
            g.volunteers.add(v.id);
          }
          groups.set(key, g);
        }
      }
      const rows = [...groups.values()].map((g) =>
        opts.by === 'volunteer'
          ? g
          : { province: g.province, hours: g.hours, activities: g.activities.size, volunteers: g.volunteers.size },
      );
      return rows.sort(
        (a, b) =>
          b.hours - a.hours ||
          String(a.volunteer?.fullName ?? a.province?.code ?? '').localeCompare(String(b.volunteer?.fullName ?? b.province?.code ?? '')),
      );
    },
  };
});
