import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { fieldErrors, requestData } from '../../../lib/platform/validation';
import { periodOf } from '../../../lib/volunteers/access';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { PARTICIPATION_STATES, PARTICIPATION_UID } from '../../../lib/volunteers/rules';
import { toCsv } from '../../../lib/platform/csv';

const UID = PARTICIPATION_UID;
const DEFAULT_POPULATE = {
  activity: { fields: ['title', 'startAt', 'endAt', 'place', 'state'] },
  volunteer: { fields: ['fullName'] },
};

/**
 * Participations (sign-ups). Written only through sign-up, cancel and attendance; coordinators see
 * all, a volunteer only their own (anyone else's is 404). Also the hours totals and their CSV export.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID as any) as any;

  function listFilters(params: Record<string, unknown>) {
    const out: any[] = [];
    const list = (v: unknown) => String(v).split(',').map((s) => s.trim()).filter(Boolean);
    if (params.activity !== undefined && params.activity !== '') out.push({ activity: { documentId: { $in: list(params.activity) } } });
    if (params.volunteer !== undefined && params.volunteer !== '') out.push({ volunteer: { documentId: { $in: list(params.volunteer) } } });
    if (params.state !== undefined && params.state !== '') {
      const states = list(params.state);
      const bad = states.filter((s) => !(PARTICIPATION_STATES as readonly string[]).includes(s));
      if (bad.length) throw fieldErrors([{ path: ['state'], message: `must be one of ${PARTICIPATION_STATES.join(', ')}` }]);
      out.push({ state: { $in: states } });
    }
    return out;
  }

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'Participation not found',
      defaults: { populate: DEFAULT_POPULATE },
      listParams: { names: ['activity', 'volunteer', 'state'], filters: listFilters },
    }),

    /** The volunteer (their own) or a coordinator cancels a sign-up; the first waitlisted moves up. */
    async cancel(this: any, ctx: any) {
      const result = await service().cancel(String(ctx.params.id));
      ctx.query = {};
      const out: any = await this.findOne(ctx);
      out.meta = { promoted: result.promoted };
      return out;
    },

    /** A coordinator records `attended` with hours (0 < hours ≤ the activity's length) or `no_show`. */
    async attendance(this: any, ctx: any) {
      const body = requestData(ctx);
      const unknown = Object.keys(body).filter((k) => !['state', 'hours', 'note'].includes(k));
      if (unknown.length) throw fieldErrors(unknown.map((k) => ({ path: [k], message: 'is not a known field (state, hours, note)' })));
      await service().recordAttendance(String(ctx.params.id), body);
      ctx.query = {};
      return this.findOne(ctx);
    },

    /** Hours totals from attended participations: `by=volunteer|province`, `from`/`to` (YYYY-MM-DD, Bangkok). */
    async hours(this: any, ctx: any) {
      const by = ctx.query?.by ?? 'volunteer';
      if (by !== 'volunteer' && by !== 'province') throw fieldErrors([{ path: ['by'], message: 'must be volunteer or province' }]);
      const period = periodOf(ctx.query ?? {});
      const rows = await service().hoursTotals({ by, from: period.from, to: period.to });
      const total = Math.round(rows.reduce((s: number, r: any) => s + r.hours, 0) * 100) / 100;
      return { data: rows, meta: { by, from: ctx.query?.from ?? null, to: ctx.query?.to ?? null, totalHours: total } };
    },

    /** The hours of a period per volunteer as CSV (UTF-8 with BOM). */
    async exportHours(this: any, ctx: any) {
      const period = periodOf(ctx.query ?? {});
      const rows = await service().hoursTotals({ by: 'volunteer', from: period.from, to: period.to });
      const csv = toCsv(
        ['ชื่อ-สกุล / Name', 'จังหวัด / Province', 'กิจกรรมที่เข้าร่วม / Activities attended', 'ชั่วโมง / Hours'],
        rows.map((r: any) => [r.volunteer.fullName, r.province?.nameTh ?? null, r.activities, r.hours]),
      );
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="volunteer-hours-${period.label}.csv"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = csv;
      return undefined;
    },
  };
});
