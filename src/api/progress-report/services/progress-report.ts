import { factories } from '@strapi/strapi';
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict } from '../../../lib/platform/validation';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { fieldErrors } from '../../../lib/platform/validation';
import { formatDateTime } from '../../../lib/platform/thai-date';
import { REPORT_UID as UID, type ReportState } from '../../../lib/reporting/model';
import { isLocked, lockedFrom } from '../../../lib/reporting/compliance-lock';
import { fiscalQuarterOf, type ComplianceReport } from '../../../lib/reporting/compliance';
import { emenscrRow, type EmenscrReport } from '../../../lib/reporting/compliance-emenscr';

type ReportChanges = NonNullable<Modules.Documents.ServiceParams<typeof UID>['update']['data']>;

const REVIEWABLE: readonly ReportState[] = ['submitted', 'accepted'];
const SUBMITTABLE: readonly ReportState[] = ['pending', 'returned'];

/** The first and last calendar day of a Buddhist-era fiscal year, or of one of its quarters. */
function fiscalSpan(fiscalYear: number, quarter?: number): { from: string; to: string } {
  const g = fiscalYear - 543;
  const months = quarter ? [(quarter - 1) * 3, quarter * 3 - 1] : [0, 11]; // fiscal month 0 = October
  const ymd = (fiscalMonth: number, last: boolean) => {
    const y = fiscalMonth < 3 ? g - 1 : g;
    const m = ((fiscalMonth + 9) % 12) + 1;
    const d = last ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  return { from: ymd(months[0], false), to: ymd(months[1], true) };
}

interface SubmitInput {
  attachments?: number[];
  [field: string]: unknown;
}

/** A 409 naming `state`: the report is valid input's target but its state refuses the step. */
const wrongState = (message: string) => conflict(`state: ${message}`, { field: 'state' });

/**
 * A reviewer's steps on a progress report, one rule for both doors (POST /api/progress-reports/:id/accept
 * and /return, and the admin panel's buttons): which state each is allowed from, and what it writes. The
 * reporting guard (src/lib/reporting/guard.ts) counts a return, stamps the review and e-mails the officer.
 */
export default factories.createCoreService(UID, ({ strapi }) => {
  async function stateOf(documentId: string): Promise<ReportState> {
    const report = await strapi.documents(UID).findOne({ documentId, fields: ['state'] });
    if (!report) throw new errors.NotFoundError('progress report not found');
    return report.state as ReportState;
  }
  /** Trusted: the review stamps are the workflow's, which the admin panel's own edits may not change. */
  const update = (documentId: string, data: Record<string, unknown>) =>
    asTrusted(() => strapi.documents(UID).update({ documentId, data: data as ReportChanges }));

  return {
    /**
     * The agency officer sends the report: only a pending or returned one (409), not once locked without a
     * running exception (409), and with an attachment when the project requires one (400 naming
     * `attachments`) — a bare click is not a submission. `late` and `submittedAt` are the reporting guard's.
     */
    async submit(documentId: string, input: SubmitInput, userId: number) {
      return strapi.db.transaction(async () => {
        const report = await strapi.db.query(UID).findOne({
          where: { documentId },
          select: ['state', 'dueAt', 'lockExceptionUntil'],
          populate: { project: { select: ['lockDaysAfterDue', 'requiresAttachment'] }, attachments: { select: ['id'] } },
        });
        if (!report) throw new errors.NotFoundError('progress report not found');
        const state = report.state as ReportState;
        if (!SUBMITTABLE.includes(state)) throw wrongState(`a ${state} report cannot be submitted (only pending or returned)`);
        const lockDays = report.project?.lockDaysAfterDue;
        if (isLocked(report, lockDays, new Date())) {
          const since = formatDateTime(lockedFrom(report, lockDays)!, 'th');
          throw conflict(`locked: the report is closed for submission since ${since}; ask the division for an exception`, {
            field: 'lockExceptionUntil',
            lockedSince: lockedFrom(report, lockDays),
          });
        }
        const files = input.attachments?.length ?? report.attachments?.length ?? 0;
        if (report.project?.requiresAttachment && !files) {
          throw fieldErrors([{ path: ['attachments'], message: 'at least one file is required for this project' }]);
        }
        return strapi.documents(UID).update({ documentId, data: { ...input, state: 'submitted', submittedBy: userId } as ReportChanges });
      });
    },

    /** An officer lets the agency submit a locked report until `until` (the reason is kept on the report). */
    async grantLockException(documentId: string, input: { until: Date; reason: string }) {
      const report = await strapi.documents(UID).findOne({ documentId, fields: ['state'] });
      if (!report) throw new errors.NotFoundError('progress report not found');
      if (!SUBMITTABLE.includes(report.state as ReportState)) {
        throw wrongState(`a ${report.state} report needs no exception (only pending or returned ones can be submitted)`);
      }
      return update(documentId, { lockExceptionUntil: input.until, lockExceptionReason: input.reason });
    },

    /** The reports whose period ends in the fiscal year (and quarter), as the compliance figures count them. */
    async complianceReports(fiscalYear: number, quarter?: number): Promise<ComplianceReport[]> {
      const { from, to } = fiscalSpan(fiscalYear, quarter);
      const rows = await strapi.db.query(UID).findMany({
        where: { periodEnd: { $gte: from, $lte: to } },
        select: ['state', 'dueAt', 'late', 'periodEnd'],
        populate: {
          project: {
            select: ['id'],
            populate: { agency: { select: ['code', 'nameTh', 'nameEn'] }, province: { select: ['code', 'nameTh', 'nameEn'] } },
          },
        },
      });
      return rows.map((r: any) => ({
        state: r.state,
        dueAt: r.dueAt,
        late: r.late,
        periodEnd: String(r.periodEnd).slice(0, 10),
        agency: r.project?.agency ?? null,
        province: r.project?.province ?? null,
      }));
    },

    /** The sent reports of the fiscal year (and quarter), one eMENSCR-shaped row each, by project and period. */
    async emenscrRows(fiscalYear: number, quarter?: number) {
      const { from, to } = fiscalSpan(fiscalYear, quarter);
      const rows = (await strapi.db.query(UID).findMany({
        where: { periodEnd: { $gte: from, $lte: to }, state: { $in: ['submitted', 'accepted'] } },
        select: [
          'periodLabel',
          'periodStart',
          'periodEnd',
          'state',
          'submittedAt',
          'late',
          'progressPercent',
          'budgetSpent',
          'narrative',
          'obstacles',
        ],
        populate: {
          kpiResults: true,
          project: {
            select: ['code', 'name', 'emenscrProjectId', 'fiscalYear', 'budget'],
            populate: { agency: { select: ['code', 'nameTh'] }, province: { select: ['code', 'nameTh'] } },
          },
        },
        orderBy: [{ periodEnd: 'asc' }, { id: 'asc' }],
      })) as EmenscrReport[];
      return rows
        .map((r) => ({ r, q: fiscalQuarterOf(String(r.periodEnd).slice(0, 10)) }))
        .sort(
          (a, b) =>
            (a.r.project?.code ?? '').localeCompare(b.r.project?.code ?? '') || String(a.r.periodEnd).localeCompare(String(b.r.periodEnd)),
        )
        .map(({ r, q }) => emenscrRow(r, q));
    },

    /** Accepts a submitted report (409 for any other state, 404 for no report). */
    async accept(documentId: string, comment?: string) {
      const state = await stateOf(documentId);
      if (state !== 'submitted') throw wrongState(`a ${state} report cannot be accepted (only submitted)`);
      return update(documentId, { state: 'accepted', reviewedAt: new Date(), ...(comment ? { reviewerComment: comment } : {}) });
    },

    /** Sends a submitted or accepted report back to the officer with a comment; re-opens it. */
    async returnReport(documentId: string, comment: string) {
      const state = await stateOf(documentId);
      if (!REVIEWABLE.includes(state)) throw wrongState(`a ${state} report cannot be returned (only submitted or accepted)`);
      return update(documentId, { state: 'returned', reviewerComment: comment });
    },
  };
});
