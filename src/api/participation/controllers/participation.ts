import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type participationService from '../services/participation';
import { requestData } from '../../../lib/platform/validation';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { actorOf } from '../../../lib/platform/actor';
import { scopeFor } from '../../../lib/security/access';
import { PARTICIPATION_UID } from '../../../lib/volunteers/rules';
import { toCsv } from '../../../lib/platform/csv';
import * as validation from '../validation';

const UID = PARTICIPATION_UID;

type ParticipationService = ReturnType<typeof participationService>;
/** The controller's own findOne (the scoped read), which the writes answer with. */
interface Self {
  findOne(ctx: Context): Promise<{ meta?: unknown }>;
}
const DEFAULT_POPULATE = {
  activity: { fields: ['title', 'startAt', 'endAt', 'place', 'state'] },
  volunteer: { fields: ['fullName'] },
};

/**
 * Participations (sign-ups). Written only through sign-up, cancel and attendance; coordinators see
 * all, a volunteer only their own (anyone else's is 404). Also the hours totals and their CSV export.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as ParticipationService;

  async function listFilters(params: Record<string, unknown>): Promise<unknown[]> {
    const { activity, volunteer, state } = await validation.listParams(params);
    return [
      activity && { activity: { documentId: { $in: activity } } },
      volunteer && { volunteer: { documentId: { $in: volunteer } } },
      state && { state: { $in: state } },
    ].filter(Boolean);
  }

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'Participation not found',
      defaults: { populate: DEFAULT_POPULATE },
      listParams: { names: ['activity', 'volunteer', 'state'], filters: listFilters },
    }),

    /** The volunteer (their own) or a coordinator cancels a sign-up; the first waitlisted moves up. */
    async cancel(this: Self, ctx: Context) {
      const result = await service().cancel(String(ctx.params.id));
      ctx.query = {};
      const out = await this.findOne(ctx);
      out.meta = { promoted: result.promoted };
      return out;
    },

    /** A promoted volunteer (their own) confirms their place from the staff app. */
    async confirm(this: Self, ctx: Context) {
      await service().confirm({ documentId: String(ctx.params.id) });
      ctx.query = {};
      return this.findOne(ctx);
    },

    /**
     * The e-mailed confirm link's page posts `{token}`: no login, the token is the credential. Answers only
     * what the volunteer needs to see (the activity and the confirmation), nothing personal.
     */
    async confirmByLink(ctx: Context) {
      const { token } = await validation.confirmBody(requestData(ctx));
      const result = await service().confirm({ confirmToken: token });
      const p = await strapi.db.query(UID).findOne({
        where: { documentId: result.documentId },
        select: ['documentId', 'state', 'confirmedAt'],
        populate: { activity: { select: ['documentId', 'title', 'startAt', 'endAt', 'place'] } },
      });
      return {
        data: {
          state: p.state,
          confirmedAt: p.confirmedAt,
          activity: {
            documentId: p.activity.documentId,
            title: p.activity.title,
            startAt: p.activity.startAt,
            endAt: p.activity.endAt,
            place: p.activity.place,
          },
        },
      };
    },

    /** A coordinator records `attended` with hours (0 < hours ≤ the activity's length) or `no_show`. */
    async attendance(this: Self, ctx: Context) {
      const input = await validation.attendance(requestData(ctx));
      const actor = await actorOf(strapi, ctx);
      await service().recordAttendance(String(ctx.params.id), input, new Date(), actor.userId ?? null);
      ctx.query = {};
      return this.findOne(ctx);
    },

    /** Hours totals from attended participations: `by=volunteer|province`, `from`/`to` (YYYY-MM-DD, Bangkok). */
    async hours(this: Self, ctx: Context) {
      const { by, from, to } = await validation.hoursQuery(ctx.query ?? {});
      const rows = await service().hoursTotals({ by, from, to });
      const total = Math.round(rows.reduce((s, r) => s + r.hours, 0) * 100) / 100;
      return { data: rows, meta: { by, from: ctx.query?.from ?? null, to: ctx.query?.to ?? null, totalHours: total } };
    },

    /** The hours of a period per volunteer as CSV (UTF-8 with BOM). */
    async exportHours(this: Self, ctx: Context) {
      const period = await validation.hoursQuery(ctx.query ?? {});
      const rows = await service().hoursTotals({ by: 'volunteer', from: period.from, to: period.to });
      const csv = toCsv(
        ['ชื่อ-สกุล / Name', 'จังหวัด / Province', 'กิจกรรมที่เข้าร่วม / Activities attended', 'ชั่วโมง / Hours'],
        rows.map((r) => [r.volunteer!.fullName, r.province?.nameTh ?? null, r.activities, r.hours]),
      );
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="volunteer-hours-${period.label}.csv"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = csv;
      return undefined;
    },
  };
});
