import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import type complaintService from '../../complaint/services/complaint';
import { fieldErrors } from '../../../lib/platform/validation';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { enqueue, appData } from '../../../lib/platform/outbox';
import { buddhistYear } from '../../../lib/platform/thai-date';
import { staffListLink } from '../../../lib/platform/links';
import { audit } from '../../../lib/security/audit';
import { assertTransition, canTransition } from '../../../lib/complaints/status';
import {
  hasFactoryRelation,
  higherUrgency,
  incidentPolicy,
  OPEN_INCIDENT_STATES,
  sameSourceFilter,
  sourceOf,
  urgencyByRule,
  urgencyReason,
  type IncidentState,
} from '../../../lib/complaints/incidents';
import { COMPLAINT_UID, FINISHED, INCIDENT_UID as UID, TEAM_UID, type ComplaintStatus, type Urgency } from '../../../lib/complaints/model';

type ComplaintService = ReturnType<typeof complaintService>;

/** Who acts: the officer's label goes on every member complaint's timeline. */
interface Actor {
  userId?: number;
  label: string;
}

/** A member complaint as the incident rules read it. */
interface Member {
  id: number;
  documentId: string;
  ticketNumber: string;
  state: ComplaintStatus;
  urgency: Urgency;
  incidentLink: 'suggested' | 'confirmed' | null;
  incident?: { id: number; documentId: string; code: string; state: IncidentState } | null;
  assignedTeam?: { id: number; documentId: string } | null;
  category?: { id: number } | null;
  province?: { id: number } | null;
  factory?: { id: number } | null;
  factoryRegistrationNumber?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  title: string;
}

interface IncidentRow {
  id: number;
  documentId: string;
  code: string;
  title: string;
  state: IncidentState;
  urgency: Urgency;
  resolutionSummary?: string | null;
  factoryRegistrationNumber?: string | null;
  factory?: { id: number } | null;
  assignedTeam?: { id: number; documentId: string; name: string; email: string; lead?: { email?: string } | null } | null;
  complaints: Member[];
}

/** Audit actions of incidents (README and SECURITY.md list the audit's actions). */
const ACTIONS = {
  create: 'incident.create',
  confirm: 'incident.confirm',
  detach: 'incident.detach',
  split: 'incident.split',
  merge: 'incident.merge',
  assign: 'incident.assign',
  state: 'incident.state_change',
  fieldVisit: 'incident.field_visit',
} as const;

export default factories.createCoreService(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const complaints = () => strapi.service(COMPLAINT_UID) as ComplaintService;
  const tx = <T>(fn: (arg: { trx: Knex.Transaction }) => Promise<T>): Promise<T> =>
    asTrusted(() => strapi.db.transaction(fn) as Promise<T>);

  const memberPopulate = () => {
    const populate: Record<string, unknown> = {
      incident: { select: ['id', 'documentId', 'code', 'state'] },
      assignedTeam: { select: ['id', 'documentId'] },
      category: { select: ['id'] },
      province: { select: ['id'] },
    };
    if (hasFactoryRelation(strapi)) populate.factory = { select: ['id'] };
    return populate;
  };
  const MEMBER_FIELDS = [
    'id',
    'documentId',
    'ticketNumber',
    'title',
    'state',
    'urgency',
    'incidentLink',
    'factoryRegistrationNumber',
    'latitude',
    'longitude',
  ];

  /** Complaints by documentId or ticket number; any unknown is a 400 naming `field`. */
  async function complaintsByRefs(refs: string[], field = 'complaints'): Promise<Member[]> {
    const unique = [...new Set(refs)];
    const rows = (await strapi.db.query(COMPLAINT_UID).findMany({
      where: { $or: [{ documentId: { $in: unique } }, { ticketNumber: { $in: unique } }] },
      select: MEMBER_FIELDS,
      populate: memberPopulate(),
    })) as Member[];
    const missing = unique.filter((r) => !rows.some((c) => c.documentId === r || c.ticketNumber === r));
    if (missing.length) throw fieldErrors([{ path: [field], message: `no complaint ${missing.map((m) => `"${m}"`).join(', ')}` }]);
    return rows;
  }

  /** The incident with its members, the row locked on PostgreSQL for the rest of the transaction. */
  async function load(documentId: string, trx?: Knex.Transaction): Promise<IncidentRow> {
    if (trx && strapi.db.dialect.client === 'postgres') {
      await trx('incidents').where('document_id', documentId).forUpdate().select('id');
    }
    const populate: Record<string, unknown> = {
      complaints: { select: MEMBER_FIELDS, populate: memberPopulate() },
      assignedTeam: { populate: { lead: { select: ['email'] } } },
    };
    if (hasFactoryRelation(strapi)) populate.factory = { select: ['id'] };
    const row = (await strapi.db.query(UID).findOne({ where: { documentId }, populate })) as IncidentRow | null;
    if (!row) throw new errors.NotFoundError('Incident not found');
    return row;
  }

  const confirmed = (inc: IncidentRow) => inc.complaints.filter((c) => c.incidentLink === 'confirmed');
  const isOpen = (state: IncidentState) => OPEN_INCIDENT_STATES.includes(state);

  function assertOpen(inc: IncidentRow, field = 'status') {
    if (!isOpen(inc.state)) {
      throw fieldErrors([{ path: [field], message: `incident ${inc.code} is "${inc.state}": no change to its complaints` }]);
    }
  }

  /** A new incident from its first complaint: category, place and source are that complaint's. */
  async function createFrom(first: Member, title: string | undefined, state: IncidentState, now: Date, team?: number | null) {
    const data: Record<string, unknown> = {
      title: title || first.title,
      state,
      urgency: first.urgency,
      category: first.category?.id ?? null,
      province: first.province?.id ?? null,
      factoryRegistrationNumber: first.factoryRegistrationNumber ?? null,
      latitude: first.latitude ?? null,
      longitude: first.longitude ?? null,
      openedAt: now,
      assignedTeam: team ?? null,
    };
    if (hasFactoryRelation(strapi)) data.factory = first.factory?.id ?? null;
    const created = await strapi.db.query(UID).create({ data });
    const code = `INC-${buddhistYear(now)}-${String(created.id).padStart(6, '0')}`;
    await strapi.db.query(UID).update({ where: { id: created.id }, data: { code } });
    return created.documentId as string;
  }

  /** Refuses complaints confirmed in another open incident: moving them is a split or a merge there. */
  function assertFree(list: Member[], except: number | null, field = 'complaints') {
    const taken = list.filter((c) => c.incident && c.incident.id !== except && c.incidentLink === 'confirmed' && isOpen(c.incident.state));
    if (taken.length) {
      throw fieldErrors([
        {
          path: [field],
          message: `${taken.map((c) => `${c.ticketNumber} (${c.incident!.code})`).join(', ')} already belong to another open incident: split or merge there`,
        },
      ]);
    }
  }

  /** A complaint joins (confirmed): the link, a public note, and the incident's team if it has one. */
  async function join(inc: IncidentRow, c: Member, actor: Actor, now: Date, how: string) {
    await strapi.db.query(COMPLAINT_UID).update({ where: { id: c.id }, data: { incident: inc.id, incidentLink: 'confirmed' } });
    await complaints().addUpdate(c.documentId, actor, {
      kind: 'note',
      visibility: 'public',
      occurredAt: now,
      note:
        `${how} ${inc.code}: เจ้าหน้าที่ดำเนินการร่วมกับเรื่องร้องเรียนอื่นเกี่ยวกับแหล่งเดียวกัน / ` +
        `incident ${inc.code}: worked together with other complaints about the same source`,
    });
    const team = inc.assignedTeam;
    if (team && !FINISHED.includes(c.state) && c.assignedTeam?.id !== team.id) {
      await complaints().assign(c.documentId, {
        team: team.documentId,
        note: `เหตุการณ์ / incident ${inc.code}`,
        actor,
        now,
        notifyTeam: false,
      });
    }
  }

  /**
   * The administrator's rule, applied when complaints join: the incident's size and its factory's
   * complaints in the repeat window raise every open member's urgency (deadlines recomputed as an
   * officer's edit does), never lower it.
   */
  async function applyUrgencyRule(documentId: string, actor: Actor, now: Date) {
    const inc = await load(documentId);
    const members = confirmed(inc);
    const policy = await incidentPolicy(strapi);
    const same = sameSourceFilter(sourceOf(inc), hasFactoryRelation(strapi));
    const history = same
      ? await strapi.db.query(COMPLAINT_UID).count({
          where: { $and: [same, { receivedAt: { $gte: new Date(now.getTime() - policy.repeatWindowDays * 86_400_000) } }] },
        })
      : 0;
    const target = urgencyByRule(members.length, history, policy);
    if (!target) return;
    const reason = urgencyReason(members.length, history, policy);
    for (const c of members) {
      if (FINISHED.includes(c.state) || higherUrgency(c.urgency, target) === c.urgency) continue;
      await complaints().editDetails(c.documentId, { urgency: target }, actor as never);
      await complaints().addUpdate(c.documentId, actor, { kind: 'note', note: `กฎความเร่งด่วน / urgency rule: ${reason}`, occurredAt: now });
    }
    if (higherUrgency(inc.urgency, target) !== inc.urgency) {
      await strapi.db.query(UID).update({ where: { id: inc.id }, data: { urgency: target } });
    }
  }

  async function record(action: string, inc: { documentId: string; code: string }, details: Record<string, unknown>) {
    await audit(strapi, { action, targetType: UID, targetId: inc.documentId, targetLabel: inc.code, details });
  }

  /** What an officer sees of an incident: its members (no personal data: that stays on the complaint). */
  async function view(documentId: string) {
    const inc = await strapi.documents(UID).findOne({
      documentId,
      populate: {
        complaints: {
          fields: ['ticketNumber', 'title', 'state', 'urgency', 'incidentLink', 'receivedAt', 'resolveDueAt', 'reopenCount', 'rating'],
        },
        assignedTeam: { fields: ['name'] },
        category: { fields: ['code', 'nameTh', 'nameEn'] },
        province: { fields: ['code', 'nameTh', 'nameEn'] },
        mergedInto: { fields: ['code'] },
      },
    });
    if (!inc) throw new errors.NotFoundError('Incident not found');
    return inc;
  }

  return {
    view,

    /** An officer groups complaints into a new incident (they join it confirmed). */
    async createIncident(input: { title?: string; complaints: string[] }, actor: Actor, now = new Date()) {
      const list = await complaintsByRefs(input.complaints);
      const open = list.filter((c) => !FINISHED.includes(c.state));
      if (open.length !== list.length) {
        const done = list.filter((c) => FINISHED.includes(c.state)).map((c) => `${c.ticketNumber} (${c.state})`);
        throw fieldErrors([{ path: ['complaints'], message: `only open complaints make an incident: ${done.join(', ')}` }]);
      }
      assertFree(list, null);
      const documentId = await tx(async () => {
        const first = list[0];
        const id = await createFrom(first, input.title, first.state as IncidentState, now, first.assignedTeam?.id);
        const inc = await load(id);
        for (const c of list) await join(inc, c, actor, now, 'รวมเป็นเหตุการณ์ / grouped into');
        await applyUrgencyRule(id, actor, now);
        await record(ACTIONS.create, inc, { complaints: list.map((c) => c.ticketNumber) });
        return id;
      });
      return view(documentId);
    },

    /** Confirms suggested members (all, or those named), or adds the named complaints (they join). */
    async confirm(documentId: string, input: { complaints?: string[] }, actor: Actor, now = new Date()) {
      await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        assertOpen(inc);
        const list = input.complaints?.length
          ? await complaintsByRefs(input.complaints)
          : inc.complaints.filter((c) => c.incidentLink === 'suggested');
        if (!list.length)
          throw fieldErrors([{ path: ['complaints'], message: `incident ${inc.code} has no suggested complaint to confirm` }]);
        const finished = list.filter((c) => FINISHED.includes(c.state));
        if (finished.length) {
          throw fieldErrors([{ path: ['complaints'], message: `${finished.map((c) => c.ticketNumber).join(', ')} are no longer open` }]);
        }
        assertFree(list, inc.id);
        const joining = list.filter((c) => !(c.incident?.id === inc.id && c.incidentLink === 'confirmed'));
        for (const c of joining) await join(inc, c, actor, now, 'ยืนยันรวมกับเหตุการณ์ / confirmed in');
        await applyUrgencyRule(documentId, actor, now);
        await record(ACTIONS.confirm, inc, { complaints: joining.map((c) => c.ticketNumber) });
      });
      return view(documentId);
    },

    /** Takes complaints out of the incident (a suggestion that was wrong): they go on alone. */
    async detach(documentId: string, input: { complaints: string[] }, actor: Actor, now = new Date()) {
      await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        const list = await complaintsByRefs(input.complaints);
        const outside = list.filter((c) => c.incident?.id !== inc.id);
        if (outside.length) {
          throw fieldErrors([{ path: ['complaints'], message: `${outside.map((c) => c.ticketNumber).join(', ')} are not in ${inc.code}` }]);
        }
        for (const c of list) {
          await strapi.db.query(COMPLAINT_UID).update({ where: { id: c.id }, data: { incident: null, incidentLink: null } });
          await complaints().addUpdate(c.documentId, actor, {
            kind: 'note',
            occurredAt: now,
            note: `นำออกจากเหตุการณ์ ${inc.code} / removed from incident ${inc.code}`,
          });
        }
        await record(ACTIONS.detach, inc, { complaints: list.map((c) => c.ticketNumber) });
      });
      return view(documentId);
    },

    /**
     * Moves the named members into a new incident (a second source found among them): they keep their
     * tickets, tracking codes and states; the new incident starts from this one's state and team.
     */
    async split(documentId: string, input: { title?: string; complaints: string[] }, actor: Actor, now = new Date()) {
      const newId = await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        assertOpen(inc);
        const list = await complaintsByRefs(input.complaints);
        const outside = list.filter((c) => c.incident?.id !== inc.id);
        if (outside.length) {
          throw fieldErrors([{ path: ['complaints'], message: `${outside.map((c) => c.ticketNumber).join(', ')} are not in ${inc.code}` }]);
        }
        if (list.length >= inc.complaints.length) {
          throw fieldErrors([{ path: ['complaints'], message: `at least one complaint stays in ${inc.code}: name fewer` }]);
        }
        const id = await createFrom(list[0], input.title, inc.state, now, inc.assignedTeam?.id ?? null);
        const created = await load(id);
        for (const c of list) await join(created, c, actor, now, `แยกจาก ${inc.code} เป็นเหตุการณ์ / split from ${inc.code} into`);
        await applyUrgencyRule(id, actor, now);
        await record(ACTIONS.split, inc, { into: created.code, complaints: list.map((c) => c.ticketNumber) });
        return id;
      });
      return view(newId);
    },

    /** Merges another incident into this one: its complaints join here; it is left as `merged` pointing here. */
    async merge(documentId: string, input: { incident: string }, actor: Actor, now = new Date()) {
      await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        assertOpen(inc);
        const other = (await strapi.db.query(UID).findOne({
          where: { $or: [{ documentId: input.incident }, { code: input.incident }] },
          select: ['documentId'],
        })) as { documentId: string } | null;
        if (!other) throw fieldErrors([{ path: ['incident'], message: `no incident "${input.incident}"` }]);
        if (other.documentId === documentId) throw fieldErrors([{ path: ['incident'], message: 'an incident cannot merge into itself' }]);
        const from = await load(other.documentId, trx);
        if (!isOpen(from.state)) throw fieldErrors([{ path: ['incident'], message: `incident ${from.code} is "${from.state}"` }]);
        for (const c of from.complaints) {
          if (c.incidentLink === 'confirmed')
            await join(inc, c, actor, now, `รวมเหตุการณ์ ${from.code} เข้ากับเหตุการณ์ / merged ${from.code} into`);
          else await strapi.db.query(COMPLAINT_UID).update({ where: { id: c.id }, data: { incident: inc.id } });
        }
        await strapi.db.query(UID).update({ where: { id: from.id }, data: { state: 'merged', mergedInto: inc.id } });
        await applyUrgencyRule(documentId, actor, now);
        await record(ACTIONS.merge, inc, { merged: from.code, complaints: from.complaints.map((c) => c.ticketNumber) });
      });
      return view(documentId);
    },

    /** The incident's team: every open member is assigned to it; the team gets one e-mail for all. */
    async assign(documentId: string, input: { team: string; note?: string }, actor: Actor, now = new Date()) {
      const team = await strapi.db.query(TEAM_UID).findOne({ where: { documentId: input.team } });
      if (!team) throw fieldErrors([{ path: ['team'], message: `unknown response team "${input.team}"` }]);
      const assigned = await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        assertOpen(inc);
        const to: IncidentState = inc.state === 'received' || inc.state === 'triaged' ? 'assigned' : inc.state;
        await strapi.db.query(UID).update({ where: { id: inc.id }, data: { assignedTeam: team.id, state: to } });
        const members = confirmed(inc).filter((c) => !FINISHED.includes(c.state));
        for (const c of members) {
          await complaints().assign(c.documentId, {
            team: team.documentId,
            note: [`เหตุการณ์ / incident ${inc.code}`, input.note].filter(Boolean).join('\n'),
            actor,
            now,
            notifyTeam: false,
          });
        }
        await record(ACTIONS.assign, inc, { team: team.name, complaints: members.length, state: { from: inc.state, to } });
        const { url } = appData(strapi);
        const lead = await strapi.db.query(TEAM_UID).findOne({ where: { id: team.id }, populate: { lead: { select: ['email'] } } });
        await enqueue(strapi, {
          to: [team.email, lead?.lead?.email].filter(Boolean) as string[],
          templateKey: 'incident.assigned',
          data: {
            incident: {
              code: inc.code,
              title: inc.title,
              size: confirmed(inc).length,
              urgency: inc.urgency,
              // the team works the incident's complaints in the staff app, not in the admin panel
              link: staffListLink(url, 'complaints'),
            },
            team: { name: team.name, email: team.email },
          },
          dedupeKey: `incident:${inc.documentId}:assigned:${team.documentId}:${now.getTime()}`,
          related: { uid: UID, documentId: inc.documentId },
        });
        return members.length;
      });
      return { incident: await view(documentId), complaints: assigned };
    },

    /**
     * The incident moves (the complaints' transition table) and takes its confirmed members along:
     * each member that may make the same move makes it (its own timeline entry, audit and citizen
     * e-mail); one already there or that may not is listed in `skipped`.
     */
    async transition(
      documentId: string,
      input: { status: string; note?: string; visibility?: 'internal' | 'public'; resolutionSummary?: string },
      actor: Actor,
      now = new Date(),
    ) {
      const result = await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        if (inc.state === 'merged') throw fieldErrors([{ path: ['status'], message: `incident ${inc.code} was merged into another` }]);
        if (input.status === 'duplicate' || input.status === 'merged') {
          throw fieldErrors([{ path: ['status'], message: 'merge the incident instead (POST /api/incidents/:id/merge)' }]);
        }
        assertTransition(inc.state as ComplaintStatus, input.status);
        const to = input.status as ComplaintStatus;
        if (to === 'assigned' && !inc.assignedTeam) {
          throw fieldErrors([{ path: ['team'], message: 'assign a response team first (POST /api/incidents/:id/assign)' }]);
        }
        const summary = input.resolutionSummary ?? inc.resolutionSummary ?? undefined;
        if (to === 'closed' && !summary) throw fieldErrors([{ path: ['resolutionSummary'], message: 'is required to close an incident' }]);
        const data: Record<string, unknown> = { state: to };
        if (input.resolutionSummary) data.resolutionSummary = input.resolutionSummary;
        if (to === 'resolved') data.resolvedAt = now;
        if (to === 'closed') data.closedAt = now;
        if (inc.state === 'resolved' && to === 'in_progress') data.resolvedAt = null;
        await strapi.db.query(UID).update({ where: { id: inc.id }, data });
        const moved: string[] = [];
        const skipped: Array<{ ticketNumber: string; state: string }> = [];
        for (const c of confirmed(inc)) {
          if (c.state === to || !canTransition(c.state, to)) {
            skipped.push({ ticketNumber: c.ticketNumber, state: c.state });
            continue;
          }
          await complaints().transition(c.documentId, to, {
            actor,
            note: input.note,
            visibility: input.visibility ?? 'public',
            resolutionSummary: to === 'resolved' || to === 'closed' ? summary : undefined,
            now,
          });
          moved.push(c.ticketNumber);
        }
        await record(ACTIONS.state, inc, { from: inc.state, to, moved, skipped: skipped.map((s) => s.ticketNumber) });
        return { moved, skipped };
      });
      return { incident: await view(documentId), ...result };
    },

    /** One field visit for the incident, on every open member's timeline (the citizens hear "visited"). */
    async fieldVisit(
      documentId: string,
      input: { note: string; visitedAt?: Date; latitude?: number; longitude?: number; locationText?: string },
      actor: Actor,
    ) {
      const count = await tx(async ({ trx }) => {
        const inc = await load(documentId, trx);
        assertOpen(inc);
        const members = confirmed(inc).filter((c) => !FINISHED.includes(c.state));
        for (const c of members) {
          await complaints().addFieldVisit(c.documentId, { ...input, files: [], actor: actor as never });
        }
        await record(ACTIONS.fieldVisit, inc, { complaints: members.length });
        return members.length;
      });
      return { incident: await view(documentId), complaints: count };
    },
  };
});
