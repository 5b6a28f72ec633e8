/**
 * Query filters that must all hold (a caller's own filters, a role's scope, a convenience parameter):
 * empty ones are dropped; none left means no filter.
 */
export function allOf(...filters: unknown[]): any {
  const list = filters.filter((f) => f && typeof f === 'object' && Object.keys(f).length);
  if (!list.length) return undefined;
  return list.length === 1 ? list[0] : { $and: list };
}
