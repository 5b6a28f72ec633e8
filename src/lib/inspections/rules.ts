import { errors } from '@strapi/utils';
import { AGENCY_RESPONSE_FIELDS, FINDING_OWED, FINDING_STATES, SEVERITIES, type AgencyResponseField, type FindingState } from './model';

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

/** Why an agency-owned field was refused (the API's validation and the admin-panel guard say the same). */
export const AGENCY_ONLY =
  "is the responsible agency's answer: only its officers write it, through POST /api/inspection-findings/:id/respond";

/** A stored finding's answer, as the guard loads it (links by id and documentId). */
export interface StoredAnswer {
  agencyResponse?: string | null;
  respondedAt?: string | Date | null;
  respondedBy?: { id: number; documentId?: string } | null;
  responseAttachments?: { id: number; documentId?: string }[] | null;
}

const UNCHANGED = Symbol('unchanged');

/** The ids or documentIds a relation or media value names; UNCHANGED for an empty connect/disconnect; null when not comparable. */
function linkRefs(v: unknown): string[] | typeof UNCHANGED | null {
  if (v === null || v === undefined || v === '') return [];
  if (typeof v === 'number' || typeof v === 'string') return [String(v)];
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const x of v) {
      const r = linkRefs(x);
      if (!Array.isArray(r)) return null;
      out.push(...r);
    }
    return out;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('set' in o) return linkRefs(o.set);
    if ('connect' in o || 'disconnect' in o) {
      const empty = (x: unknown) => x === undefined || x === null || (Array.isArray(x) && x.length === 0);
      return empty(o.connect) && empty(o.disconnect) ? UNCHANGED : null;
    }
    if (o.id !== undefined || o.documentId !== undefined) return [String(o.id ?? o.documentId)];
  }
  return null;
}

function linksChanged(v: unknown, current: { id: number; documentId?: string }[]): boolean {
  const refs = linkRefs(v);
  if (refs === UNCHANGED) return false;
  if (refs === null || refs.length !== current.length) return true;
  return refs.some((r) => !current.some((c) => String(c.id) === r || c.documentId === r));
}

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
const instant = (v: unknown) => (v === null || v === undefined || v === '' ? null : new Date(v as string).getTime());

/**
 * Pure: the agency-owned fields that `data` sets (a new finding: `current` null) or changes from the
 * stored answer. The admin panel sends every field of the form, so an unchanged value is not a write.
 */
export function agencyFieldsWritten(data: Record<string, unknown>, current: StoredAnswer | null): AgencyResponseField[] {
  const changed = (field: AgencyResponseField): boolean => {
    const v = data[field];
    switch (field) {
      case 'agencyResponse':
        return text(v) !== text(current?.agencyResponse);
      case 'respondedAt': {
        const a = instant(v);
        return !(a === instant(current?.respondedAt) && !Number.isNaN(a));
      }
      case 'respondedBy':
        return linksChanged(v, current?.respondedBy ? [current.respondedBy] : []);
      case 'responseAttachments':
        return linksChanged(v, current?.responseAttachments ?? []);
    }
  };
  return AGENCY_RESPONSE_FIELDS.filter((f) => f in data && changed(f));
}
