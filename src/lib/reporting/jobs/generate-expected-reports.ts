import type { Job, JobContext, JobCounts } from '../../platform/job';
import { expectedReports, type Frequency } from '../periods';
import { PROJECT_UID, REPORT_UID } from '../model';

/**
 * generate-expected-reports: creates each active project's progress-report rows for its periods
 * (Thai fiscal year), up to `reports.generateAheadDays` ahead, idempotently: a row's `slotKey`
 * (project + period) is unique, so a re-run — or two runs at once — adds nothing.
 */

interface ProjectRow {
  id: number;
  documentId: string;
  code: string;
  fiscalYear: number;
  startDate?: string | null;
  endDate?: string | null;
  reportingFrequency: Frequency;
  dueDaysAfterPeriodEnd?: number | null;
}

export function slotKey(projectDocumentId: string, periodLabel: string): string {
  return `${projectDocumentId}:${periodLabel}`;
}

/** Pure: the rows missing for a batch of projects, given the slot keys that already exist. */
function missingReports(projects: ProjectRow[], existing: Set<string>, now: Date, aheadDays: number) {
  return projects.flatMap((project) =>
    expectedReports(project, now, aheadDays)
      .map((p) => ({ project, period: p, slotKey: slotKey(project.documentId, p.label) }))
      .filter((r) => !existing.has(r.slotKey)),
  );
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string; details?: { errors?: Array<{ message?: string }> } };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /unique/i.test(e?.message ?? '') ||
    !!e?.details?.errors?.some((x) => /unique/i.test(x.message ?? ''))
  );
}

export async function generateExpectedReports(ctx: JobContext, batchSize = 200): Promise<JobCounts> {
  const { strapi, now, dryRun } = ctx;
  const aheadDays = (strapi.config.get('jobs.reports.generateAheadDays') as number | undefined) ?? 45;
  const counts: JobCounts = { examined: 0, created: 0, existing: 0 };
  let lastId = 0;
  for (;;) {
    const projects: ProjectRow[] = await strapi.db.query(PROJECT_UID).findMany({
      where: { state: 'active', id: { $gt: lastId } },
      select: ['id', 'documentId', 'code', 'fiscalYear', 'startDate', 'endDate', 'reportingFrequency', 'dueDaysAfterPeriodEnd'],
      orderBy: { id: 'asc' },
      limit: batchSize,
    });
    if (!projects.length) break;
    lastId = projects[projects.length - 1].id;
    counts.examined += projects.length;
    const wanted = missingReports(projects, new Set(), now, aheadDays).map((r) => r.slotKey);
    const have = await strapi.db.query(REPORT_UID).findMany({
      where: { slotKey: { $in: wanted } },
      select: ['slotKey'],
    });
    const existing = new Set<string>(have.map((r: { slotKey: string }) => r.slotKey));
    counts.existing += existing.size;
    for (const r of missingReports(projects, existing, now, aheadDays)) {
      if (dryRun) {
        counts.created++;
        continue;
      }
      try {
        await strapi.documents(REPORT_UID).create({
          data: {
            project: r.project.documentId,
            slotKey: r.slotKey,
            periodLabel: r.period.label,
            periodStart: r.period.start,
            periodEnd: r.period.end,
            dueAt: r.period.dueAt,
            state: 'pending',
          },
        });
        counts.created++;
      } catch (err) {
        // another run created it between our check and our insert: the unique slot key held
        if (!isUniqueViolation(err)) throw err;
        counts.existing++;
      }
    }
  }
  return counts;
}

const job: Job = {
  name: 'generate-expected-reports',
  description: "Creates active projects' expected progress reports for the coming periods",
  labelTh: 'สร้างรายการรายงานความก้าวหน้าที่ต้องส่ง',
  defaultSchedule: '10 0 * * *',
  run: (ctx) => generateExpectedReports(ctx),
};

export default job;
