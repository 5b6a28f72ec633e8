/**
 * Training-material search as plain functions: parsing and validating the query string, building
 * the Document Service filters, and cutting an excerpt around the first match.
 *
 * Matching is substring matching (`$containsi`: `LOWER(col) LIKE LOWER('%term%')`), because Thai is
 * written without spaces between words and a word index would not find a word inside a phrase.
 * On PostgreSQL the trigram indexes created by `ensureSearchIndexes` make these LIKEs index scans.
 */
import { errors } from '@strapi/utils';
import { MATERIAL_KINDS, type MaterialKind } from './model';

const SEARCH_FIELDS = ['title', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 5;
const DEFAULT_PAGE_SIZE = 10;
const SORTS = ['effectiveDate:desc', 'effectiveDate:asc', 'title:asc', 'title:desc'] as const;

export interface SearchParams {
  q?: string;
  terms: string[];
  kind?: MaterialKind;
  topic?: string;
  fund?: string;
  locale?: string;
  sort: (typeof SORTS)[number];
  page: number;
  pageSize: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(field: string, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

function single(query: Record<string, unknown>, field: string): string | undefined {
  const value = query[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(field, 'must be given once, as text');
  return value;
}

function positiveInt(query: Record<string, unknown>, field: string, fallback: number, max?: number): number {
  const raw = single(query, field);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) fail(field, 'must be a whole number of at least 1');
  const n = Number(raw);
  return max !== undefined ? Math.min(n, max) : n;
}

/** Splits the search text into at most MAX_TERMS distinct terms (every term must match somewhere). */
export function splitTerms(q: string): string[] {
  const terms = q
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * Validates the query of `GET /api/training-materials/search` (and of browsing with the same
 * filters). `requireQ`: the search endpoint needs `q`; a bad value is a ValidationError (400)
 * whose message starts with the field's name.
 */
export function parseSearchQuery(
  query: Record<string, unknown>,
  { requireQ = true, maxPageSize = 100 }: { requireQ?: boolean; maxPageSize?: number } = {},
): SearchParams {
  const rawQ = single(query, 'q');
  const q = rawQ?.trim();
  if (requireQ && !q) fail('q', 'is required and must not be empty');
  if (q && [...q].length > MAX_QUERY_LENGTH) fail('q', `must be at most ${MAX_QUERY_LENGTH} characters`);

  const kind = single(query, 'kind') || undefined;
  if (kind !== undefined && !(MATERIAL_KINDS as readonly string[]).includes(kind)) {
    fail('kind', `must be one of ${MATERIAL_KINDS.join(', ')}`);
  }
  const topic = single(query, 'topic') || undefined;
  if (topic !== undefined && (topic.length > 80 || !SLUG.test(topic))) fail('topic', 'must be a topic slug');
  const fund = single(query, 'fund') || undefined;
  if (fund !== undefined && (fund.length > 80 || !SLUG.test(fund))) fail('fund', 'must be a fund slug');
  const locale = single(query, 'locale') || undefined;
  if (locale !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale)) fail('locale', 'must be a locale code such as th or en');
  const sort = (single(query, 'sort') || 'effectiveDate:desc') as SearchParams['sort'];
  if (!(SORTS as readonly string[]).includes(sort)) fail('sort', `must be one of ${SORTS.join(', ')}`);

  return {
    q: q || undefined,
    terms: q ? splitTerms(q) : [],
    kind: kind as MaterialKind | undefined,
    topic,
    fund,
    locale,
    sort,
    page: positiveInt(query, 'page', 1),
    pageSize: positiveInt(query, 'pageSize', DEFAULT_PAGE_SIZE, maxPageSize),
  };
}

/** Document Service filters for the parsed search; `publicOnly` for callers without login. */
export function searchFilters(params: SearchParams, { publicOnly }: { publicOnly: boolean }): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  for (const term of params.terms) {
    and.push({ $or: SEARCH_FIELDS.map((field) => ({ [field]: { $containsi: term } })) });
  }
  if (params.kind) and.push({ kind: { $eq: params.kind } });
  if (params.topic) and.push({ topics: { slug: { $eq: params.topic } } });
  if (params.fund) and.push({ fund: { slug: { $eq: params.fund } } });
  if (publicOnly) and.push({ isPublic: { $eq: true } });
  return and.length ? { $and: and } : {};
}

/** Combining marks (Thai above/below vowels and tone marks, and any other Mn): they belong to the previous character. */
const COMBINING = /\p{Mn}/u;

/** Markdown reduced to readable text for excerpts. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchMatch {
  field: SearchField;
  /** the text around the match (plain text, never HTML) */
  excerpt: string;
  /** where the matched term starts in `excerpt`, and its length: the client highlights it */
  start: number;
  length: number;
}

/**
 * The first place a term occurs, looking in title, then summary, then body; the excerpt is the whole
 * title or summary when short, otherwise about `radius` characters either side of the match.
 */
export function findMatch(doc: Partial<Record<SearchField, string | null>>, terms: string[], radius = 60): SearchMatch | null {
  for (const field of SEARCH_FIELDS) {
    const raw = doc[field];
    if (!raw) continue;
    const text = field === 'body' ? plainText(raw) : raw.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    let best: { index: number; term: string } | null = null;
    for (const term of terms) {
      const index = lower.indexOf(term.toLowerCase());
      if (index >= 0 && (!best || index < best.index)) best = { index, term };
    }
    if (!best) continue;
    if (text.length <= radius * 3) {
      return { field, excerpt: text, start: best.index, length: best.term.length };
    }
    let from = Math.max(0, best.index - radius);
    let to = Math.min(text.length, best.index + best.term.length + radius * 2);
    // never cut a Thai vowel or tone mark off the consonant it sits on
    while (from > 0 && COMBINING.test(text[from])) from--;
    while (to < text.length && COMBINING.test(text[to])) to++;
    const prefix = from > 0 ? '…' : '';
    const suffix = to < text.length ? '…' : '';
    return {
      field,
      excerpt: prefix + text.slice(from, to) + suffix,
      start: prefix.length + best.index - from,
      length: best.term.length,
    };
  }
  return null;
}
