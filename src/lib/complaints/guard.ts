import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asTrusted, documentGuard, type GuardContext } from '../platform/trusted-write';
import { fieldErrors } from '../platform/validation';
import { refuseWorkflowFieldChanges } from '../platform/workflow-fields';
import { COMPLAINT_UID, COMPLAINT_WORKFLOW_FIELDS, type ComplaintStatus } from './model';
import { assertTransition } from './status';
import { checkAssignedOfficer } from './assignees';

/**
 * Keeps edits made outside the complaint service (the admin panel's Content Manager) on the same rules:
 * a status change there goes through the same transition table and writes the same timeline entry,
 * and a complaint created there gets its ticket number, tracking code and deadlines.
 * The complaint service's own writes run trusted (platform/trusted-write.ts) and pass untouched.
 */
interface ComplaintService {
  newComplaintFields(data: Record<string, unknown>): Promise<Record<string, unknown>>;
  addUpdate(documentId: string, actor: { label: string }, entry: Record<string, unknown>): Promise<unknown>;
  refreshDeadlines(
    documentId: string,
    before: { urgency: string; categoryId: number | null },
    actor: { label: string },
  ): Promise<Record<string, Date> | null>;
  transition(
    documentId: string,
    to: ComplaintStatus,
    opts: { actor: { label: string }; resolutionSummary?: string },
  ): Promise<Record<string, unknown>>;
}

function adminActor(strapi: Core.Strapi) {
  const user = strapi.requestContext.get()?.state?.user as { email?: string } | undefined;
  const who = user?.email ?? 'unknown';
  return { label: `ผู้ดูแลระบบ / administrator ${who}` };
}

const namesSomeone = (complainant: unknown): boolean =>
  !!complainant &&
  typeof complainant === 'object' &&
  ['name', 'phone', 'email'].some((k) => {
    const v = (complainant as Record<string, unknown>)[k];
    return typeof v === 'string' && v.trim() !== '';
  });

/**
 * The API takes a complainant's personal data only with consent; so does the panel. Consent given here
 * is stamped (`consentAt`) as intake stamps it.
 */
async function requireConsent(strapi: Core.Strapi, context: GuardContext<typeof COMPLAINT_UID>) {
  const data = context.params.data;
  if (!data || (context.action !== 'create' && context.action !== 'update')) return;
  if (!('complainant' in data) && !('consent' in data)) return;
  const stored =
    context.action === 'update'
      ? await strapi.db.query(COMPLAINT_UID).findOne({
          where: { documentId: context.params.documentId },
          select: ['consent', 'consentAt'],
          populate: { complainant: true },
        })
      : null;
  const complainant = 'complainant' in data ? data.complainant : stored?.complainant;
  const consent = 'consent' in data ? data.consent : stored?.consent;
  if (namesSomeone(complainant) && consent !== true) {
    throw fieldErrors([{ path: ['consent'], message: 'a complainant’s personal data is kept only with their consent' }]);
  }
  if (consent === true && !stored?.consent) data.consentAt = new Date();
}

export function registerComplaintGuard(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [COMPLAINT_UID],
      async (context, next) => {
        const service = strapi.service(COMPLAINT_UID) as unknown as ComplaintService;
        if (context.action === 'clone') {
          // a copy would carry the ticket, tracking code, deadlines and the complainant of another complaint
          throw new errors.ValidationError('Complaints cannot be cloned: create a new complaint / สร้างเรื่องร้องเรียนใหม่แทนการคัดลอก');
        }
        await refuseWorkflowFieldChanges(strapi, COMPLAINT_UID, context.action, context.params, COMPLAINT_WORKFLOW_FIELDS);
        await requireConsent(strapi, context);
        await checkAssignedOfficer(strapi, context.params.data);

        if (context.action === 'create') {
          const data = (context.params.data ??= {});
          Object.assign(data, await service.newComplaintFields(data));
          const created = await next();
          await asTrusted(() =>
            service.addUpdate(created!.documentId, adminActor(strapi), {
              kind: 'status_change',
              toStatus: 'received',
              visibility: 'public',
              note: 'รับเรื่องร้องเรียนแล้ว / Complaint received',
            }),
          );
          return created;
        }

        const proceed = async () => {
          if (context.action === 'update' && context.params.data && 'state' in context.params.data) {
            const documentId = context.params.documentId as string;
            const data = { ...context.params.data };
            const wanted = data.state;
            delete data.state;
            const current = await strapi.db.query(COMPLAINT_UID).findOne({ where: { documentId }, select: ['state'] });
            if (!current || wanted === current.state) return next();
            assertTransition(current.state as ComplaintStatus, wanted);
            context.params.data = data;
            return strapi.db.transaction(async () => {
              const result = await next();
              const moved = await asTrusted(() =>
                service.transition(documentId, wanted, {
                  actor: adminActor(strapi),
                  resolutionSummary: data.resolutionSummary ?? undefined,
                }),
              );
              for (const k of ['state', 'acknowledgedAt', 'resolvedAt', 'closedAt', 'resolutionSummary']) {
                if (result && k in moved) result[k] = moved[k];
              }
              return result;
            });
          }
          return next();
        };
        // a new urgency or category moves the deadlines, as an officer's edit through the API does (the
        // edit form sends both back with every save: only a real change counts)
        const data = context.action === 'update' ? context.params.data : undefined;
        if (data && ('urgency' in data || 'category' in data)) {
          const documentId = context.params.documentId as string;
          const before = await strapi.db
            .query(COMPLAINT_UID)
            .findOne({ where: { documentId }, populate: { category: { select: ['id'] } } });
          if (before) {
            return strapi.db.transaction(async () => {
              const result = await proceed();
              const categoryId = (before.category as { id?: number } | null)?.id ?? null;
              const due = await asTrusted(() =>
                service.refreshDeadlines(documentId, { urgency: before.urgency, categoryId }, adminActor(strapi)),
              );
              if (result && due) Object.assign(result, due);
              return result;
            });
          }
        }
        return proceed();
      },
      { skipTrusted: true },
    ),
  );
}
