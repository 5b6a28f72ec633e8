import { errors } from '@strapi/utils';
import { FINDING_OWED, FINDING_STATES, SEVERITIES, type FindingState } from './model';

// The states and tables live in ./model; re-exported for the controllers and services that read them here.
export { INSPECTION_TRANSITIONS, FINDING_STATES, FINDING_TRANSITIONS, FINDING_OWED, SEVERITIES } from './model';
export type { InspectionState, FindingState } from './model';

export function assertMove<S extends string>(kind: string, table: Record<S, readonly S[]>, from: S, to: unknown): asserts to is S {
  if (typeof to !== 'string' || !(to in table)) {
    throw new errors.ValidationError(`state: "${String(to)}" is not a ${kind} state`);
  }
  if (!table[from].includes(to as S)) {
    throw new errors.ValidationError(`state: cannot move a ${kind} from "${from}" to "${to}"`, { from, to, allowed: table[from] });
  }
}

/** Overdue is derived, never stored: the response is owed and its due date has passed. */
export function isFindingOverdue(f: { state: string; dueAt: string | Date }, now: Date): boolean {
  return FINDING_OWED.includes(f.state as FindingState) && new Date(f.dueAt).getTime() < now.getTime();
}

export interface SummaryFinding {
  severity: string;
  state: string;
  dueAt: string | Date;
  agency: { code: string; nameTh: string; nameEn: string } | null;
}

export interface RoundSummary {
  total: number;
  overdue: number;
  bySeverity: Record<string, number>;
  byState: Record<string, number>;
  perAgency: Array<{ code: string; nameTh: string; nameEn: string; total: number; overdue: number } & Record<string, number | string>>;
}

/** Pure: the figures of a round's findings at `now`. */
export function summarise(findings: SummaryFinding[], now: Date): RoundSummary {
  const zero = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  const out: RoundSummary = { total: 0, overdue: 0, bySeverity: zero(SEVERITIES), byState: zero(FINDING_STATES), perAgency: [] };
  const agencies = new Map<string, RoundSummary['perAgency'][number]>();
  for (const f of findings) {
    const overdue = isFindingOverdue(f, now);
    out.total++;
    out.bySeverity[f.severity]++;
    out.byState[f.state]++;
    if (overdue) out.overdue++;
    const a = f.agency ?? { code: '-', nameTh: 'ไม่ระบุ', nameEn: 'Unassigned' };
    let row = agencies.get(a.code);
    if (!row) {
      row = { code: a.code, nameTh: a.nameTh, nameEn: a.nameEn, total: 0, overdue: 0, ...zero(FINDING_STATES), ...zero(SEVERITIES) };
      agencies.set(a.code, row);
    }
    row.total++;
    row[f.state] = (row[f.state] as number) + 1;
    row[f.severity] = (row[f.severity] as number) + 1;
    if (overdue) row.overdue++;
  }
  out.perAgency = [...agencies.values()].sort((x, y) => x.code.localeCompare(y.code));
  return out;
}
