import { formatEnglishDateTime, formatThaiDateTime } from '../../platform/thai-date';
import type { DatasetKey, DueRow } from './dataset';

export const PURGE_BATCH_UID = 'api::purge-batch.purge-batch' as const;
export type BatchState = 'proposed' | 'approved' | 'rejected' | 'purged';

/** What a batch covers: per dataset, the ids of the records due. */
export type BatchItems = Partial<Record<DatasetKey, string[]>>;

const EXAMPLES = 5;

/**
 * Pure: the dry-run report of what is due, as the privacy officer reads it in the panel — per
 * dataset how many, the period and a few example labels (ticket numbers, record ids: no personal data).
 */
export function reportOf(due: Partial<Record<DatasetKey, DueRow[]>>, days: Partial<Record<DatasetKey, number>>, asOf: Date): string {
  const lines = [`ข้อมูลที่พ้นระยะเวลาเก็บ ณ ${formatThaiDateTime(asOf)} / Past retention as of ${formatEnglishDateTime(asOf)}`];
  for (const [key, rows] of Object.entries(due) as Array<[DatasetKey, DueRow[]]>) {
    if (!rows.length) continue;
    const examples = rows.slice(0, EXAMPLES).map((r) => r.label);
    const more = rows.length > EXAMPLES ? `, … (+${rows.length - EXAMPLES})` : '';
    lines.push(`${key}: ${rows.length} (${days[key]} วัน / days) — ${examples.join(', ')}${more}`);
  }
  return lines.join('\n');
}

/** Pure: how many per dataset. */
export function countsOf(items: BatchItems): Record<string, number> {
  return Object.fromEntries(Object.entries(items).map(([k, ids]) => [k, ids?.length ?? 0]));
}
