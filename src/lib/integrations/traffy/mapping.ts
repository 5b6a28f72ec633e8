import type { ComplaintStatus } from '../../complaints/model';

/**
 * The administrator's table between Traffy and MIND Desk (integration-mapping rows): a Traffy type (by
 * id, else by name) → our category; a Traffy status name ↔ our state. Pure: the rows are passed in.
 */
export interface MappingRow {
  kind: 'type' | 'status';
  traffyId?: number | null;
  traffyName: string;
  /** kind "type": the category's code */
  categoryCode?: string | null;
  /** kind "status" */
  state?: ComplaintStatus | null;
  /** kind "status": this row is how our state is told to Traffy (the first such row of a state wins) */
  outbound?: boolean | null;
  active?: boolean | null;
}

const same = (a: string | undefined | null, b: string | undefined | null) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase() && (a ?? '').trim() !== '';

const live = (rows: readonly MappingRow[], kind: MappingRow['kind']) => rows.filter((r) => r.kind === kind && r.active !== false);

/** The category code of a Traffy type: by `type_id` first, then by name; the fallback otherwise. */
export function categoryFor(rows: readonly MappingRow[], type: { id?: number | null; name?: string }, fallback: string): string {
  const types = live(rows, 'type').filter((r) => r.categoryCode);
  const byId = type.id !== undefined && type.id !== null ? types.find((r) => r.traffyId === type.id) : undefined;
  return (byId ?? types.find((r) => same(r.traffyName, type.name)))?.categoryCode ?? fallback;
}

/** Our state for a Traffy status name (as the status webhook sends it), null when unmapped. */
export function stateFor(rows: readonly MappingRow[], traffyStatus: string): ComplaintStatus | null {
  return live(rows, 'status').find((r) => r.state && same(r.traffyName, traffyStatus))?.state ?? null;
}

/** How to tell Traffy our state: its status id (when the row has one) and name; null when unmapped. */
export function traffyStatusFor(rows: readonly MappingRow[], state: string): { id: number | null; name: string } | null {
  const row = live(rows, 'status').find((r) => r.state === state && r.outbound !== false);
  return row ? { id: row.traffyId ?? null, name: row.traffyName } : null;
}

/**
 * The rows seeded when there are none: our states → Traffy's central status names (get-status-list/v2).
 * An administrator adds the organisation's own ids and types.
 */
export const DEFAULT_STATUS_ROWS: ReadonlyArray<Pick<MappingRow, 'traffyName' | 'state' | 'outbound'>> = [
  { traffyName: 'รอรับเรื่อง', state: 'received', outbound: true },
  { traffyName: 'กำลังดำเนินการ', state: 'triaged', outbound: true },
  { traffyName: 'กำลังดำเนินการ', state: 'assigned', outbound: true },
  { traffyName: 'กำลังดำเนินการ', state: 'in_progress', outbound: true },
  { traffyName: 'เสร็จสิ้น', state: 'resolved', outbound: true },
  { traffyName: 'เสร็จสิ้น', state: 'closed', outbound: true },
  { traffyName: 'ไม่เกี่ยวข้อง', state: 'rejected', outbound: true },
  { traffyName: 'ไม่เกี่ยวข้อง', state: 'duplicate', outbound: true },
];
