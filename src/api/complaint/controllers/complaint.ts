import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { seesPersonalData } from '../../../lib/complaints/access';
import { actorOf, type Actor } from '../../../lib/platform/actor';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { COMPLAINT_STATUSES, FINISHED } from '../../../lib/complaints/status';
import { URGENCIES } from '../../../lib/complaints/sla';
import { validateIntake } from '../../../lib/complaints/intake';
import { asFileList, validateAttachments } from '../../../lib/security/attachments';
import { fieldErrors, requestData, text, validate } from '../../../lib/platform/validation';
import { timelineEntry } from '../../../lib/complaints/views';
import { attachmentLimits } from '../../../lib/complaints/config';
import { auditPersonalDataReads } from '../../../lib/security/audit';

const UID = 'api::complaint.complaint';
const UPDATE_UID = 'api::complaint-update.complaint-update';
const OFFICER_CHANNELS = ['phone', 'walk_in', 'letter', 'social', 'other', 'web'] as const;

const body = requestData;

const fieldVisitSchema = yup
  .object({
    note: text(5000).required('is required'),
    visitedAt: yup.date().typeError('must be an ISO 8601 date'),
    latitude: yup.number().typeError('must be a number').min(-90).max(90),
    longitude: yup.number().typeError('must be a number').min(-180).max(180),
    locationText: text(500),
  })
  .noUnknown(true, 'has unknown fields: ${unknown}');

export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as any;

  async function withPersonalData(actor: Actor, items: any[], via: string) {
    if (!seesPersonalData(actor) || !items.length) return;
    const rows = await strapi.documents(UID).findMany({
      filters: { documentId: { $in: items.map((i) => i.documentId) } },
      fields: ['trackingCode', 'consent', 'consentAt'],
      populate: { complainant: true },
    });
    const byId = new Map(rows.map((r: any) => [r.documentId, r]));
    for (const item of items) {
      const r: any = byId.get(item.documentId);
      if (r) Object.assign(item, { trackingCode: r.trackingCode, consent: r.consent, consentAt: r.consentAt, complainant: r.complainant ?? null });
    }
    // PDPA audit trail: one entry per complaint whose complainant is handed out (src/lib/security/audit.ts).
    await auditPersonalDataReads(strapi, items, via);
  }

  /** Filters from the list's convenience parameters, checked here because they bypass the sanitizer. */
  function listFilters(params: Record<string, unknown>): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    const list = (name: string, allowed?: readonly string[]) => {
      const v = params[name];
      if (v === undefined || v === '') return undefined;
      const values = String(v).split(',').map((s) => s.trim()).filter(Boolean);
      if (allowed) {
        const bad = values.filter((x) => !allowed.includes(x));
        if (bad.length) throw fieldErrors([{ path: [name], message: `must be one of ${allowed.join(', ')}` }]);
      }
      return values;
    };
    const status = list('status', COMPLAINT_STATUSES);
    if (status) out.push({ state: { $in: status } });
    const urgency = list('urgency', URGENCIES);
    if (urgency) out.push({ urgency: { $in: urgency } });
    const province = list('province');
    if (province) out.push({ province: { code: { $in: province } } });
    const category = list('category');
    if (category) out.push({ category: { code: { $in: category } } });
    const team = list('team');
    if (team) out.push({ assignedTeam: { documentId: { $in: team } } });
    if (params.overdue !== undefined && params.overdue !== '') {
      if (!['true', 'false'].includes(String(params.overdue))) throw fieldErrors([{ path: ['overdue'], message: 'must be true or false' }]);
      const now = new Date();
      const overdue = {
        state: { $notIn: FINISHED },
        $or: [{ resolveDueAt: { $lt: now } }, { acknowledgedAt: { $null: true }, acknowledgeDueAt: { $lt: now } }],
      };
      out.push(params.overdue === 'true' ? overdue : { $not: overdue });
    }
    if (params.q !== undefined) {
      const q = String(params.q).trim();
      if (!q || q.length > 200) throw fieldErrors([{ path: ['q'], message: 'must be 1 to 200 characters' }]);
      out.push({
        $or: ['title', 'description', 'ticketNumber', 'factoryName', 'address'].map((f) => ({ [f]: { $containsi: q } })),
      });
    }
    return out;
  }

  const reads = scopedReads(strapi, UID, {
    scope: (actor) => scopeFor(strapi, UID, actor),
    notFound: 'Complaint not found',
    listParams: { names: ['q', 'overdue', 'status', 'urgency', 'province', 'category', 'team'], filters: listFilters },
    async enrich(items, ctx, actor, single) {
      if (!single) return withPersonalData(actor, items, 'GET /api/complaints');
      const [data] = items;
      const updates = await service().timelineOf(data.id, { attachments: true });
      data.timeline = updates.map((u: any) => timelineEntry(u, 'staff'));
      if (!seesPersonalData(actor)) return;
      await withPersonalData(actor, [data], `${ctx.method} ${ctx._matchedRoute ?? ctx.path}`);
      if (data.complainant && actor.userId && ctx.method === 'GET') {
        // PDPA: who read a complainant's personal data, and when, stays on the record.
        await service().addUpdate(data.documentId, actor, {
          kind: 'access',
          note: 'เปิดดูข้อมูลส่วนบุคคลของผู้ร้องเรียน / Viewed the complainant\'s personal data',
        });
      }
    },
  });

  return {
    ...reads,

    /** An officer records a complaint received by phone, letter, walk-in, … */
    async create(this: any, ctx: any) {
      const raw = { ...body(ctx) };
      const channel = raw.channel ?? 'phone';
      const urgency = raw.urgency;
      delete raw.channel;
      delete raw.urgency;
      if (!OFFICER_CHANNELS.includes(channel as any)) {
        throw fieldErrors([{ path: ['channel'], message: `must be one of ${OFFICER_CHANNELS.join(', ')}` }]);
      }
      if (urgency !== undefined && !URGENCIES.includes(urgency as any)) {
        throw fieldErrors([{ path: ['urgency'], message: `must be one of ${URGENCIES.join(', ')}` }]);
      }
      const input = await validateIntake(raw, { requireProvince: true });
      const files = asFileList(ctx.request.files?.attachments);
      validateAttachments(files, attachmentLimits());
      const actor = await actorOf(strapi, ctx);
      const created = await service().intake(input, { channel, urgency, files, actor });
      ctx.params.id = created.documentId;
      ctx.status = 201;
      return this.findOne(ctx);
    },

    async update(this: any, ctx: any) {
      await service().editDetails(ctx.params.id, body(ctx), await actorOf(strapi, ctx));
      ctx.query = {};
      return this.findOne(ctx);
    },

    async transition(this: any, ctx: any) {
      const b = body(ctx);
      for (const k of ['note', 'resolutionSummary', 'duplicateOf'] as const) {
        if (b[k] !== undefined && (typeof b[k] !== 'string' || (b[k] as string).length > 5000)) {
          throw fieldErrors([{ path: [k], message: 'must be text of at most 5000 characters' }]);
        }
      }
      if (b.visibility !== undefined && b.visibility !== 'internal' && b.visibility !== 'public') {
        throw fieldErrors([{ path: ['visibility'], message: 'must be "internal" or "public"' }]);
      }
      await service().transition(ctx.params.id, b.status, {
        actor: await actorOf(strapi, ctx),
        note: b.note as string | undefined,
        visibility: b.visibility as any,
        resolutionSummary: b.resolutionSummary as string | undefined,
        duplicateOf: b.duplicateOf as string | undefined,
      });
      ctx.query = {};
      return this.findOne(ctx);
    },

    async assign(this: any, ctx: any) {
      const b = body(ctx);
      if (b.note !== undefined && typeof b.note !== 'string') throw fieldErrors([{ path: ['note'], message: 'must be text' }]);
      await service().assign(ctx.params.id, { team: b.team, officer: b.officer, note: b.note as string | undefined, actor: await actorOf(strapi, ctx) });
      ctx.query = {};
      return this.findOne(ctx);
    },

    async addNote(this: any, ctx: any) {
      const b = body(ctx);
      const entry = await service().addNote(ctx.params.id, { note: b.note, visibility: b.visibility, actor: await actorOf(strapi, ctx) });
      ctx.status = 201;
      return { data: timelineEntry(entry, 'staff') };
    },

    async addFieldVisit(this: any, ctx: any) {
      const input: any = await validate(fieldVisitSchema, body(ctx));
      const files = asFileList(ctx.request.files?.photos);
      validateAttachments(files, { ...attachmentLimits(), field: 'photos' });
      const entry = await service().addFieldVisit(ctx.params.id, { ...input, files, actor: await actorOf(strapi, ctx) });
      const full = await strapi.documents(UPDATE_UID).findOne({
        documentId: entry.documentId,
        populate: { attachments: { fields: ['name', 'url', 'mime', 'size'] } },
      });
      ctx.status = 201;
      return { data: timelineEntry(full, 'staff') };
    },
  };
});
