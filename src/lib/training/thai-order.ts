/**
 * Titles in Thai dictionary order. Neither SQLite nor a PostgreSQL with the usual C/en_US collation
 * orders Thai as a dictionary does: code-point order puts the leading vowels (เ แ โ ใ ไ) after every
 * consonant, so "เกษตร" would come after "ฮ". ICU's Thai rules (`Intl.Collator('th')`, in Node's full ICU)
 * skip the leading vowel for the first comparison. Lists sorted by title are therefore ordered here, on
 * the server, over the whole filtered set (materials are a library of hundreds, not a table of millions),
 * before the page is cut, so pages stay consistent.
 */
const collator = new Intl.Collator('th', { sensitivity: 'variant', numeric: true });

const compareThai = (a: string | null | undefined, b: string | null | undefined): number => collator.compare(a ?? '', b ?? '');

/** The items ordered by `key` in Thai dictionary order (`desc` reverses), stably. */
export function sortThai<T>(items: readonly T[], key: (item: T) => string | null | undefined, desc = false): T[] {
  const sign = desc ? -1 : 1;
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => sign * compareThai(key(x.item), key(y.item)) || x.i - y.i)
    .map((x) => x.item);
}

/** `title:asc` / `title:desc` (or `title`) as the first sort of a Strapi `sort` parameter; otherwise null. */
export function titleSortOf(sort: unknown): 'asc' | 'desc' | null {
  const first = Array.isArray(sort)
    ? sort[0]
    : typeof sort === 'string'
      ? sort.split(',')[0]
      : sort && typeof sort === 'object'
        ? sort
        : null;
  if (typeof first === 'string') {
    const [field, order = 'asc'] = first.trim().split(':');
    if (field !== 'title') return null;
    return order.toLowerCase() === 'desc' ? 'desc' : 'asc';
  }
  if (first && typeof first === 'object') {
    const entries = Object.entries(first as Record<string, unknown>);
    if (entries.length && entries[0][0] === 'title') return String(entries[0][1]).toLowerCase() === 'desc' ? 'desc' : 'asc';
  }
  return null;
}
