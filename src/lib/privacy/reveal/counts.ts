import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { AUDIT_UID } from '../../platform/model';
import { bangkokDate, bangkokTime } from '../../platform/thai-date';
import { validate } from '../../platform/validation';
import { AUDIT_ACTIONS } from '../../security/audit';

/**
 * How often each officer revealed contact data in a period, for the privacy officer: counted from the
 * audit trail itself, so the figures are what the trail holds and nothing else can drift.
 */

const day = () =>
  yup
    .string()
    .strict(true)
    .typeError('must be a date, YYYY-MM-DD')
    .matches(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
    .test('date', 'must be a date, YYYY-MM-DD', (v) => v === undefined || !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()));

const periodInput = yup.object({ from: day(), to: day() });

/** `from` and `to` are Bangkok calendar days, both included; by default the 30 days up to today. */
export async function revealPeriod(query: unknown, now = new Date()): Promise<{ from: string; to: string; start: Date; end: Date }> {
  const q = await validate<{ from?: string; to?: string }>(periodInput, query ?? {}, 'query');
  const to = q.to ?? bangkokDate(now);
  const from = q.from ?? bangkokDate(new Date(now.getTime() - 29 * 86_400_000));
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return { from, to, start: bangkokTime(fy, fm, fd), end: bangkokTime(ty, tm, td + 1) };
}

interface RevealRow {
  actorKind: string;
  actorId: number | null;
  actorLabel: string | null;
  actorRole: string | null;
  occurredAt: Date | string;
  details: { reason?: string } | null;
}

interface ViewerCount {
  viewer: string;
  kind: string;
  role: string | null;
  count: number;
  lastReason: string | null;
  lastAt: string;
}

/** Per viewer, the newest first (rows come newest first). */
export function countByViewer(rows: RevealRow[]): ViewerCount[] {
  const byViewer = new Map<string, ViewerCount>();
  for (const r of rows) {
    const key = `${r.actorKind}:${r.actorId ?? r.actorLabel}`;
    const seen = byViewer.get(key);
    if (seen) seen.count++;
    else
      byViewer.set(key, {
        viewer: r.actorLabel ?? 'unknown',
        kind: r.actorKind,
        role: r.actorRole ?? null,
        count: 1,
        lastReason: r.details?.reason ?? null,
        lastAt: new Date(r.occurredAt).toISOString(),
      });
  }
  return [...byViewer.values()].sort((a, b) => b.count - a.count || a.viewer.localeCompare(b.viewer));
}

export async function revealCounts(strapi: Core.Strapi, query: unknown) {
  const period = await revealPeriod(query);
  const rows = (await strapi.db.query(AUDIT_UID).findMany({
    where: { action: AUDIT_ACTIONS.personalDataReveal, occurredAt: { $gte: period.start, $lt: period.end } },
    select: ['actorKind', 'actorId', 'actorLabel', 'actorRole', 'occurredAt', 'details'],
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
  })) as RevealRow[];
  return { from: period.from, to: period.to, viewers: countByViewer(rows) };
}
