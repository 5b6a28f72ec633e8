import { factories } from '@strapi/strapi';
import type { Core, Data, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { assertTransition } from '../../../lib/complaints/status';
import { computeDueDates, loadSlaPolicy, type SlaPolicy } from '../../../lib/complaints/sla';
import { generateTrackingCode } from '../../../lib/complaints/ids';
import { nextTicketNumber } from '../../../lib/complaints/ticket-sequence';
import { fieldErrors } from '../../../lib/platform/validation';
import type { IntakeInput } from '../../../lib/complaints/intake';
import type { UploadedFile } from '../../../lib/security/upload-rules';
import { notifyAssigned, notifyReceived, type ComplaintForEmail } from '../../../lib/complaints/emails';
import { notifyCitizen } from '../../../lib/complaints/follow-up';
import { hasFactoryRelation, suggestIncident } from '../../../lib/complaints/incidents';
import { runTimelineEntryHooks } from '../../../lib/complaints/timeline-hooks';
import { factoryByRegistrationNumber } from '../../../lib/factories/registry';
import type { Open311Extras } from '../../../lib/integrations/open311/intake-extras';
import { insertComponent, insertDocument } from '../../../lib/platform/db-insert';
import { emitEntryCreated } from '../../../lib/platform/entry-events';
import { cachedRead } from '../../../lib/platform/cached-reads';
import { requireComplaintOfficer } from '../../../lib/complaints/assignees';
import { PROVINCE_UID } from '../../../lib/platform/model';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { audit, AUDIT_ACTIONS } from '../../../lib/security/audit';
import {
  COMPLAINT_UID as UID,
  COMPLAINT_UPDATE_UID as UPDATE_UID,
  COMPLAINANT_COMPONENT,
  CATEGORY_UID,
  FINISHED,
  URGENCIES,
  type ComplaintStatus,
  type ComplaintUpdate,
  type Urgency,
} from '../../../lib/complaints/model';

/** Who did something: an API user, or a channel such as the public form. */
export interface Actor {
  userId?: number;
  label: string;
}

/** A relation as a Content Manager payload sends it: a documentId, a connect list, or a list of refs. */
type RelationRef = { documentId?: string; id?: number };
interface RelationList extends Array<RelationRef> {
  connect?: undefined;
}
type RelationPayload = string | { connect?: RelationRef[] } | RelationList | null | undefined;

type ComplaintData = Modules.Documents.ServiceParams<typeof UID>['update']['data'];
type FindManyParams = Modules.Documents.ServiceParams<typeof UID>['findMany'];
// The document service's input types have no null for an empty attribute, which these writes send.
type NewUpdate = Modules.Documents.ServiceParams<typeof UPDATE_UID>['create']['data'];

type Channel = 'web' | 'open311' | 'traffy' | 'phone' | 'walk_in' | 'letter' | 'social' | 'other';

interface UpdateInput {
  kind: 'status_change' | 'note' | 'assignment' | 'field_visit' | 'escalation' | 'access';
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  visibility?: 'internal' | 'public';
  attachments?: number[];
  latitude?: number;
  longitude?: number;
  locationText?: string;
  occurredAt?: Date;
  /** a field visit's client key (src/lib/complaints/field-visits.ts), unique */
  idempotencyKey?: string;
}

/** An officer's edit: these fields are stored as sent; urgency and the codes are resolved (deadlines, rows). */
const COPIED_AS_SENT = [
  'title',
  'description',
  'address',
  'latitude',
  'longitude',
  'factoryName',
  'factoryRegistrationNumber',
  'publicDetails',
] as const;
const EDITABLE = [...COPIED_AS_SENT, 'urgency', 'categoryCode', 'provinceCode'] as const;

export default factories.createCoreService(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const upload = () => strapi.plugin('upload').service('upload');
  /** A transaction whose complaint writes the admin-panel guard lets through (they follow the rules here). */
  const tx = <T>(fn: (arg: { trx: Knex.Transaction }) => Promise<T>): Promise<T> =>
    asTrusted(() => strapi.db.transaction(fn) as Promise<T>);

  /** The category a Content Manager payload points at (documentId string or a connect list), if any. */
  async function categoryFromPayload(value: RelationPayload): Promise<Data.ContentType<typeof CATEGORY_UID> | null> {
    const ref = typeof value === 'string' ? { documentId: value } : (value?.connect?.[0] ?? (Array.isArray(value) ? value[0] : null));
    if (!ref) return null;
    const where = ref.documentId ? { documentId: ref.documentId } : ref.id ? { id: ref.id } : null;
    return where ? strapi.db.query('api::complaint-category.complaint-category').findOne({ where }) : null;
  }

  /** The SLA policy with the holiday calendar (working-day deadlines). */
  async function slaPolicy(): Promise<Partial<SlaPolicy> | null> {
    return loadSlaPolicy(strapi);
  }

  async function categoryByCode(code: string, field = 'categoryCode'): Promise<Data.ContentType<typeof CATEGORY_UID>> {
    const category = await cachedRead(strapi, [CATEGORY_UID], ['active', code], () =>
      strapi.db.query(CATEGORY_UID).findOne({ where: { code, active: true } }),
    );
    if (!category) throw fieldErrors([{ path: [field], message: `unknown or inactive category "${code}"` }]);
    return category;
  }

  async function provinceByCode(code: string, field = 'provinceCode'): Promise<Data.ContentType<typeof PROVINCE_UID>> {
    const province = await cachedRead(strapi, [PROVINCE_UID], code, () => strapi.db.query(PROVINCE_UID).findOne({ where: { code } }));
    if (!province) throw fieldErrors([{ path: [field], message: `unknown province "${code}"` }]);
    return province;
  }

  async function uploadFiles(files: UploadedFile[]): Promise<Array<{ id: number }>> {
    if (!files.length) return [];
    return upload().upload({ data: {}, files });
  }

  async function removeFiles(files: Array<{ id: number }>) {
    for (const f of files)
      await upload()
        .remove(f)
        .catch(() => undefined);
  }

  /** Locks the complaint row for the rest of the transaction (PostgreSQL); SQLite serialises writers anyway. */
  async function loadForUpdate(documentId: string, trx?: Knex.Transaction) {
    if (trx && strapi.db.dialect.client === 'postgres') {
      await trx('complaints').where('document_id', documentId).forUpdate().select('id');
    }
    const complaint = await strapi.documents(UID).findOne({
      documentId,
      populate: { assignedTeam: true, category: true, duplicateOf: { fields: ['documentId'] } },
    });
    if (!complaint) throw new errors.NotFoundError('Complaint not found');
    return complaint;
  }

  async function addUpdate(documentId: string, actor: Actor, input: UpdateInput) {
    return strapi.documents(UPDATE_UID).create({
      data: {
        complaint: documentId,
        kind: input.kind,
        fromStatus: input.fromStatus ?? null,
        toStatus: input.toStatus ?? null,
        note: input.note ?? null,
        visibility: input.visibility ?? 'internal',
        author: actor.userId ?? null,
        authorLabel: actor.label,
        occurredAt: input.occurredAt ?? new Date(),
        attachments: input.attachments ?? [],
        latitude: input.latitude,
        longitude: input.longitude,
        locationText: input.locationText,
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      } as NewUpdate,
    });
  }

  return {
    slaPolicy,

    /**
     * Strapi's find in two steps: the page's ids with the caller's filters, sort and pagination (a
     * narrow SELECT DISTINCT over id and sort columns, which the filter joins need), then those rows with
     * the requested fields and relations by primary key. One query more, but the DISTINCT no longer
     * carries every column of every matching complaint through the sort (bench/RESULTS.md).
     */
    async find(this: Core.CoreAPI.Service.CollectionType, params: FindManyParams = {}) {
      const { populate, fields, ...rest } = params ?? {};
      const core: Core.CoreAPI.Service.CollectionType = Object.getPrototypeOf(this); // Strapi's core service (createCoreService sets it as the prototype)
      const page = await core.find.call(this, { ...rest, fields: ['id'], populate: {} });
      const ids = page.results!.map((r) => r.id as number);
      if (!ids.length) return page;
      const rows = await strapi.documents(UID).findMany({ filters: { id: { $in: ids } }, fields, populate } as FindManyParams);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return { results: ids.map((id) => byId.get(id)).filter(Boolean) as typeof rows, pagination: page.pagination };
    },

    /**
     * A complaint's timeline, oldest first (at most 500 entries), by the complaint's row id. Loaded as a
     * populate from the complaint's side, whose SQL filters the link table's indexed complaint column;
     * filtering the updates by `complaint.documentId` instead joins link table and complaints after the
     * updates, which SQLite answers by scanning every update (3 s at 545,000 updates, bench/RESULTS.md).
     * An absent id still runs the query, so an unknown tracking code costs as much as a known one.
     */
    async timelineOf(complaintId: number | undefined, opts: { attachments?: boolean } = {}): Promise<ComplaintUpdate[]> {
      const row: { updates?: ComplaintUpdate[] } | null = await strapi.db.query(UID).findOne({
        where: { id: complaintId ?? 0 },
        select: ['id'],
        populate: {
          updates: {
            orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
            limit: 500,
            ...(opts.attachments ? { populate: { attachments: { select: ['name', 'url', 'mime', 'size'] } } } : {}),
          },
        },
      });
      return row?.updates ?? [];
    },

    /** Fields every new complaint gets, whoever creates it (used by the admin-panel guard). */
    async newComplaintFields(data: Record<string, unknown>, now = new Date()) {
      const category = await categoryFromPayload(data.category as RelationPayload);
      const urgency = URGENCIES.includes(data.urgency as Urgency) ? (data.urgency as Urgency) : (category?.defaultUrgency ?? 'normal');
      return {
        ticketNumber: await nextTicketNumber(strapi, now),
        trackingCode: generateTrackingCode(),
        state: 'received',
        urgency,
        receivedAt: now,
        ...computeDueDates(now, urgency, await slaPolicy(), category),
        acknowledgedAt: null,
        resolvedAt: null,
        closedAt: null,
      };
    },

    /**
     * Files a complaint: ticket number, tracking code, deadlines, the first timeline entry, the receipt.
     * Written through the query layer in one transaction, nothing read back (docs/performance.md, "Intake"):
     * what the document service's middlewares would do for these two writes is done here — the registry's
     * factory link, Open311's extras, the timeline hooks (webhooks, Traffy), Strapi's `entry.create` events.
     */
    async intake(
      input: IntakeInput,
      opts: { channel: Channel; files?: UploadedFile[]; actor: Actor; urgency?: Urgency; now?: Date; extras?: Open311Extras },
    ) {
      const category = await categoryByCode(input.categoryCode);
      const province = input.provinceCode ? await provinceByCode(input.provinceCode) : null;
      const uploaded = await uploadFiles(opts.files ?? []);
      try {
        const now = opts.now ?? new Date();
        // on PostgreSQL the number is taken before the intake's transaction, in one autocommit statement, so
        // that the counter's row lock is not held for the whole intake; SQLite serialises writers anyway, so
        // there it joins the intake's
        const ticketFirst = strapi.db.dialect.client === 'postgres';
        const earlyTicket = ticketFirst ? await nextTicketNumber(strapi, now) : null;
        const urgency = opts.urgency ?? (category.defaultUrgency as Urgency);
        const due = computeDueDates(now, urgency, await slaPolicy(), category);
        const named = !input.anonymous && input.complainant;
        const factory =
          hasFactoryRelation(strapi) && input.factoryRegistrationNumber
            ? await factoryByRegistrationNumber(strapi, input.factoryRegistrationNumber)
            : null;
        const fields = {
          trackingCode: generateTrackingCode(),
          title: input.title,
          description: input.description,
          urgency,
          channel: opts.channel,
          state: 'received' as const,
          address: input.address ?? null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          factoryName: input.factoryName ?? null,
          factoryRegistrationNumber: input.factoryRegistrationNumber ?? null,
          anonymous: !named,
          updatesOptIn: named ? input.updatesOptIn === true : false,
          consent: named ? true : false,
          consentAt: named ? now : null,
          receivedAt: now,
          acknowledgeDueAt: due.acknowledgeDueAt,
          resolveDueAt: due.resolveDueAt,
          acknowledgedAt: null,
          resolvedAt: null,
          closedAt: null,
          ...(opts.channel === 'open311'
            ? { mediaUrl: opts.extras?.mediaUrl ?? null, serviceAttributes: opts.extras?.serviceAttributes ?? null }
            : {}),
        };
        const complainant = named ? { ...input.complainant } : null;
        const complaint = await tx(async () => {
          const ticketNumber = earlyTicket ?? (await nextTicketNumber(strapi, now));
          const written = await insertDocument(
            strapi,
            UID,
            { ...fields, ticketNumber },
            {
              category: category.id,
              province: province?.id ?? null,
              factory: factory?.id ?? null,
              attachments: uploaded.map((f) => f.id),
              complainant: complainant ? await insertComponent(strapi, COMPLAINANT_COMPONENT, 'complainant', complainant) : null,
            },
            now,
          );
          const created = { ...fields, ticketNumber, ...written, createdAt: now, updatedAt: now, publishedAt: now };
          const entryFields = {
            kind: 'status_change' as const,
            fromStatus: null,
            toStatus: 'received',
            note: 'รับเรื่องร้องเรียนแล้ว / Complaint received',
            visibility: 'public' as const,
            authorLabel: opts.actor.label,
            occurredAt: now,
          };
          const entry = {
            ...entryFields,
            ...(await insertDocument(strapi, UPDATE_UID, entryFields, { complaint: written.id, author: opts.actor.userId ?? null }, now, {
              newTargets: ['complaint'],
            })),
          };
          await runTimelineEntryHooks(strapi, entry, { documentId: written.documentId, state: 'received', traffyTicketId: null });
          // the receipt's outbox row in the same transaction: a complaint is never stored without it, nor it
          // without the complaint; the placeholders from what was just written, not read back
          await notifyReceived(strapi, created, category, now, {
            ...created,
            category,
            province,
            complainant,
          } as ComplaintForEmail);
          await emitEntryCreated(strapi, UID, { ...created, category, province });
          await emitEntryCreated(strapi, UPDATE_UID, { ...entry, createdAt: now, updatedAt: now, publishedAt: now });
          return created;
        });
        // an open incident about the same source is suggested (an officer confirms); a failure here loses no complaint
        const subject = { ...complaint, category, factory, incident: null };
        await asTrusted(() =>
          suggestIncident(strapi, complaint.documentId, (id, note) => addUpdate(id, opts.actor, { kind: 'note', note }), now, subject),
        ).catch((err) => strapi.log.error(`complaint ${complaint.ticketNumber}: incident suggestion failed: ${err}`));
        return complaint;
      } catch (err) {
        await removeFiles(uploaded);
        throw err;
      }
    },

    async transition(
      documentId: string,
      to: unknown,
      opts: {
        actor: Actor;
        note?: string;
        visibility?: 'internal' | 'public';
        resolutionSummary?: string;
        duplicateOf?: string;
        now?: Date;
      },
    ) {
      const now = opts.now ?? new Date();
      return tx(async ({ trx }: { trx: Knex.Transaction }) => {
        const c = await loadForUpdate(documentId, trx);
        const from = c.state as ComplaintStatus;
        assertTransition(from, to);
        const data: Record<string, unknown> = { state: to };
        if (from === 'received' && !c.acknowledgedAt) data.acknowledgedAt = now;
        if (to === 'assigned' && !c.assignedTeam) {
          throw fieldErrors([{ path: ['team'], message: 'assign a response team first (POST /api/complaints/:id/assign)' }]);
        }
        if (opts.resolutionSummary) data.resolutionSummary = opts.resolutionSummary;
        if (to === 'resolved') data.resolvedAt = now;
        if (from === 'resolved' && to === 'in_progress') data.resolvedAt = null;
        if (to === 'closed') {
          if (!opts.resolutionSummary && !c.resolutionSummary) {
            throw fieldErrors([{ path: ['resolutionSummary'], message: 'is required to close a complaint' }]);
          }
          data.closedAt = now;
        }
        if (to === 'duplicate') {
          const ref = opts.duplicateOf ?? c.duplicateOf?.documentId;
          if (!ref) throw fieldErrors([{ path: ['duplicateOf'], message: 'is required to mark a duplicate' }]);
          const original = await strapi.db.query(UID).findOne({
            where: { $or: [{ ticketNumber: ref }, { documentId: ref }] },
          });
          if (!original || original.documentId === documentId) {
            throw fieldErrors([{ path: ['duplicateOf'], message: `no other complaint "${ref}"` }]);
          }
          data.duplicateOf = original.documentId;
        }
        const updated = await strapi.documents(UID).update({ documentId, data: data as ComplaintData });
        const entry = await addUpdate(documentId, opts.actor, {
          kind: 'status_change',
          fromStatus: from,
          toStatus: to as string,
          note: opts.note,
          visibility: opts.visibility ?? 'public',
          occurredAt: now,
        });
        await notifyCitizen(strapi, documentId, entry);
        await audit(strapi, {
          action: AUDIT_ACTIONS.complaintState,
          targetType: UID,
          targetId: documentId,
          targetLabel: c.ticketNumber,
          details: { from, to, ...(opts.duplicateOf ? { duplicateOf: data.duplicateOf } : {}) },
        });
        return updated;
      });
    },

    /** Routes a complaint to a response team (and optionally an officer), and tells the team by email. */
    async assign(
      documentId: string,
      /** notifyTeam false: the caller tells the team once for many complaints (an incident) */
      opts: { team: string; officer?: unknown; note?: string; actor: Actor; now?: Date; notifyTeam?: boolean },
    ) {
      const now = opts.now ?? new Date();
      const team = await strapi.db.query('api::response-team.response-team').findOne({
        where: { documentId: opts.team },
        populate: { lead: { select: ['email'] } },
      });
      if (!team) throw fieldErrors([{ path: ['team'], message: `unknown response team "${opts.team}"` }]);
      const officer = await requireComplaintOfficer(strapi, opts.officer, 'officer');
      const result = await tx(async ({ trx }: { trx: Knex.Transaction }) => {
        const c = await loadForUpdate(documentId, trx);
        const from = c.state as ComplaintStatus;
        if (FINISHED.includes(from)) {
          throw fieldErrors([{ path: ['status'], message: `a complaint that is "${from}" cannot be assigned` }]);
        }
        const to: ComplaintStatus = from === 'received' || from === 'triaged' ? 'assigned' : from;
        const data: Record<string, unknown> = { assignedTeam: team.documentId, state: to };
        if (officer) data.assignedOfficer = officer.id;
        if (from === 'received' && !c.acknowledgedAt) data.acknowledgedAt = now;
        const updated = await strapi.documents(UID).update({ documentId, data: data as ComplaintData });
        const entry = await addUpdate(documentId, opts.actor, {
          kind: 'assignment',
          fromStatus: from,
          toStatus: to,
          note: [`มอบหมายให้ ${team.name} / Assigned to ${team.name}`, opts.note].filter(Boolean).join('\n'),
          visibility: 'public',
          occurredAt: now,
        });
        await notifyCitizen(strapi, documentId, entry);
        await audit(strapi, {
          action: AUDIT_ACTIONS.complaintAssign,
          targetType: UID,
          targetId: documentId,
          targetLabel: c.ticketNumber,
          details: {
            team: { from: c.assignedTeam?.name ?? null, to: team.name },
            officer: officer ? { to: officer.username } : undefined,
            state: from === to ? undefined : { from, to },
          },
        });
        return { updated, entry };
      });
      if (opts.notifyTeam !== false) await notifyAssigned(strapi, { documentId }, team, result.entry.documentId);
      return result.updated;
    },

    async addNote(documentId: string, opts: { note: string; visibility?: 'internal' | 'public'; actor: Actor }) {
      await loadForUpdate(documentId);
      return addUpdate(documentId, opts.actor, { kind: 'note', note: opts.note, visibility: opts.visibility ?? 'internal' });
    },

    async addFieldVisit(
      documentId: string,
      opts: {
        note: string;
        visitedAt?: Date;
        latitude?: number;
        longitude?: number;
        locationText?: string;
        files: UploadedFile[];
        actor: Actor;
        /** stored with the visit; a second visit with the same key fails on the unique index */
        idempotencyKey?: string;
      },
    ) {
      const c = await loadForUpdate(documentId);
      if (FINISHED.includes(c.state as ComplaintStatus)) {
        throw fieldErrors([{ path: ['status'], message: `no field visit on a complaint that is "${c.state}"` }]);
      }
      const uploaded = await uploadFiles(opts.files);
      try {
        const visit = await addUpdate(documentId, opts.actor, {
          kind: 'field_visit',
          note: opts.note,
          occurredAt: opts.visitedAt ?? new Date(),
          latitude: opts.latitude,
          longitude: opts.longitude,
          locationText: opts.locationText,
          attachments: uploaded.map((f) => f.id),
          visibility: 'internal',
          idempotencyKey: opts.idempotencyKey,
        });
        await notifyCitizen(strapi, documentId, visit);
        return visit;
      } catch (err) {
        await removeFiles(uploaded);
        throw err;
      }
    },

    /**
     * After an edit made elsewhere (the admin panel): a complaint whose urgency or category is no longer
     * `before`'s gets its deadlines recomputed from when it was received, and a timeline note, as
     * editDetails does.
     */
    async refreshDeadlines(documentId: string, before: { urgency: string; categoryId: number | null }, actor: { label: string }) {
      const c = await strapi.db.query(UID).findOne({ where: { documentId }, populate: { category: true } });
      if (!c) return null;
      const categoryId = (c.category as { id?: number } | null)?.id ?? null;
      if (c.urgency === before.urgency && categoryId === before.categoryId) return null;
      const due = computeDueDates(new Date(c.receivedAt ?? c.createdAt!), c.urgency as Urgency, await slaPolicy(), c.category);
      await strapi.db.query(UID).update({ where: { id: c.id }, data: due });
      const changes: string[] = [];
      if (c.urgency !== before.urgency) changes.push(`ความเร่งด่วน / urgency: ${before.urgency} → ${c.urgency}`);
      if (categoryId !== before.categoryId) changes.push(`ประเภท / category → ${(c.category as { code?: string } | null)?.code ?? '-'}`);
      await addUpdate(documentId, actor as Actor, { kind: 'note', note: changes.join('\n') });
      return due;
    },

    /** An officer's edit of the details; a new urgency or category recomputes the deadlines. */
    async editDetails(documentId: string, body: Record<string, unknown>, actor: Actor) {
      const unknown = Object.keys(body).filter((k) => !(EDITABLE as readonly string[]).includes(k));
      if (unknown.length) {
        throw fieldErrors(
          unknown.map((k) => ({
            path: [k],
            message:
              k === 'status' || k === 'state' ? 'change the status with POST /api/complaints/:id/transition' : 'cannot be changed here',
          })),
        );
      }
      if (body.urgency !== undefined && !URGENCIES.includes(body.urgency as Urgency)) {
        throw fieldErrors([{ path: ['urgency'], message: `must be one of ${URGENCIES.join(', ')}` }]);
      }
      for (const k of ['title', 'description', 'address', 'factoryName', 'factoryRegistrationNumber'] as const) {
        if (body[k] !== undefined && typeof body[k] !== 'string') throw fieldErrors([{ path: [k], message: 'must be text' }]);
      }
      if (body.title !== undefined && !(body.title as string).trim()) throw fieldErrors([{ path: ['title'], message: 'is required' }]);
      return tx(async ({ trx }: { trx: Knex.Transaction }) => {
        const c = await loadForUpdate(documentId, trx);
        const data: Record<string, unknown> = {};
        if (body.publicDetails !== undefined && typeof body.publicDetails !== 'boolean') {
          throw fieldErrors([{ path: ['publicDetails'], message: 'must be true or false' }]);
        }
        for (const k of COPIED_AS_SENT) {
          if (body[k] !== undefined) data[k] = body[k];
        }
        let category = c.category;
        if (typeof body.categoryCode === 'string' && body.categoryCode !== c.category?.code) {
          category = await categoryByCode(body.categoryCode);
          data.category = category.documentId;
        }
        if (typeof body.provinceCode === 'string') data.province = (await provinceByCode(body.provinceCode)).documentId;
        const urgency = (body.urgency as Urgency | undefined) ?? (c.urgency as Urgency);
        const changes: string[] = [];
        if (urgency !== c.urgency || data.category) {
          const due = computeDueDates(new Date(c.receivedAt ?? c.createdAt!), urgency, await slaPolicy(), category);
          Object.assign(data, { urgency, ...due });
          if (urgency !== c.urgency) changes.push(`ความเร่งด่วน / urgency: ${c.urgency} → ${urgency}`);
          if (data.category) changes.push(`ประเภท / category: ${c.category?.code ?? '-'} → ${category!.code}`);
        }
        const updated = await strapi.documents(UID).update({ documentId, data: data as ComplaintData });
        if (changes.length) await addUpdate(documentId, actor, { kind: 'note', note: changes.join('\n') });
        return updated;
      });
    },

    addUpdate,
  };
});
