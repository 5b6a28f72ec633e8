/**
 * Links into the Content Manager's list view with filters, in the form the list view itself writes
 * into its URL (qs bracket notation, unencoded brackets):
 *
 *   /admin/content-manager/collection-types/api::complaint.complaint?page=1&pageSize=10
 *     &sort=receivedAt:DESC&filters[$and][0][state][$eq]=received&filters[$and][1][urgency][$eq]=emergency
 *
 * Each condition is one entry of `$and`; nested objects (relations, `$or`) and arrays (`$in`) become
 * nested brackets. Values are URI-encoded.
 *
 * The admin panel parses its URL with qs's default depth of 5 bracket segments: anything deeper is kept
 * as a literal key and the list's request fails (400 "Invalid key"). A condition too deep to sit in
 * `$and` (relation of a relation, an `$or` of conditions) therefore goes to the top level of `filters`,
 * which the API also reads as "and" (the filter chips show only the `$and` ones).
 */
export type Condition = Record<string, unknown>;

function flatten(prefix: string, value: unknown, out: string[]) {
  if (value instanceof Date) {
    out.push(`${prefix}=${encodeURIComponent(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(`${prefix}[${i}]`, v, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(`${prefix}[${k}]`, v, out);
  } else {
    out.push(`${prefix}=${encodeURIComponent(String(value))}`);
  }
}

/** Bracket segments below a value: {a: {$eq: 1}} → 2, {$or: [{a: {$lt: 1}}]} → 4. */
function depthOf(value: unknown): number {
  if (value instanceof Date || value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const QS_DEPTH = 5;

export function cmListUrl(
  uid: string,
  conditions: Condition[] = [],
  options: { sort?: string; pageSize?: number; adminPath?: string } = {},
): string {
  const params = [`page=1`, `pageSize=${options.pageSize ?? 10}`];
  if (options.sort) params.push(`sort=${options.sort}`);
  const inAnd: Condition[] = [];
  const top: Condition = {};
  for (const c of conditions) {
    const depth = depthOf(c);
    if (2 + depth <= QS_DEPTH) inAnd.push(c);
    else {
      for (const key of Object.keys(c)) {
        if (key in top || key === '$and') throw new Error(`cmListUrl: two top-level conditions on "${key}"`);
      }
      if (depth > QS_DEPTH) throw new Error(`cmListUrl: a condition ${depth} levels deep cannot be written in the admin's URL`);
      Object.assign(top, c);
    }
  }
  inAnd.forEach((c, i) => flatten(`filters[$and][${i}]`, c, params));
  for (const [key, value] of Object.entries(top)) flatten(`filters[${key}]`, value, params);
  return `${options.adminPath ?? '/admin'}/content-manager/collection-types/${uid}?${params.join('&')}`;
}

/** The edit view of one document. */
export function cmEntryUrl(uid: string, documentId: string, adminPath = '/admin'): string {
  return `${adminPath}/content-manager/collection-types/${uid}/${documentId}`;
}
