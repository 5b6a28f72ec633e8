import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { assertTransition, ComplaintStatus } from './status';

/**
 * Keeps edits made outside the complaint service (the admin panel's Content Manager) on the same rules:
 * a status change there goes through the same transition table and writes the same timeline entry,
 * and a complaint created there gets its ticket number, tracking code and deadlines.
 */
const UID = 'api::complaint.complaint';
const inside = new AsyncLocalStorage<boolean>();

/** Runs `fn` as the complaint service: the guard below lets its writes through untouched. */
export function asWorkflow<T>(fn: () => Promise<T>): Promise<T> {
  return inside.run(true, fn);
}

/** True inside the complaint service's own writes (the audit records those itself). */
export function inWorkflow(): boolean {
  return inside.getStore() === true;
}

function adminActor(strapi: Core.Strapi) {
  const user = (strapi.requestContext.get() as any)?.state?.user;
  const who = user?.email ?? 'unknown';
  return { label: `ผู้ดูแลระบบ / administrator ${who}` };
}

export function registerComplaintGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== UID || inside.getStore()) return next();
    const service = strapi.service(UID) as any;

    if (context.action === 'create') {
      const data = (context.params.data ??= {});
      Object.assign(data, await service.newComplaintFields(data));
      const created = await next();
      await asWorkflow(() =>
        service.addUpdate(created.documentId, adminActor(strapi), {
          kind: 'status_change',
          toStatus: 'received',
          visibility: 'public',
          note: 'รับเรื่องร้องเรียนแล้ว / Complaint received',
        }),
      );
      return created;
    }

    if (context.action === 'update' && context.params.data && 'state' in context.params.data) {
      const data = { ...context.params.data };
      const wanted = data.state;
      delete data.state;
      const current = await strapi.db.query(UID).findOne({ where: { documentId: context.params.documentId }, select: ['state'] });
      if (!current || wanted === current.state) return next();
      assertTransition(current.state as ComplaintStatus, wanted);
      context.params.data = data;
      return strapi.db.transaction(async () => {
        const result = await next();
        const moved: any = await asWorkflow(() =>
          service.transition(context.params.documentId, wanted, {
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
  });
}
