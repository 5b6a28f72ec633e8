import type { Core } from '@strapi/strapi';

/**
 * Reads reused for a short while instead of repeated on every request: each is kept 30 s by this process,
 * and any write through this process of a type it reads drops it at once (the query layer's lifecycles, so
 * the document service's writes and `strapi.db.query`'s alike; a raw knex writer calls `dropCachedReads`).
 * Another instance's writes show within the 30 s. Three uses: exact counts for list pages (a count of one
 * filter and scope; a type its row scope reads through counts as read), the reference rows a complaint's
 * intake reads (category, province, SLA policy, holidays, incident policy, receipt template, webhook
 * endpoints), and training search pages (published content). What is returned is shared: callers only read it.
 */
const KEEP_SECONDS = 30;

type Kept = Map<string, { value: unknown; until: number; generation: string }>;
/** Per Strapi instance (a test process boots several, each on its own database). */
interface Reads {
  values: Kept;
  /** reads kept apart, each group with its own bound (`KeepOptions`) */
  groups: Map<string, Kept>;
  /** loads under way: requests that miss together wait for one load instead of each running it */
  loading: Map<string, { generation: string; promise: Promise<unknown> }>;
  generations: Map<string, number>;
  watched: Set<string>;
}
const instances = new WeakMap<Core.Strapi, Reads>();

function readsOf(strapi: Core.Strapi): Reads {
  let state = instances.get(strapi);
  if (!state)
    instances.set(
      strapi,
      (state = { values: new Map(), groups: new Map(), loading: new Map(), generations: new Map(), watched: new Set() }),
    );
  return state;
}

/** Drops every kept read of `uid` (after a write the query layer's lifecycles do not see). */
export function dropCachedReads(strapi: Core.Strapi, uid: string) {
  const { generations } = readsOf(strapi);
  generations.set(uid, (generations.get(uid) ?? 0) + 1);
}

function watchWrites(strapi: Core.Strapi, uid: string) {
  const { watched } = readsOf(strapi);
  if (watched.has(uid)) return;
  watched.add(uid);
  const bump = () => dropCachedReads(strapi, uid);
  strapi.db.lifecycles.subscribe({
    models: [uid],
    afterCreate: bump,
    afterCreateMany: bump,
    afterUpdate: bump,
    afterUpdateMany: bump,
    afterDelete: bump,
    afterDeleteMany: bump,
  });
}

/**
 * Reads of one kind whose keys come from callers' input (a search's terms): kept in a group of their own,
 * at most `max` of them, the least recently used dropped first, so that many different keys neither grow
 * memory nor push the counts and reference rows out.
 */
export interface KeepOptions {
  group: string;
  max: number;
}

/** The value of `load` under `key`, kept while no write of `uids` (the types it reads) is seen. */
export async function cachedRead<T>(
  strapi: Core.Strapi,
  uids: readonly string[],
  key: unknown,
  load: () => Promise<T>,
  keep?: KeepOptions,
): Promise<T> {
  for (const u of uids) watchWrites(strapi, u);
  const reads = readsOf(strapi);
  const { loading, generations } = reads;
  let values = reads.values;
  if (keep) {
    values = reads.groups.get(keep.group) ?? new Map();
    reads.groups.set(keep.group, values);
  }
  // taken before loading: a write while it loads leaves the value stale-marked, read again next time
  const generation = uids.map((u) => generations.get(u) ?? 0).join(',');
  const cacheKey = JSON.stringify(keep ? [uids, key, keep.group] : [uids, key]);
  const kept = values.get(cacheKey);
  if (kept && kept.generation === generation && kept.until >= Date.now()) {
    if (keep) {
      // most recently used last
      values.delete(cacheKey);
      values.set(cacheKey, kept);
    }
    return kept.value as T;
  }
  // A load of the same generation already running (a count of a common search term: tens of ms) is shared,
  // outside transactions only: a caller holding a transaction (SQLite's only connection) must not wait for
  // a load that waits for that connection.
  const shared = !strapi.db.inTransaction();
  const running = shared ? loading.get(cacheKey) : undefined;
  if (running && running.generation === generation) return running.promise as Promise<T>;
  const promise = load();
  if (shared) loading.set(cacheKey, { generation, promise });
  try {
    const value = await promise;
    if (!keep && values.size > 1000) values.clear();
    values.delete(cacheKey);
    if (keep) while (values.size >= keep.max) values.delete(values.keys().next().value as string);
    values.set(cacheKey, { value, until: Date.now() + KEEP_SECONDS * 1000, generation });
    return value;
  } finally {
    if (loading.get(cacheKey)?.promise === promise) loading.delete(cacheKey);
  }
}

/**
 * The count of `uid` under `key` (its filter and scope), from `count` when none is fresh; `dependsOn`: the
 * other types whose writes can change it.
 */
export async function cachedCount(
  strapi: Core.Strapi,
  uid: string,
  key: unknown,
  count: () => Promise<number>,
  dependsOn: readonly string[] = [],
) {
  return cachedRead(strapi, [uid, ...dependsOn], key, count);
}
