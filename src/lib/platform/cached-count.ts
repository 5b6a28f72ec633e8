import type { Core } from '@strapi/strapi';

/**
 * Exact counts for list pages, reused for a short while instead of scanning on every page: a count of one
 * filter and scope is kept 30 s by this process, and any write through this process of the type, or of a
 * type its row scope reads through (a report's project, an activity's participations), drops every count
 * of it. (Another instance's writes show within the 30 s.)
 */
const COUNT_SECONDS = 30;

/** Per Strapi instance (a test process boots several, each on its own database). */
interface Counts {
  counts: Map<string, { total: number; until: number; generation: string }>;
  generations: Map<string, number>;
  watched: Set<string>;
}
const instances = new WeakMap<Core.Strapi, Counts>();

function countsOf(strapi: Core.Strapi): Counts {
  let state = instances.get(strapi);
  if (!state) instances.set(strapi, (state = { counts: new Map(), generations: new Map(), watched: new Set() }));
  return state;
}

function watchWrites(strapi: Core.Strapi, uid: string) {
  const { watched, generations } = countsOf(strapi);
  if (watched.has(uid)) return;
  watched.add(uid);
  const bump = () => {
    generations.set(uid, (generations.get(uid) ?? 0) + 1);
  };
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
  const uids = [uid, ...dependsOn];
  for (const u of uids) watchWrites(strapi, u);
  const { counts, generations } = countsOf(strapi);
  const generation = uids.map((u) => generations.get(u) ?? 0).join(',');
  const countKey = JSON.stringify([uid, key]);
  const cached = counts.get(countKey);
  if (cached && cached.generation === generation && cached.until >= Date.now()) return cached.total;
  const total = await count();
  if (counts.size > 1000) counts.clear();
  counts.set(countKey, { total, until: Date.now() + COUNT_SECONDS * 1000, generation });
  return total;
}
