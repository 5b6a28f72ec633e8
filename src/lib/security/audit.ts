import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { documentGuard } from '../platform/trusted-write';
import { inspectAdminResponse } from './admin-responses';
import { contentManagerKinds, relationListsForbid } from './content-manager-kinds';
import { COMPLAINT_UID } from '../complaints/model';
import { tableOf, type KnexTransaction } from '../platform/db-meta';
import { newDocumentId } from '../platform/db-insert';
import { dropCachedReads } from '../platform/cached-reads';
import { compile, parameter, run, type Compiled } from '../platform/compiled-sql';
import {
  ADMIN_PERMISSION_UID,
  ADMIN_ROLE_UID,
  ADMIN_USER_UID,
  AUDIT_UID,
  PERMISSION_UID,
  ROLE_UID,
  USER_UID,
  type AUDIT_ACTOR_KINDS,
  type AUDIT_CHANNELS,
} from '../platform/model';

/**
 * The audit trail (api::audit-entry.audit-entry, table audit_entries): who read a complainant's
 * personal data, who changed a complaint's state or assignment, who changed permissions — and when.
 *
 * - Written only here, through the query layer (`strapi.db.query`); the document service — and so the
 *   Content Manager and any REST route — may read entries but never create, edit or delete one
 *   (a document middleware refuses it). There are no content-API routes for the type.
 * - "Who" comes from the request being served (users-permissions user with role, admin user with
 *   roles, API token) or, outside a request, from the caller (a job) — else `system`.
 * - Writes inside a transaction join it (Strapi's transaction context), so a rolled-back change leaves
 *   no entry.
 */

type ActorKind = (typeof AUDIT_ACTOR_KINDS)[number];
type Channel = (typeof AUDIT_CHANNELS)[number];

interface AuditActor {
  actorKind: ActorKind;
  actorId?: number | null;
  actorLabel?: string | null;
  actorRole?: string | null;
  channel: Channel;
  ip?: string | null;
}

export interface AuditInput {
  action: string;
  targetType?: string;
  targetId?: string | number | null;
  targetLabel?: string | null;
  details?: Record<string, unknown>;
  /** who, when not the request being served (a job) */
  actor?: AuditActor;
  occurredAt?: Date;
}

/** Actions recorded (README and SECURITY.md list them). */
export const AUDIT_ACTIONS = {
  personalDataRead: 'personal_data.read',
  complaintState: 'complaint.state_change',
  complaintAssign: 'complaint.assign',
  complaintDelete: 'complaint.delete',
  upPermissionGrant: 'permission.grant',
  upPermissionRevoke: 'permission.revoke',
  upRoleCreate: 'role.create',
  upRoleUpdate: 'role.update',
  upRoleDelete: 'role.delete',
  userRoleChange: 'user.role_change',
  adminPermissionGrant: 'admin_permission.grant',
  adminPermissionUpdate: 'admin_permission.update',
  adminPermissionRevoke: 'admin_permission.revoke',
  adminRoleCreate: 'admin_role.create',
  adminRoleUpdate: 'admin_role.update',
  adminRoleDelete: 'admin_role.delete',
  adminUserRoleChange: 'admin_user.role_change',
  personalDataPurge: 'personal_data.purge',
  personalDataReveal: 'personal_data.reveal',
} as const;

const clip = (s: unknown, n = 255) => (s === undefined || s === null ? null : String(s).slice(0, n));

/** Who is behind the request being served, if any. */
function currentActor(strapi: Core.Strapi): AuditActor {
  const ctx = strapi.requestContext.get();
  if (!ctx) return { actorKind: 'system', channel: 'system', actorLabel: 'system' };
  const strategy = ctx.state?.auth?.strategy?.name;
  const user = ctx.state?.user;
  const ip = clip(ctx.request?.ip, 64);
  if (strategy === 'admin' && user) {
    const roles = (user.roles ?? [])
      .map((r: RoleRow) => r.code ?? r.name)
      .filter(Boolean)
      .join(', ');
    return {
      actorKind: 'admin',
      actorId: user.id,
      actorLabel: clip(user.email ?? user.username),
      actorRole: clip(roles) || null,
      channel: 'admin',
      ip,
    };
  }
  if (strategy === 'api-token') {
    const token = ctx.state.auth.credentials;
    return {
      actorKind: 'api_token',
      actorId: token?.id ?? null,
      actorLabel: clip(`API token ${token?.name ?? ''}`.trim()),
      actorRole: clip(token?.type),
      channel: 'api',
      ip,
    };
  }
  if (user) {
    return {
      actorKind: 'user',
      actorId: user.id,
      actorLabel: clip(user.username ?? user.email),
      actorRole: clip(user.role?.type ?? user.role?.name),
      channel: 'api',
      ip,
    };
  }
  const channel: Channel = String(ctx.path ?? '').startsWith('/api/') ? 'api' : 'admin';
  return { actorKind: 'system', actorLabel: 'anonymous request', channel, ip };
}

function row(strapi: Core.Strapi, input: AuditInput, actor: AuditActor, now: Date) {
  return {
    occurredAt: input.occurredAt ?? now,
    action: input.action,
    ...actor,
    targetType: clip(input.targetType, 100),
    targetId: clip(input.targetId, 64),
    targetLabel: clip(input.targetLabel),
    details: input.details ?? null,
  };
}

/** Records one or more audit entries (the actor is the current request's unless given). */
export async function audit(strapi: Core.Strapi, input: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(input) ? input : [input];
  if (!list.length) return;
  const now = new Date();
  const requestActor = currentActor(strapi);
  const rows = list.map((i) => row(strapi, i, i.actor ?? requestActor, now));
  await insertEntries(strapi, rows, now);
}

/** An entry's attributes, in the order `insertEntries` gives their values. */
const ENTRY_ATTRIBUTES = [
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'occurredAt',
  'action',
  'actorKind',
  'actorId',
  'actorLabel',
  'actorRole',
  'channel',
  'ip',
  'targetType',
  'targetId',
  'targetLabel',
  'details',
] as const;
type EntryAttribute = (typeof ENTRY_ATTRIBUTES)[number];

const insertStatements = new WeakMap<Core.Strapi, Map<number, Compiled>>();

/** The INSERT of `n` entries, built by knex once per count (building it was ~0.2 ms of an officer's list page). */
function insertStatement(strapi: Core.Strapi, n: number): Compiled {
  let byCount = insertStatements.get(strapi);
  if (!byCount) insertStatements.set(strapi, (byCount = new Map()));
  let statement = byCount.get(n);
  if (!statement) {
    const t = tableOf(strapi, AUDIT_UID);
    const width = ENTRY_ATTRIBUTES.length;
    const entries = Array.from({ length: n }, (_, i) =>
      Object.fromEntries(ENTRY_ATTRIBUTES.map((attribute, j) => [t.column(attribute), parameter(i * width + j)])),
    );
    statement = compile(strapi, strapi.db.connection(t.table).insert(entries), `audit-insert-${n}`, n * width);
    byCount.set(n, statement);
  }
  return statement;
}

/**
 * One INSERT of the entries' columns, as the query layer's createMany writes them (document id,
 * timestamps, published), without its per-row passes: an officer's list page audits 25 complainants,
 * and through the query layer that insert cost more than reading the page. Joins the transaction of
 * the request being served, if any (so a rolled-back change leaves no entry).
 */
async function insertEntries(strapi: Core.Strapi, rows: Array<ReturnType<typeof row>>, now: Date) {
  const values = rows.map((r) => {
    // every attribute named (the type requires each), then put in the statement's order
    const entry: Record<EntryAttribute, unknown> = {
      documentId: newDocumentId(),
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      occurredAt: r.occurredAt,
      action: r.action,
      actorKind: r.actorKind,
      actorId: r.actorId ?? null,
      actorLabel: r.actorLabel ?? null,
      actorRole: r.actorRole ?? null,
      channel: r.channel,
      ip: r.ip ?? null,
      targetType: r.targetType,
      targetId: r.targetId,
      targetLabel: r.targetLabel,
      details: r.details === null ? null : JSON.stringify(r.details),
    };
    return ENTRY_ATTRIBUTES.map((attribute) => entry[attribute]);
  });
  // SQLite takes at most 999 bound values a statement by default: 16 columns, so 50 rows at a time
  const chunks = Array.from({ length: Math.ceil(values.length / 50) }, (_, i) => values.slice(i * 50, i * 50 + 50));
  const insert = async (trx?: KnexTransaction) => {
    for (const chunk of chunks) await run(strapi, insertStatement(strapi, chunk.length), chunk.flat(), trx);
  };
  if (strapi.db.inTransaction() || chunks.length > 1) await strapi.db.transaction(({ trx }) => insert(trx));
  else await insert();
  dropCachedReads(strapi, AUDIT_UID);
}

const hasPersonalData = (complainant: unknown): complainant is Record<string, unknown> =>
  !!complainant &&
  typeof complainant === 'object' &&
  ['name', 'phone', 'email', 'nationalId', 'address'].some((k) => (complainant as Record<string, unknown>)[k]);

/** One entry per complaint whose complainant's personal data is being handed to the caller. */
export async function auditPersonalDataReads(
  strapi: Core.Strapi,
  complaints: Array<{ documentId: string; ticketNumber?: string | null; complainant?: unknown }>,
  via: string,
) {
  const read = complaints.filter((c) => hasPersonalData(c.complainant));
  await audit(
    strapi,
    read.map((c) => ({
      action: AUDIT_ACTIONS.personalDataRead,
      targetType: COMPLAINT_UID,
      targetId: c.documentId,
      targetLabel: c.ticketNumber ?? null,
      details: {
        via,
        fields: Object.entries(c.complainant as Record<string, unknown>)
          .filter(([k, v]) => v && k !== 'id')
          .map(([k]) => k),
      },
    })),
  );
}

const WRITE_ACTIONS = ['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft'];

/**
 * Every admin response (any method, any route: Content Manager reads and writes, bulk actions, clones,
 * relations, history, the media library, our own admin routes) that carries personal data leaves one
 * `personal_data.read` per entity, with the route in the details; accounts' attributes the
 * administrator may not read are taken out first (admin-responses.ts).
 */
function adminResponseRule(strapi: Core.Strapi): Core.MiddlewareHandler {
  return async (ctx, next) => {
    await next();
    if (ctx.state?.auth?.strategy?.name !== 'admin' || !ctx.body || typeof ctx.body !== 'object') return;
    const hits = inspectAdminResponse(strapi, ctx);
    if (!hits.length) return;
    const via = `${ctx.method} ${(ctx as { _matchedRoute?: string })._matchedRoute ?? ctx.path} (admin)`;
    try {
      await audit(
        strapi,
        hits.map((h) => ({
          action: AUDIT_ACTIONS.personalDataRead,
          targetType: h.uid,
          targetId: h.documentId,
          targetLabel: h.label,
          details: { via, fields: h.fields },
        })),
      );
    } catch (err) {
      // No record, no personal data: the response is refused rather than left unaccounted for.
      strapi.log.error(`audit: could not record an admin read of personal data: ${(err as Error).message}`);
      ctx.status = 500;
      ctx.body = { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } };
    }
  };
}

/** The document service may read audit entries, never write one (trusted writes included). */
const auditEntriesReadOnly = documentGuard(
  [AUDIT_UID],
  async (context, next) => {
    if (WRITE_ACTIONS.includes(context.action)) {
      throw new errors.ForbiddenError('Audit entries are written by the system only / บันทึกการตรวจสอบแก้ไขไม่ได้');
    }
    return next();
  },
  { skipTrusted: false },
);

interface AssignmentRow {
  ticketNumber: string | null;
  assignedTeam?: { name: string } | null;
  assignedOfficer?: { username: string } | null;
}

/** Assignment changed in the Content Manager (the complaint service records its own). */
function complaintDocumentAudit(strapi: Core.Strapi) {
  return documentGuard(
    [COMPLAINT_UID],
    async (context, next) => {
      const documentId = context.params.documentId;
      if (context.action === 'delete') {
        const before = await strapi.db.query(COMPLAINT_UID).findOne({ where: { documentId }, select: ['ticketNumber', 'state'] });
        const result = await next();
        if (before) {
          await audit(strapi, {
            action: AUDIT_ACTIONS.complaintDelete,
            targetType: COMPLAINT_UID,
            targetId: documentId,
            targetLabel: before.ticketNumber,
            details: { state: before.state },
          });
        }
        return result;
      }
      const data = context.params.data;
      if (context.action !== 'update' || !data || !('assignedTeam' in data || 'assignedOfficer' in data)) return next();
      const load = (): Promise<AssignmentRow | null> =>
        strapi.db.query(COMPLAINT_UID).findOne({
          where: { documentId },
          select: ['ticketNumber'],
          populate: { assignedTeam: { select: ['documentId', 'name'] }, assignedOfficer: { select: ['id', 'username'] } },
        });
      const before = await load();
      const result = await next();
      const after = await load();
      if (!before || !after) return result;
      const team = (c: AssignmentRow) => c.assignedTeam?.name ?? null;
      const officer = (c: AssignmentRow) => c.assignedOfficer?.username ?? null;
      if (team(before) !== team(after) || officer(before) !== officer(after)) {
        await audit(strapi, {
          action: AUDIT_ACTIONS.complaintAssign,
          targetType: COMPLAINT_UID,
          targetId: documentId,
          targetLabel: after.ticketNumber,
          details: { team: { from: team(before), to: team(after) }, officer: { from: officer(before), to: officer(after) } },
        });
      }
      return result;
    },
    { skipTrusted: true },
  );
}

/** In register(): the write guard, the complaint assignment hook and the admin response rule. */
export function registerAudit(strapi: Core.Strapi) {
  strapi.documents.use(auditEntriesReadOnly);
  strapi.documents.use(complaintDocumentAudit(strapi));
  strapi.server.use(adminResponseRule(strapi));
  strapi.server.use(contentManagerKinds(strapi));
  relationListsForbid(strapi);
}

// ---------------------------------------------------------------------------------------------
// Permission changes: database lifecycles, so every path (admin panel, REST, code) is seen.

const UP_ROLE = ROLE_UID;
const UP_PERMISSION = PERMISSION_UID;
const UP_USER = USER_UID;
const ADMIN_ROLE = ADMIN_ROLE_UID;
const ADMIN_PERMISSION = ADMIN_PERMISSION_UID;
const ADMIN_USER = ADMIN_USER_UID;

/** A users-permissions role (`type`) or an admin role (`code`), as the query layer returns it. */
interface RoleRow {
  id?: number;
  type?: string;
  code?: string;
  name?: string;
  description?: string | null;
}
interface PermissionRow {
  id: number;
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] } | null;
  conditions?: string[] | null;
  role?: RoleRow | null;
}
/** A database lifecycle event (Strapi's query-layer type; its params and result are untyped there). */
type DbEvent = Parameters<Extract<Parameters<Core.Strapi['db']['lifecycles']['subscribe']>[0], (...args: never[]) => unknown>>[0];
type Where = DbEvent['params']['where'];
/** A users-permissions user (one role) or an admin user (a set of roles). */
interface UserRow {
  id: number;
  username?: string;
  email?: string;
  role?: RoleRow | null;
  roles?: RoleRow[];
}

const roleName = (r: RoleRow | null | undefined) => (r ? (r.type ?? r.code ?? r.name ?? null) : null);

async function upPermissionRows(strapi: Core.Strapi, where: Where): Promise<PermissionRow[]> {
  return strapi.db.query(UP_PERMISSION).findMany({ where, select: ['id', 'action'], populate: { role: { select: ['type', 'name'] } } });
}
async function adminPermissionRows(strapi: Core.Strapi, where: Where): Promise<PermissionRow[]> {
  return strapi.db.query(ADMIN_PERMISSION).findMany({
    where,
    select: ['id', 'action', 'subject', 'properties', 'conditions'],
    populate: { role: { select: ['code', 'name'] } },
  });
}
const adminPermissionDetails = (p: PermissionRow) => ({
  action: p.action,
  subject: p.subject ?? null,
  fields: p.properties?.fields ?? undefined,
  conditions: p.conditions?.length ? p.conditions : undefined,
  role: roleName(p.role),
});

/**
 * Subscribed at the end of bootstrap: what the code itself grants at start (src/lib/platform/roles.ts,
 * admin-roles.ts, Strapi's super-admin sync) is in the code's history, not the audit trail.
 */
export function subscribePermissionAudit(strapi: Core.Strapi) {
  const record = (input: AuditInput | AuditInput[]) => audit(strapi, input);

  strapi.db.lifecycles.subscribe({
    models: [UP_PERMISSION, ADMIN_PERMISSION],
    async afterCreate(event: DbEvent) {
      const uid = event.model.uid;
      if (uid === UP_PERMISSION) {
        const [p] = await upPermissionRows(strapi, { id: event.result.id });
        await record({
          action: AUDIT_ACTIONS.upPermissionGrant,
          targetType: UP_ROLE,
          targetId: p?.role?.type ?? null,
          targetLabel: p?.role?.name,
          details: { action: event.result.action, role: roleName(p?.role) },
        });
      } else {
        const [p] = await adminPermissionRows(strapi, { id: event.result.id });
        await record({
          action: AUDIT_ACTIONS.adminPermissionGrant,
          targetType: ADMIN_ROLE,
          targetId: p?.role?.code ?? null,
          targetLabel: p?.role?.name,
          details: adminPermissionDetails(p ?? event.result),
        });
      }
    },
    async beforeUpdate(event: DbEvent) {
      if (event.model.uid !== ADMIN_PERMISSION) return;
      event.state.before = await adminPermissionRows(strapi, event.params.where);
    },
    async afterUpdate(event: DbEvent) {
      if (event.model.uid !== ADMIN_PERMISSION || !event.result) return;
      const [p] = await adminPermissionRows(strapi, { id: event.result.id });
      const before = (event.state.before as PermissionRow[] | undefined)?.[0];
      await record({
        action: AUDIT_ACTIONS.adminPermissionUpdate,
        targetType: ADMIN_ROLE,
        targetId: p?.role?.code ?? null,
        targetLabel: p?.role?.name,
        details: { from: before ? adminPermissionDetails(before) : null, to: p ? adminPermissionDetails(p) : null },
      });
    },
    async beforeDelete(event: DbEvent) {
      event.state.rows =
        event.model.uid === UP_PERMISSION
          ? await upPermissionRows(strapi, event.params.where)
          : await adminPermissionRows(strapi, event.params.where);
    },
    async beforeDeleteMany(event: DbEvent) {
      event.state.rows =
        event.model.uid === UP_PERMISSION
          ? await upPermissionRows(strapi, event.params.where)
          : await adminPermissionRows(strapi, event.params.where);
    },
    async afterDelete(event: DbEvent) {
      await recordRevokes(event);
    },
    async afterDeleteMany(event: DbEvent) {
      await recordRevokes(event);
    },
  });

  async function recordRevokes(event: DbEvent) {
    const rows = (event.state.rows ?? []) as PermissionRow[];
    if (event.model.uid === UP_PERMISSION) {
      await record(
        rows.map((p) => ({
          action: AUDIT_ACTIONS.upPermissionRevoke,
          targetType: UP_ROLE,
          targetId: p.role?.type ?? null,
          targetLabel: p.role?.name,
          details: { action: p.action, role: roleName(p.role) },
        })),
      );
    } else {
      await record(
        rows.map((p) => ({
          action: AUDIT_ACTIONS.adminPermissionRevoke,
          targetType: ADMIN_ROLE,
          targetId: p.role?.code ?? null,
          targetLabel: p.role?.name,
          details: adminPermissionDetails(p),
        })),
      );
    }
  }

  // Roles themselves (users-permissions and admin).
  strapi.db.lifecycles.subscribe({
    models: [UP_ROLE, ADMIN_ROLE],
    async afterCreate(event: DbEvent) {
      const r = event.result;
      const up = event.model.uid === UP_ROLE;
      await record({
        action: up ? AUDIT_ACTIONS.upRoleCreate : AUDIT_ACTIONS.adminRoleCreate,
        targetType: event.model.uid,
        targetId: r.type ?? r.code ?? r.id,
        targetLabel: r.name,
        details: { name: r.name, description: r.description ?? null },
      });
    },
    async afterUpdate(event: DbEvent) {
      const r = event.result;
      if (!r) return;
      const up = event.model.uid === UP_ROLE;
      const changed = Object.keys(event.params.data ?? {}).filter((k) => !['updatedAt', 'updatedBy'].includes(k));
      if (!changed.length) return;
      await record({
        action: up ? AUDIT_ACTIONS.upRoleUpdate : AUDIT_ACTIONS.adminRoleUpdate,
        targetType: event.model.uid,
        targetId: r.type ?? r.code ?? r.id,
        targetLabel: r.name,
        details: { changed },
      });
    },
    async beforeDelete(event: DbEvent) {
      event.state.role = await strapi.db.query(event.model.uid).findOne({ where: event.params.where });
    },
    async afterDelete(event: DbEvent) {
      const r = event.state.role ?? event.result;
      if (!r) return;
      const up = event.model.uid === UP_ROLE;
      await record({
        action: up ? AUDIT_ACTIONS.upRoleDelete : AUDIT_ACTIONS.adminRoleDelete,
        targetType: event.model.uid,
        targetId: r.type ?? r.code ?? r.id,
        targetLabel: r.name,
        details: { name: r.name },
      });
    },
  });

  // A user's role (users-permissions: one role; admin users: a set of roles).
  const rolesOf = async (uid: string, where: Where): Promise<Map<number, { label: string; roles: string[] }>> => {
    const up = uid === UP_USER;
    const users = await strapi.db.query(uid).findMany({
      where,
      select: ['id', up ? 'username' : 'email'],
      populate: up ? { role: { select: ['type'] } } : { roles: { select: ['code'] } },
    });
    return new Map(
      users.map((u: UserRow) => [
        u.id,
        {
          label: (up ? u.username : u.email) as string,
          roles: (up ? [u.role?.type] : (u.roles ?? []).map((r) => r.code)).filter((r): r is string => !!r).sort(),
        },
      ]),
    );
  };
  const touchesRoles = (event: DbEvent) => {
    const data = event.params?.data ?? {};
    return event.model.uid === UP_USER ? 'role' in data : 'roles' in data;
  };
  const roleEntry = (uid: string, id: number, label: string, from: string[] | null, to: string[]): AuditInput => ({
    action: uid === UP_USER ? AUDIT_ACTIONS.userRoleChange : AUDIT_ACTIONS.adminUserRoleChange,
    targetType: uid,
    targetId: id,
    targetLabel: label,
    details: uid === UP_USER ? { from: from?.[0] ?? null, to: to[0] ?? null } : { from, to },
  });

  strapi.db.lifecycles.subscribe({
    models: [UP_USER, ADMIN_USER],
    async afterCreate(event: DbEvent) {
      if (!touchesRoles(event)) return;
      const now = (await rolesOf(event.model.uid, { id: event.result.id })).get(event.result.id);
      if (now?.roles.length) await record(roleEntry(event.model.uid, event.result.id, now.label, null, now.roles));
    },
    async beforeUpdate(event: DbEvent) {
      if (touchesRoles(event)) event.state.before = await rolesOf(event.model.uid, event.params.where);
    },
    async afterUpdate(event: DbEvent) {
      const before = event.state.before as Map<number, { label: string; roles: string[] }> | undefined;
      if (!before?.size) return;
      const after = await rolesOf(event.model.uid, { id: { $in: [...before.keys()] } });
      const entries: AuditInput[] = [];
      for (const [id, was] of before) {
        const now = after.get(id);
        if (now && now.roles.join(',') !== was.roles.join(','))
          entries.push(roleEntry(event.model.uid, id, now.label, was.roles, now.roles));
      }
      await record(entries);
    },
  });
}
