import type { Core } from '@strapi/strapi';
import { enqueue } from '../platform/outbox';
import { formatDate } from '../platform/thai-date';
import { reportLink, reportMailContext, reportMailLocale } from './emails';

const REPORT_UID = 'api::progress-report.progress-report';

/** Pure: a submission is late when it comes after `dueAt`; only the first submission decides. */
function isLateSubmission(dueAt: Date | string, submittedAt: Date, previouslySubmittedAt: unknown, previousLate: unknown): boolean {
  if (previouslySubmittedAt) return previousLate === true;
  return submittedAt.getTime() > new Date(dueAt).getTime();
}

/**
 * beforeUpdate of a progress report: on a change to `submitted`, records `late` (first submission
 * only) and the submission time; on a change to `returned`, counts the return and stamps the review.
 */
export async function reportStatusChange(strapi: Core.Strapi, event: any): Promise<void> {
  const data = event.params?.data;
  const status = data?.state;
  if (status !== 'submitted' && status !== 'returned') return;
  const current = await strapi.db.query(REPORT_UID as any).findOne({
    where: event.params.where,
    select: ['id', 'state', 'dueAt', 'submittedAt', 'late', 'returnCount'],
  });
  if (!current || current.state === status) return;
  const now = new Date();
  if (status === 'submitted') {
    const submittedAt = data.submittedAt ? new Date(data.submittedAt) : now;
    data.submittedAt = submittedAt;
    data.late = isLateSubmission(current.dueAt, submittedAt, current.submittedAt, current.late);
  } else {
    data.returnCount = (current.returnCount ?? 0) + 1;
    if (!data.reviewedAt) data.reviewedAt = now;
    event.state = { ...(event.state ?? {}), returned: { id: current.id, returnCount: data.returnCount } };
  }
}

/** afterUpdate: a report that has just been returned tells its responsible officer, once per return. */
export async function reportReturned(strapi: Core.Strapi, event: any): Promise<void> {
  const returned = event.state?.returned as { id: number; returnCount: number } | undefined;
  if (!returned) return;
  const report = await strapi.db.query(REPORT_UID as any).findOne({
    where: { id: returned.id },
    populate: { project: { populate: { agency: true } } },
  });
  const project = report?.project;
  if (!project?.officerEmail) {
    strapi.log.warn(`progress report ${report?.documentId}: returned, but its project has no officer email`);
    return;
  }
  const locale = reportMailLocale(project);
  const base = ((strapi.config.get('server.url') as string) || '').replace(/\/$/, '');
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
