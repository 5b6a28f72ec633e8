import type { Core } from '@strapi/strapi';
import { asTrusted } from '../../platform/trusted-write';
import { NOTIFICATION_UID } from '../../platform/outbox';
import { AUDIT_UID, USER_UID, type DocumentUpdate } from '../../platform/model';
import { VOLUNTEER_UID } from '../../volunteers/model';
import { audit, AUDIT_ACTIONS } from '../../security/audit';
import { cutoffOf, type Dataset, type DueRow, type PurgeContext } from './dataset';

/**
 * The datasets besides complainants (./complaints.ts): volunteers' contact data, e-mails in the
 * outbox, the IP addresses in the audit trail. Labels name records by id, never by a person.
 */

const REDACTED_TO = 'purged (PDPA)';

function audited(strapi: Core.Strapi, ctx: PurgeContext, dataset: string, targetType: string, targetId: string, targetLabel: string) {
  return audit(strapi, {
    action: AUDIT_ACTIONS.personalDataPurge,
    targetType,
    targetId,
    targetLabel,
    actor: ctx.actor,
    occurredAt: ctx.now,
    details: { dataset, batch: ctx.batch, retentionDays: ctx.days },
  });
}

const idsOf = (only?: string[]) => (only ? { id: { $in: only.map(Number).filter(Number.isInteger) } } : {});

/**
 * An inactive volunteer's phone, e-mail and national ID, counted from the profile's last change.
 * Cleaned as withdrawing consent does (PUT /volunteers/:id with consent false): contact and consent
 * cleared; the profile, hours and certificates stay.
 */
export const volunteerContacts: Dataset = {
  key: 'volunteer-contact',
  async due(strapi, now, days, limit, only) {
    const rows = await strapi.db.query(VOLUNTEER_UID).findMany({
      where: {
        ...(only ? { documentId: { $in: only } } : {}),
        state: 'inactive',
        updatedAt: { $lte: cutoffOf(now, days) },
        $or: [{ phone: { $notNull: true } }, { email: { $notNull: true } }, { nationalId: { $notNull: true } }, { consent: true }],
      },
      select: ['documentId'],
      orderBy: { id: 'asc' },
      limit,
    });
    return rows.map((v): DueRow => ({ id: v.documentId, label: `volunteer ${v.documentId}` }));
  },
  async purge(strapi, documentId, ctx) {
    await asTrusted(() =>
      strapi.db.transaction(async () => {
        // null clears a field; Strapi's input types allow only undefined
        const data = { consent: false, consentAt: null, phone: null, email: null, nationalId: null } as unknown as DocumentUpdate<
          typeof VOLUNTEER_UID
        >;
        await strapi.documents(VOLUNTEER_UID).update({ documentId, data });
        await audited(strapi, ctx, 'volunteer-contact', VOLUNTEER_UID, documentId, `volunteer ${documentId}`);
      }),
    );
  },
};

/** E-mails in the outbox (address and body), counted from when they were sent, or last tried for those never sent. */
export const outboxEmails: Dataset = {
  key: 'outbox-email',
  async due(strapi, now, days, limit, only) {
    const cutoff = cutoffOf(now, days);
    const rows = await strapi.db.query(NOTIFICATION_UID).findMany({
      where: {
        ...idsOf(only),
        to: { $ne: REDACTED_TO },
        $or: [
          { state: 'sent', sentAt: { $lte: cutoff } },
          { state: 'dead', updatedAt: { $lte: cutoff } },
        ],
      },
      select: ['id', 'templateKey'],
      orderBy: { id: 'asc' },
      limit,
    });
    return rows.map((m): DueRow => ({ id: String(m.id), label: `e-mail #${m.id} ${m.templateKey ?? ''}`.trim() }));
  },
  async purge(strapi, id, ctx) {
    await strapi.db.transaction(async () => {
      await strapi.db.query(NOTIFICATION_UID).update({ where: { id: Number(id) }, data: { to: REDACTED_TO, text: null, html: null } });
      await audited(strapi, ctx, 'outbox-email', NOTIFICATION_UID, id, `e-mail #${id}`);
    });
  },
};

/** The IP address on audit entries (the entry itself is the record and stays), counted from when it was recorded. */
export const auditIps: Dataset = {
  key: 'audit-ip',
  async due(strapi, now, days, limit, only) {
    const rows = await strapi.db.query(AUDIT_UID).findMany({
      where: { ...idsOf(only), ip: { $notNull: true }, occurredAt: { $lte: cutoffOf(now, days) } },
      select: ['id', 'action'],
      orderBy: { id: 'asc' },
      limit,
    });
    return rows.map((a): DueRow => ({ id: String(a.id), label: `audit #${a.id} ${a.action}` }));
  },
  async purge(strapi, id, ctx) {
    await strapi.db.transaction(async () => {
      await strapi.db.query(AUDIT_UID).update({ where: { id: Number(id) }, data: { ip: null } });
      await audited(strapi, ctx, 'audit-ip', AUDIT_UID, id, `audit #${id}`);
    });
  },
};

/** The placeholder domain of a cleaned account's e-mail (`.invalid` can never receive mail). */
const PURGED_DOMAIN = '@purged.invalid';

/**
 * A blocked sign-in account (staff or volunteer), counted from its last change — blocking is one. Only
 * blocked accounts: sign-ins do not change an account, so an unchanged active one may be in daily use.
 * Cleaned: username and e-mail replaced by a placeholder naming its id, reset and confirmation tokens
 * cleared, kept blocked. The account row stays, so the cases, hours and audit entries that point at it
 * keep their link; an account erased on a data-subject request is already clean and is not selected.
 */
export const staffAccounts: Dataset = {
  key: 'staff-account',
  async due(strapi, now, days, limit, only) {
    const rows = await strapi.db.query(USER_UID).findMany({
      where: {
        ...(only ? { documentId: { $in: only } } : {}),
        blocked: true,
        updatedAt: { $lte: cutoffOf(now, days) },
        $and: [{ $not: { email: { $endsWith: PURGED_DOMAIN } } }, { $not: { email: { $endsWith: '@erased.invalid' } } }],
      },
      select: ['documentId'],
      orderBy: { id: 'asc' },
      limit,
    });
    return rows.map((u): DueRow => ({ id: u.documentId, label: `account ${u.documentId}` }));
  },
  async purge(strapi, documentId, ctx) {
    await strapi.db.transaction(async () => {
      const user = await strapi.db.query(USER_UID).findOne({ where: { documentId }, select: ['id'] });
      if (!user) return;
      await strapi.db.query(USER_UID).update({
        where: { id: user.id },
        data: {
          username: `purged-${user.id}`,
          email: `purged-${user.id}${PURGED_DOMAIN}`,
          blocked: true,
          resetPasswordToken: null,
          confirmationToken: null,
        },
      });
      await audited(strapi, ctx, 'staff-account', USER_UID, documentId, `account ${documentId}`);
    });
  },
};
