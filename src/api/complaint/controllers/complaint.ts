import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type complaintService from '../services/complaint';
import { seesPersonalData } from '../../../lib/complaints/access';
import { actorOf, type Actor } from '../../../lib/platform/actor';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { leanComplaintPage, leanPlan, type PersonalData } from '../../../lib/complaints/list';
import { COMPLAINT_UID as UID, COMPLAINT_UPDATE_UID as UPDATE_UID, FINISHED } from '../../../lib/complaints/model';
import { validateIntake } from '../../../lib/complaints/intake';
import { asFileList, validateAttachments } from '../../../lib/security/attachments';
import { requestData } from '../../../lib/platform/validation';
import { complainantView, timelineEntry } from '../../../lib/complaints/views';
import { attachmentLimits } from '../../../lib/complaints/config';
import { auditPersonalDataReads } from '../../../lib/security/audit';
import { IDEMPOTENCY_HEADER, idempotencyKeyOf, isUniqueViolation, storedKey, visitByKey } from '../../../lib/complaints/field-visits';
import * as validation from '../validation';
import { revealComplaint, revealReason } from '../../../lib/privacy/reveal/reveal';

const body = requestData;

type ComplaintService = ReturnType<typeof complaintService>;
/** The controller's own findOne (the scoped read), which the writes answer with. */
interface Self {
  findOne(ctx: Context): Promise<unknown>;
}

export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as ComplaintService;

  /** `known`: what the lean list read with the page already (by documentId). */
  async function withPersonalData(actor: Actor, items: Array<{ documentId: string }>, via: string, known?: Map<string, PersonalData>) {
    if (!seesPersonalData(actor) || !items.length) return;
    const rows = known
      ? [...known].map(([documentId, p]) => ({ documentId, ...p }))
      : await strapi.documents(UID).findMany({
          filters: { documentId: { $in: items.map((i) => i.documentId) } },
          fields: ['trackingCode', 'consent', 'consentAt'],
          populate: { complainant: true },
        });
    const byId = new Map(rows.map((r) => [r.documentId, r]));
    for (const item of items) {
      const r = byId.get(item.documentId);
      if (r)
        Object.assign(item, {
          trackingCode: r.trackingCode,
          consent: r.consent,
          consentAt: r.consentAt,
          complainant: complainantView(r.complainant),
        });
    }
    // PDPA audit trail: one entry per complaint whose complainant is handed out (src/lib/security/audit.ts).
    await auditPersonalDataReads(strapi, items, via);
  }

  /** Filters from the list's convenience parameters, checked here because they bypass the sanitizer. */
  async function listFilters(params: Record<string, unknown>): Promise<unknown[]> {
    const p = await validation.listParams(params);
    const out: unknown[] = [];
    if (p.status) out.push({ state: { $in: p.status } });
    if (p.urgency) out.push({ urgency: { $in: p.urgency } });
    if (p.province) out.push({ province: { code: { $in: p.province } } });
    if (p.category) out.push({ category: { code: { $in: p.category } } });
    if (p.team) out.push({ assignedTeam: { documentId: { $in: p.team } } });
    if (p.overdue !== undefined) {
      const now = new Date();
      const overdue = {
        state: { $notIn: FINISHED },
        $or: [{ resolveDueAt: { $lt: now } }, { acknowledgedAt: { $null: true }, acknowledgeDueAt: { $lt: now } }],
      };
      out.push(p.overdue ? overdue : { $not: overdue });
    }
    if (p.q !== undefined) {
      out.push({ $or: ['title', 'description', 'ticketNumber', 'factoryName', 'address'].map((f) => ({ [f]: { $containsi: p.q } })) });
    }
    return out;
  }

  const reads = scopedReads(strapi, UID, {
    scope: (actor) => scopeFor(strapi, UID, actor),
    notFound: 'Complaint not found',
    listParams: { names: ['q', 'overdue', 'status', 'urgency', 'province', 'category', 'team'], filters: listFilters },
    async lean({ query, params, scope, actor, ctx }) {
      const filter = await validation.listParams(params);
      const plan = leanPlan(query, filter);
      if (!plan) return null;
      const page = await leanComplaintPage(strapi, { scope, filter, plan, personal: seesPersonalData(actor) });
      if (page) ctx.state.complaintPersonalData = page.personal;
      return page;
    },
    async enrich(items, ctx, actor, single) {
      if (!single) return withPersonalData(actor, items, 'GET /api/complaints', ctx.state.complaintPersonalData);
      const [data] = items;
      const updates = await service().timelineOf(data.id as number, { attachments: true });
      data.timeline = updates.map((u) => timelineEntry(u, 'staff'));
      if (!seesPersonalData(actor)) return;
      await withPersonalData(actor, [data], `${ctx.method} ${ctx._matchedRoute ?? ctx.path}`);
      if (data.complainant && actor.userId && ctx.method === 'GET') {
        // PDPA: who read a complainant's personal data, and when, stays on the record.
        await service().addUpdate(data.documentId, actor, {
          kind: 'access',
          note: "เปิดดูข้อมูลส่วนบุคคลของผู้ร้องเรียน / Viewed the complainant's personal data",
        });
      }
    },
  });

  return {
    ...reads,

    /** An officer records a complaint received by phone, letter, walk-in, … */
    async create(this: Self, ctx: Context) {
      const { channel, urgency, intake } = await validation.officerIntake(body(ctx));
      const input = await validateIntake(intake, { requireProvince: true });
      const files = asFileList(ctx.request.files?.attachments);
      validateAttachments(files, attachmentLimits());
      const actor = await actorOf(strapi, ctx);
      const created = await service().intake(input, { channel, urgency, files, actor });
      ctx.params.id = created.documentId;
      ctx.status = 201;
      return this.findOne(ctx);
    },

    async update(this: Self, ctx: Context) {
      await service().editDetails(ctx.params.id, body(ctx), await actorOf(strapi, ctx));
      ctx.query = {};
      return this.findOne(ctx);
    },

    async transition(this: Self, ctx: Context) {
      const { status, note, visibility, resolutionSummary, duplicateOf } = await validation.transition(body(ctx));
      await service().transition(ctx.params.id, status, {
        actor: await actorOf(strapi, ctx),
        note,
        visibility,
        resolutionSummary,
        duplicateOf,
      });
      ctx.query = {};
      return this.findOne(ctx);
    },

    async assign(this: Self, ctx: Context) {
      const { team, officer, note } = await validation.assignment(body(ctx));
      await service().assign(ctx.params.id, { team, officer, note, actor: await actorOf(strapi, ctx) });
      ctx.query = {};
      return this.findOne(ctx);
    },

    async addNote(this: Self, ctx: Context) {
      const { note, visibility } = await validation.note(body(ctx));
      const entry = await service().addNote(ctx.params.id, { note, visibility, actor: await actorOf(strapi, ctx) });
      ctx.status = 201;
      return { data: timelineEntry(entry, 'staff') };
    },

    /** The complainant's contact data in full, with a reason the audit trail keeps (src/lib/privacy/reveal/). */
    async reveal(ctx: Context) {
      const reason = await revealReason(body(ctx));
      return { data: await revealComplaint(strapi, await actorOf(strapi, ctx), String(ctx.params.id), reason) };
    },

    /** A field visit; the same `Idempotency-Key` again answers with the first (src/lib/complaints/field-visits.ts). */
    async addFieldVisit(this: Self, ctx: Context) {
      const key = idempotencyKeyOf(ctx.get(IDEMPOTENCY_HEADER) || undefined);
      const input = await validation.fieldVisit(body(ctx));
      const files = asFileList(ctx.request.files?.photos);
      validateAttachments(files, { ...attachmentLimits(), field: 'photos' });
      const actor = await actorOf(strapi, ctx);
      const stored = key === undefined ? undefined : storedKey(actor, key);
      const replay = async () => {
        const first = stored ? await visitByKey(strapi, stored, ctx.params.id) : null;
        if (!first) return null;
        ctx.status = 200;
        return { data: timelineEntry(first, 'staff') };
      };
      const earlier = await replay();
      if (earlier) return earlier;
      let entry: { documentId: string };
      try {
        entry = await service().addFieldVisit(ctx.params.id, { ...input, files, actor, idempotencyKey: stored });
      } catch (err) {
        // the same key raced in: the other request stored the visit first
        const first = stored && isUniqueViolation(err) ? await replay() : null;
        if (first) return first;
        throw err;
      }
      const full = await strapi.documents(UPDATE_UID).findOne({
        documentId: entry.documentId,
        populate: { attachments: { fields: ['name', 'url', 'mime', 'size'] } },
      });
      ctx.status = 201;
      return { data: timelineEntry(full, 'staff') };
    },
  };
});
