import type { Core } from '@strapi/strapi';
import { appData, enqueue } from '../platform/outbox';
import { formatDate } from '../platform/thai-date';
import { documentGuard, isTrusted } from '../platform/trusted-write';
import { reportLink, reportMailContext, reportMailLocale } from './emails';
import { isAdminPanelRequest, refuseWorkflowFieldChanges } from '../platform/workflow-fields';
import { REPORT_UID, REPORT_WORKFLOW_FIELDS } from './model';

/**
 * Status rules of a progress report that hold whichever way it is changed (the REST workflow routes,
 * the admin panel, a job): the first submission records whether it was late and when it came; a return
 * counts itself, stamps the review and emails the responsible officer. They hold for trusted writes too:
 * the workflow routes rely on them.
 */

/** Pure: a submission is late when it comes after `dueAt`; only the first submission decides. */
function isLateSubmission(dueAt: Date | string, submittedAt: Date, previouslySubmittedAt: unknown, previousLate: unknown): boolean {
  if (previouslySubmittedAt) return previousLate === true;
  return submittedAt.getTime() > new Date(dueAt).getTime();
}

interface Returned {
  id: number;
  returnCount: number;
}

/**
 * Before an update: on a change to `submitted`, records `late` (first submission only) and the
 * submission time in `data`; on a change to `returned`, counts the return, stamps the review and clears
 * the escalation stamp.
 * Returns what the return notice needs, when the update returns the report.
 */
async function stampStatusChange(strapi: Core.Strapi, documentId: string, data: Record<string, any>): Promise<Returned | null> {
  const status = data.state;
  if (status !== 'submitted' && status !== 'returned') return null;
  const current = await strapi.db.query(REPORT_UID).findOne({
    where: { documentId },
    select: ['id', 'state', 'dueAt', 'submittedAt', 'late', 'returnCount'],
  });
  if (!current || current.state === status) return null;
  const now = new Date();
  if (status === 'submitted') {
    const submittedAt = data.submittedAt ? new Date(data.submittedAt) : now;
    data.submittedAt = submittedAt;
    data.late = isLateSubmission(current.dueAt, submittedAt, current.submittedAt, current.late);
    return null;
  }
  data.returnCount = (current.returnCount ?? 0) + 1;
  // owed again: a new obligation for the chase (keyed by the return count), escalated afresh when overdue long
  data.escalatedAt = null;
  if (!data.reviewedAt) data.reviewedAt = now;
  return { id: current.id, returnCount: data.returnCount };
}

/** After a return: tells the report's responsible officer, once per return. */
async function notifyReturned(strapi: Core.Strapi, returned: Returned): Promise<void> {
  const report = await strapi.db.query(REPORT_UID).findOne({
    where: { id: returned.id },
    populate: { project: { populate: { agency: true } } },
  });
  const project = report?.project;
  if (!project?.officerEmail) {
    strapi.log.warn(`progress report ${report?.documentId}: returned, but its project has no officer email`);
    return;
  }
  const locale = reportMailLocale(project);
  const base = appData(strapi).url;
  await enqueue(strapi, {
    to: project.officerEmail,
    templateKey: 'report.returned',
    locale,
    data: {
      ...reportMailContext(project),
      report: {
        periodLabel: report.periodLabel,
        dueDate: formatDate(report.dueAt, locale),
        reviewerComment: report.reviewerComment ?? '',
        link: reportLink(base, report.documentId),
      },
    },
    dedupeKey: `report:${report.documentId}:returned:${returned.returnCount}`,
    related: { uid: REPORT_UID, documentId: report.documentId },
  });
}

export function registerReportingGuard(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [REPORT_UID],
      async (context, next) => {
        const { documentId, data } = context.params;
        // the REST workflow routes and the jobs write these stamps through this same service; the panel may
        // not, except through the reviewer's buttons (the progress-report service's trusted accept / return)
        if (isAdminPanelRequest(strapi) && !isTrusted()) {
          await refuseWorkflowFieldChanges(strapi, REPORT_UID, context.action, context.params, REPORT_WORKFLOW_FIELDS);
        }
        if (context.action !== 'update' || !documentId || !data) return next();
        const returned = await stampStatusChange(strapi, documentId, data);
        if (!returned) return next();
        // the notice is queued in the update's transaction: no email for a change that is rolled back
        return strapi.db.transaction(async () => {
          const result = await next();
          await notifyReturned(strapi, returned);
          return result;
        });
      },
      { skipTrusted: false },
    ),
  );
}
