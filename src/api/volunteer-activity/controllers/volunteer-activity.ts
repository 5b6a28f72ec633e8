import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import type { Context } from 'koa';
import type participationService from '../../participation/services/participation';
import type { ParticipationState } from '../../../lib/volunteers/model';
import { errors } from '@strapi/utils';
import { conflict, fieldErrors, requestData, validate } from '../../../lib/platform/validation';
import { isCoordinator, ownVolunteer } from '../../../lib/volunteers/access';
import { actorOf, type Actor } from '../../../lib/platform/actor';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { leanActivityPage } from '../../../lib/volunteers/list';
import { ACTIVITY_UID, HOLDS_PLACE, PARTICIPATION_UID } from '../../../lib/volunteers/rules';
import { activitySchema, cancelSchema, type ActivityInput, type NewActivityInput } from '../validation';
import { provinceRef } from '../../volunteer/validation';
import { toCsv } from '../../../lib/platform/csv';
import { formatDateTime } from '../../../lib/platform/thai-date';
import { ParticipationConflict } from '../../participation/services/participation';

const UID = ACTIVITY_UID;

type ParticipationService = ReturnType<typeof participationService>;
type NewActivity = NonNullable<Modules.Documents.ServiceParams<typeof UID>['create']['data']>;
type ActivityChanges = NonNullable<Modules.Documents.ServiceParams<typeof UID>['update']['data']>;
/** The controller's own findOne (the scoped read), which the writes answer with. */
interface Self {
  findOne(ctx: Context): Promise<{ meta?: Record<string, unknown> }>;
}
/** An activity as the list and page answer it, with the counts added here. */
interface ActivityItem {
  documentId: string;
  capacity?: number | null;
  registered?: number;
  waitlisted?: number;
  placesLeft?: number;
  myParticipation?: { documentId: string; state: ParticipationState; hours: number | null; waitlistPosition: number | null } | null;
}
/** A participation row as db.query returns the columns selected below. */
interface ParticipationRow {
  id?: number;
  documentId: string;
  state: ParticipationState;
  hours?: number | string | null;
  signedUpAt: Date | string;
  activity?: { documentId: string } | null;
  volunteer?: { fullName?: string; phone?: string | null; email?: string | null; province?: { nameTh: string } | null } | null;
}

/**
 * Volunteer activities. Coordinators create, edit, cancel (POST …/cancel, which emails everyone
 * signed up) and export participants as CSV. Volunteers see open upcoming activities and those they
 * signed up for (anything else is 404) and sign themselves up; a coordinator signs up any volunteer.
 * Every activity carries `registered`, `waitlisted` and `placesLeft`.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(PARTICIPATION_UID) as ParticipationService;

  /** 1 for the first on the waitlist: the waitlist moves up oldest sign-up first (participation service). */
  const order = (r: ParticipationRow) => [new Date(r.signedUpAt).getTime(), r.id ?? 0];
  const before = (a: ParticipationRow, b: ParticipationRow) => {
    const [ta, ia] = order(a);
    const [tb, ib] = order(b);
    return ta < tb || (ta === tb && ia < ib);
  };

  async function withCounts(items: ActivityItem[], actor: Actor) {
    if (!items.length) return;
    const ids = items.map((i) => i.documentId);
    const rows: ParticipationRow[] = await strapi.db.query(PARTICIPATION_UID).findMany({
      where: { activity: { documentId: { $in: ids } }, state: { $in: [...HOLDS_PLACE, 'waitlisted'] } },
      select: ['id', 'state', 'documentId', 'signedUpAt'],
      populate: { activity: { select: ['documentId'] }, volunteer: { select: ['id'] } },
    });
    for (const item of items) {
      const mine = rows.filter((r) => r.activity?.documentId === item.documentId);
      item.registered = mine.filter((r) => HOLDS_PLACE.includes(r.state)).length;
      item.waitlisted = mine.filter((r) => r.state === 'waitlisted').length;
      item.placesLeft = Math.max(0, (item.capacity ?? 0) - item.registered);
    }
    if (!isCoordinator(actor)) {
      const volunteer = await ownVolunteer(strapi, actor);
      const own: ParticipationRow[] = volunteer
        ? await strapi.db.query(PARTICIPATION_UID).findMany({
            where: { activity: { documentId: { $in: ids } }, volunteer: { id: volunteer.id } },
            select: ['id', 'documentId', 'state', 'hours', 'signedUpAt'],
            populate: { activity: { select: ['documentId'] } },
          })
        : [];
      const waitlistPosition = (p: ParticipationRow) =>
        p.state === 'waitlisted'
          ? rows.filter((r) => r.state === 'waitlisted' && r.activity?.documentId === p.activity?.documentId && before(r, p)).length + 1
          : null;
      for (const item of items) {
        const p = own.find((r) => r.activity?.documentId === item.documentId);
        item.myParticipation = p
          ? {
              documentId: p.documentId,
              state: p.state,
              hours: p.hours === null ? null : Number(p.hours),
              waitlistPosition: waitlistPosition(p),
            }
          : null;
      }
    }
  }

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'Activity not found',
      lean: ({ query, scope }) => leanActivityPage(strapi, query, scope),
      enrich: (items, _ctx, actor) => withCounts(items, actor),
    }),

    async create(this: Self, ctx: Context) {
      const body = requestData(ctx);
      const input = await validate<NewActivityInput>(activitySchema(true), body);
      if (input.endAt <= input.startAt) throw fieldErrors([{ path: ['endAt'], message: 'must be after startAt' }]);
      const data = { ...input, province: await provinceRef(strapi, input.province), state: input.state ?? 'open' } as NewActivity;
      if (ctx.state.user?.id) data.coordinator = ctx.state.user.id;
      const created = await strapi.documents(UID).create({ data });
      ctx.params.id = created.documentId;
      ctx.query = { populate: { province: { fields: ['code', 'nameTh', 'nameEn'] } } };
      ctx.status = 201;
      return this.findOne(ctx);
    },

    async update(this: Self, ctx: Context) {
      const documentId = String(ctx.params.id);
      const stored = await strapi.db.query(UID).findOne({ where: { documentId } });
      if (!stored) throw new errors.NotFoundError('Activity not found');
      const body = requestData(ctx);
      const input = await validate<ActivityInput>(activitySchema(false), body);
      if (stored.state === 'cancelled') throw fieldErrors([{ path: ['state'], message: 'a cancelled activity cannot be edited' }]);
      const startAt = input.startAt ?? new Date(stored.startAt);
      const endAt = input.endAt ?? new Date(stored.endAt);
      if (endAt <= startAt) throw fieldErrors([{ path: ['endAt'], message: 'must be after startAt' }]);
      const data = { ...input } as ActivityChanges;
      if ('province' in input) data.province = await provinceRef(strapi, input.province);
      await strapi.documents(UID).update({ documentId, data });
      ctx.query = { populate: { province: { fields: ['code', 'nameTh', 'nameEn'] } } };
      return this.findOne(ctx);
    },

    /** Cancels the activity and emails every volunteer signed up (once). */
    async cancel(this: Self, ctx: Context) {
      const body = requestData(ctx);
      const input = await validate<{ reason?: string | null }>(cancelSchema, body);
      const result = await service().cancelActivity(String(ctx.params.id), input.reason || null);
      ctx.query = { populate: { province: { fields: ['code', 'nameTh', 'nameEn'] } } };
      const out = await this.findOne(ctx);
      out.meta = { ...(out.meta ?? {}), volunteersNotified: result.notified };
      return out;
    },

    /** Signs the caller (volunteer) or the given volunteer (coordinator: `volunteer` = documentId) up. */
    async signUp(this: Self, ctx: Context) {
      const actor = await actorOf(strapi, ctx);
      const documentId = String(ctx.params.id);
      const body = requestData(ctx);
      // a volunteer's own profile (the route's policy has checked they sign up only themself)
      let volunteerDocumentId = isCoordinator(actor) ? undefined : (await ownVolunteer(strapi, actor))?.documentId;
      if (!volunteerDocumentId) {
        if (typeof body.volunteer !== 'string' || !body.volunteer)
          throw fieldErrors([{ path: ['volunteer'], message: 'is required (a volunteer documentId)' }]);
        volunteerDocumentId = body.volunteer;
      }
      try {
        const result = await service().signUp(documentId, volunteerDocumentId);
        ctx.status = 201;
        const p = await strapi.db.query(PARTICIPATION_UID).findOne({ where: { documentId: result.documentId } });
        return {
          data: {
            documentId: p.documentId,
            state: p.state,
            signedUpAt: p.signedUpAt,
            activity: { documentId },
            volunteer: { documentId: volunteerDocumentId },
          },
        };
      } catch (err) {
        if (!(err instanceof ParticipationConflict)) throw err;
        throw conflict(err.message, { participation: err.existing });
      }
    },

    /** Participants of one activity as CSV (UTF-8 with BOM), personal data included: coordinators only. */
    async exportParticipants(this: Self, ctx: Context) {
      const documentId = String(ctx.params.id);
      const activity = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'documentId', 'title', 'startAt'] });
      if (!activity) throw new errors.NotFoundError('Activity not found');
      const rows: ParticipationRow[] = [];
      let lastId = 0;
      for (;;) {
        const batch = await strapi.db.query(PARTICIPATION_UID).findMany({
          where: { activity: { id: activity.id }, id: { $gt: lastId } },
          orderBy: { id: 'asc' },
          limit: 500,
          populate: {
            volunteer: {
              select: ['documentId', 'fullName', 'phone', 'email'],
              populate: { province: { select: ['nameTh'] } },
            },
          },
        });
        if (!batch.length) break;
        lastId = batch[batch.length - 1].id;
        rows.push(...batch);
      }
      const order = ['registered', 'attended', 'no_show', 'waitlisted', 'cancelled'];
      rows.sort(
        (a, b) => order.indexOf(a.state) - order.indexOf(b.state) || new Date(a.signedUpAt).getTime() - new Date(b.signedUpAt).getTime(),
      );
      const csv = toCsv(
        [
          'ลำดับ / No.',
          'ชื่อ-สกุล / Name',
          'จังหวัด / Province',
          'โทรศัพท์ / Phone',
          'อีเมล / Email',
          'สถานะ / State',
          'ชั่วโมง / Hours',
          'ลงทะเบียนเมื่อ / Signed up',
        ],
        rows.map((p, i) => [
          i + 1,
          p.volunteer?.fullName,
          p.volunteer?.province?.nameTh,
          p.volunteer?.phone,
          p.volunteer?.email,
          p.state,
          p.hours === null || p.hours === undefined ? null : Number(p.hours),
          p.signedUpAt ? formatDateTime(p.signedUpAt) : null,
        ]),
      );
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="participants-${activity.documentId}.csv"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = csv;
      return undefined;
    },
  };
});
