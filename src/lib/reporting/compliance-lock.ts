/**
 * Lock after the window (DHIS2's "expiry days"): `lockDaysAfterDue` days after a report's due time the
 * agency can no longer submit it — it stays missing in the compliance figures — unless an officer has
 * granted an exception that is still running (`lockExceptionUntil`). A project without
 * `lockDaysAfterDue` never locks. Pure.
 */
const DAY_MS = 86_400_000;

export interface LockableReport {
  dueAt: Date | string;
  lockExceptionUntil?: Date | string | null;
}

/** The instant after which the report is locked, or null when the project does not lock. */
export function lockedFrom(report: LockableReport, lockDaysAfterDue: number | null | undefined): Date | null {
  if (lockDaysAfterDue === null || lockDaysAfterDue === undefined) return null;
  return new Date(new Date(report.dueAt).getTime() + lockDaysAfterDue * DAY_MS);
}

/** True when the agency may not submit the report at `now`. */
export function isLocked(report: LockableReport, lockDaysAfterDue: number | null | undefined, now: Date): boolean {
  const from = lockedFrom(report, lockDaysAfterDue);
  if (!from || now.getTime() <= from.getTime()) return false;
  const exception = report.lockExceptionUntil ? new Date(report.lockExceptionUntil).getTime() : null;
  return !(exception !== null && now.getTime() <= exception);
}
