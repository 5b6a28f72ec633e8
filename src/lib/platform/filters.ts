/**
 * A filter in the document service's syntax for whichever content type the caller queries. `any`: the
 * document service types filters per content type, and these helpers serve every one of them.
 */
export type QueryFilter = any;

/**
 * Query filters that must all hold (a caller's own filters, a role's scope, a convenience parameter):
 * empty ones are dropped; none left means no filter.
 */
export function allOf(...filters: unknown[]): QueryFilter {
  const list = filters.filter((f) => f && typeof f === 'object' && Object.keys(f).length);
  if (!list.length) return undefined;
  return list.length === 1 ? list[0] : { $and: list };
}
