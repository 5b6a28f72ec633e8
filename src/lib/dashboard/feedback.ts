import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID } from '../complaints/model';
import { cmListUrl } from './cm-url';
import { knexOf, num, tableOf } from '../platform/db-meta';
import { bangkokParts, bangkokTime, buddhistYear } from '../platform/thai-date';

/**
 * Widget "citizens' verdict": over the complaints received in the current Thai fiscal year (from
 * 1 October, Bangkok), how citizens rated the result (1–5) and how many complaints they reopened —
 * a reopen sends a complaint back into the workflow, so it counts against the result. One query.
 */
export interface FeedbackWidget {
  generatedAt: string;
  /** the fiscal year in the Buddhist era (ปีงบประมาณ) and its first instant */
  fiscalYear: number;
  since: string;
  received: number;
  rated: number;
  /** mean of the ratings given, one decimal; null when nobody rated */
  averageRating: number | null;
  /** how many ratings of 1, 2, 3, 4 and 5 */
  ratings: { rating: number; count: number }[];
  /** complaints reopened at least once, and reopens in all */
  reopened: number;
  reopens: number;
  links: { reopened: string; rated: string };
}

/** The first instant of the Thai fiscal year holding `now` (1 October, Bangkok). */
export function fiscalYearStart(now: Date): Date {
  const p = bangkokParts(now);
  return bangkokTime(p.month >= 10 ? p.year : p.year - 1, 10, 1);
}

interface Row {
  received: unknown;
  rated: unknown;
  total: unknown;
  reopened: unknown;
  reopens: unknown;
  r1: unknown;
  r2: unknown;
  r3: unknown;
  r4: unknown;
  r5: unknown;
}

export async function feedbackWidget(strapi: Core.Strapi, now: Date = new Date()): Promise<FeedbackWidget> {
  const t = tableOf(strapi, COMPLAINT_UID);
  const knex = knexOf(strapi);
  const since = fiscalYearStart(now);
  const rating = t.column('rating');
  const reopenCount = t.column('reopenCount');
  const q = knex(t.table)
    .count({ received: '*' })
    .count({ rated: rating })
    .sum({ total: rating })
    .select(
      knex.raw(`SUM(CASE WHEN ${reopenCount} > 0 THEN 1 ELSE 0 END) as reopened`),
      knex.raw(`SUM(COALESCE(${reopenCount}, 0)) as reopens`),
      ...[1, 2, 3, 4, 5].map((r) => knex.raw(`SUM(CASE WHEN ${rating} = ${r} THEN 1 ELSE 0 END) as r${r}`)),
    )
    .where(t.column('receivedAt'), '>=', since);
  if (t.publishedOnly) q.whereNotNull('published_at');
  const [row] = (await q) as unknown as Row[];
  const rated = num(row?.rated);
  const inYear = { receivedAt: { $gte: since } };
  return {
    generatedAt: now.toISOString(),
    fiscalYear: buddhistYear(bangkokTime(bangkokParts(since).year + 1, 1, 1)),
    since: since.toISOString(),
    received: num(row?.received),
    rated,
    averageRating: rated ? Math.round((num(row?.total) / rated) * 10) / 10 : null,
    ratings: [1, 2, 3, 4, 5].map((r) => ({ rating: r, count: num(row?.[`r${r}` as keyof Row]) })),
    reopened: num(row?.reopened),
    reopens: num(row?.reopens),
    links: {
      reopened: cmListUrl(COMPLAINT_UID, [inYear, { reopenCount: { $gt: 0 } }], { sort: 'receivedAt:DESC' }),
      rated: cmListUrl(COMPLAINT_UID, [inYear, { rating: { $notNull: true } }], { sort: 'receivedAt:DESC' }),
    },
  };
}
