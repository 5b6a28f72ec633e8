import type { Core } from '@strapi/strapi';
import { asTrusted, documentGuard, type GuardContext, type WriteNext } from '../platform/trusted-write';
import { fieldErrors } from '../platform/validation';
import { ACTIVITY_UID, HOLDS_PLACE, PARTICIPATION_UID, PARTICIPATION_WORKFLOW_FIELDS, VOLUNTEER_UID } from './model';
import { isAdminPanelRequest, refuseWorkflowFieldChanges } from '../platform/workflow-fields';
import { activityLengthHours, isThaiNationalId, participationKey } from './rules';
import { CERTIFICATE_UID } from './certificates';

/**
 * Keeps writes made outside the participation service — the admin panel's Content Manager, where the
 * volunteer coordinators work — on the same rules as the REST API:
 *  - a participation is unique per volunteer × activity (a duplicate is a 400 naming the existing one);
 *  - "registered" beyond the activity's capacity becomes "waitlisted";
 *  - "attended" needs 0 < hours ≤ the activity's length, "no_show" has no hours;
 *  - a place given up (cancelled) goes to the first waitlisted volunteer, who is emailed;
 *  - an activity set to "cancelled" emails everyone signed up (once); a raised capacity fills from the waitlist;
 *    an activity ends after it starts;
 *  - a volunteer's phone, email or national ID is stored only with consent (consent time recorded), and a
 *    national ID must carry a valid check digit.
 * The participation service's own writes run trusted (platform/trusted-write.ts) and pass untouched.
 */

type Uid = typeof PARTICIPATION_UID | typeof ACTIVITY_UID | typeof VOLUNTEER_UID;
/** What the guard needs of an activity row (the query layer's rows are untyped). */
type ActivityRow = {
  id: number;
  documentId: string;
  state: string;
  capacity: number;
  startAt: Date | string;
  endAt: Date | string;
  cancelledAt?: Date | null;
};
interface ParticipationService {
  fillFromWaitlist(activity: ActivityRow, now: Date): Promise<unknown>;
  notifyCancelled(activity: ActivityRow, now: Date): Promise<unknown>;
}
interface CertificateRevoker {
  revokeFor(participationId: number, reason: string, now?: Date): Promise<number>;
}
/** Strapi's transaction callback gets knex's transaction, untyped. */
type Trx = (table: string) => { where(w: object): { forUpdate(): { select(c: string): Promise<unknown> } } };

export function registerVolunteerGuard(strapi: Core.Strapi) {
  const q = (uid: Uid) => strapi.db.query(uid);
  const service = () => strapi.service(PARTICIPATION_UID) as unknown as ParticipationService;

  async function lockActivity(id: number, trx: Trx): Promise<ActivityRow> {
    if (strapi.db.dialect.client === 'postgres') {
      await trx(strapi.db.metadata.get(ACTIVITY_UID).tableName).where({ id }).forUpdate().select('id');
    }
    return q(ACTIVITY_UID).findOne({ where: { id }, populate: { province: { select: ['code', 'nameTh', 'nameEn'] } } });
  }

  async function guardParticipation(context: GuardContext<Uid>, next: WriteNext) {
    if (isAdminPanelRequest(strapi)) {
      await refuseWorkflowFieldChanges(strapi, PARTICIPATION_UID, context.action, context.params, PARTICIPATION_WORKFLOW_FIELDS);
    }
    const before =
      context.action === 'update' && context.params.documentId
        ? await q(PARTICIPATION_UID).findOne({ where: { documentId: context.params.documentId }, select: ['id', 'state', 'hours'] })
        : null;
    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      if (!result?.documentId) return result;
      const now = new Date();
      const row = await q(PARTICIPATION_UID).findOne({
        where: { documentId: result.documentId },
        populate: { volunteer: { select: ['id', 'documentId'] }, activity: { select: ['id'] } },
      });
      const missing = [!row.volunteer && 'volunteer', !row.activity && 'activity'].filter(Boolean) as string[];
      if (missing.length) throw fieldErrors(missing.map((f) => ({ path: [f], message: 'is required' })));
      const activity = await lockActivity(row.activity.id, trx);
      const key = participationKey(row.volunteer.documentId, activity.documentId);
      const dup = await q(PARTICIPATION_UID).findOne({ where: { key, id: { $ne: row.id } }, select: ['documentId', 'state'] });
      if (dup) {
        throw fieldErrors([
          { path: ['volunteer'], message: `is already signed up for this activity (participation ${dup.documentId}, ${dup.state})` },
        ]);
      }
      const data: Record<string, unknown> = {};
      if (row.key !== key) data.key = key;
      if (!row.signedUpAt) data.signedUpAt = now;
      if (row.state === 'registered' && before?.state !== 'registered') {
        const taken = await q(PARTICIPATION_UID).count({
          where: { activity: { id: activity.id }, state: { $in: HOLDS_PLACE }, id: { $ne: row.id } },
        });
        if (taken >= activity.capacity) data.state = 'waitlisted';
      }
      if (row.state === 'attended') {
        const h = Number(row.hours);
        const max = activityLengthHours(activity);
        if (row.hours === null || row.hours === undefined || !(h > 0) || h > max + 1e-9) {
          throw fieldErrors([
            { path: ['hours'], message: `must be more than 0 and at most ${Math.round(max * 100) / 100} (the activity's length)` },
          ]);
        }
      }
      if (row.state === 'no_show' && row.hours !== null && Number(row.hours) !== 0) {
        throw fieldErrors([{ path: ['hours'], message: 'must be empty or 0 for no_show' }]);
      }
      if (row.state === 'cancelled' && !row.cancelledAt) data.cancelledAt = now;
      // hours or attendance corrected in the panel: the coordinator's sign-off no longer stands for them
      if (
        before &&
        (before.state === 'attended' || before.state === 'no_show') &&
        (row.state !== before.state || Number(row.hours) !== Number(before.hours))
      ) {
        data.attendanceRecordedAt = now;
        data.attendanceRecordedBy = null;
      }
      if (Object.keys(data).length) {
        await q(PARTICIPATION_UID).update({ where: { id: row.id }, data });
        Object.assign(result, Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'key')));
      }
      // an attendance corrected in the panel no longer backs the certificates that counted it
      if (before?.state === 'attended' && (row.state !== 'attended' || Number(row.hours) !== Number(before.hours))) {
        await (strapi.service(CERTIFICATE_UID) as unknown as CertificateRevoker).revokeFor(row.id, 'attendance corrected', now);
      }
      const gaveUpPlace = before && HOLDS_PLACE.includes(before.state) && row.state === 'cancelled';
      if (gaveUpPlace) await asTrusted(() => service().fillFromWaitlist(activity, now));
      return result;
    });
  }

  async function guardVolunteer(_context: GuardContext<Uid>, next: WriteNext) {
    return strapi.db.transaction(async () => {
      const result = await next();
      if (!result?.documentId) return result;
      const row = await q(VOLUNTEER_UID).findOne({ where: { documentId: result.documentId } });
      const contact = ['phone', 'email', 'nationalId'].filter((f) => row[f] !== null && row[f] !== undefined && row[f] !== '');
      if (contact.length && row.consent !== true) {
        throw fieldErrors([{ path: ['consent'], message: `must be given to store ${contact.join(', ')}` }]);
      }
      if (row.nationalId && !isThaiNationalId(row.nationalId)) {
        throw fieldErrors([{ path: ['nationalId'], message: 'must be a 13-digit Thai national ID with a valid check digit' }]);
      }
      const data: Record<string, unknown> = {};
      if (row.consent === true && !row.consentAt) data.consentAt = new Date();
      if (row.consent !== true && row.consentAt) data.consentAt = null;
      if (Object.keys(data).length) await q(VOLUNTEER_UID).update({ where: { id: row.id }, data });
      return result;
    });
  }

  async function guardActivity(context: GuardContext<Uid>, next: WriteNext) {
    const result = await strapi.db.transaction(async () => {
      const written = await next();
      if (!written?.documentId) return written;
      const row = await q(ACTIVITY_UID).findOne({ where: { documentId: written.documentId }, select: ['startAt', 'endAt'] });
      if (row.startAt && row.endAt && new Date(row.endAt).getTime() <= new Date(row.startAt).getTime()) {
        throw fieldErrors([{ path: ['endAt'], message: 'must be after startAt' }]);
      }
      return written;
    });
    if (!result?.documentId || context.action !== 'update') return result;
    const now = new Date();
    const activity = await q(ACTIVITY_UID).findOne({
      where: { documentId: result.documentId },
      populate: { province: { select: ['code', 'nameTh', 'nameEn'] } },
    });
    if (activity.state === 'cancelled') {
      if (!activity.cancelledAt) await q(ACTIVITY_UID).update({ where: { id: activity.id }, data: { cancelledAt: now } });
      await asTrusted(() => service().notifyCancelled(activity, now));
    } else {
      await asTrusted(() =>
        strapi.db.transaction(async ({ trx }) => service().fillFromWaitlist(await lockActivity(activity.id, trx), now)),
      );
    }
    return result;
  }

  strapi.documents.use(
    documentGuard<Uid>(
      [PARTICIPATION_UID, ACTIVITY_UID, VOLUNTEER_UID],
      async (context, next) => {
        if (context.action !== 'create' && context.action !== 'update') return next();
        if (context.uid === PARTICIPATION_UID) return guardParticipation(context, next);
        if (context.uid === ACTIVITY_UID) return guardActivity(context, next);
        return guardVolunteer(context, next);
      },
      { skipTrusted: true },
    ),
  );
}
