/**
 * Links into the Content Manager's list view with filters, in the form the list view itself writes
 * into its URL (qs bracket notation, unencoded brackets):
 *
 *   /admin/content-manager/collection-types/api::complaint.complaint?page=1&pageSize=10
 *     &sort=receivedAt:DESC&filters[$and][0][state][$eq]=received&filters[$and][1][urgency][$eq]=emergency
 *
 * Each condition is one entry of `$and`; nested objects (relations, `$or`) and arrays (`$in`) become
 * nested brackets. Values are URI-encoded.
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

export function cmListUrl(
  uid: string,
  conditions: Condition[] = [],
  options: { sort?: string; pageSize?: number; adminPath?: string } = {},
): string {
  const params = [`page=1`, `pageSize=${options.pageSize ?? 10}`];
  if (options.sort) params.push(`sort=${options.sort}`);
  conditions.forEach((c, i) => flatten(`filters[$and][${i}]`, c, params));
  return `${options.adminPath ?? '/admin'}/content-manager/collection-types/${uid}?${params.join('&')}`;
}

/** The edit view of one document. */
export function cmEntryUrl(uid: string, documentId: string, adminPath = '/admin'): string {
  return `${adminPath}/content-manager/collection-types/${uid}/${documentId}`;
}
