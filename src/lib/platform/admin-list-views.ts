import type { Core, UID } from '@strapi/strapi';

/**
 * Content Manager list views arranged at bootstrap (useful columns, default sort; labels come from the
 * domains' admin forms),
 * so that a new administrator does not have to. Applied once per type and version: an administrator's
 * later rearrangement is kept (raising a type's `version` applies its changed default once more).
 * Every collection type has one (tests/api/dashboard.test.ts): a new type adds its entry to the
 * `listViews` of its domain's manifest.
 */
export interface ListView {
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  mainField?: string;
  /** raise to apply a changed default once more (over an administrator's arrangement of that type) */
  version?: number;
}

const VERSION = 1;

export async function configureListViews(strapi: Core.Strapi, views: Record<string, ListView>) {
  const store = strapi.store({ type: 'plugin', name: 'mind_desk' });
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  let applied = 0;
  for (const [uid, view] of Object.entries(views)) {
    const contentType = strapi.contentType(uid as UID.ContentType);
    if (!contentType) continue;
    const key = `list-view:${uid}`;
    const version = view.version ?? VERSION;
    if (((await store.get({ key })) as number | null) === version) continue;
    const conf = await contentTypes.findConfiguration(contentType);
    const columns = view.columns.filter((c) => conf.metadatas?.[c]);
    await contentTypes.updateConfiguration(contentType, {
      settings: {
        ...conf.settings,
        defaultSortBy: view.sortBy,
        defaultSortOrder: view.sortOrder,
        ...(view.mainField ? { mainField: view.mainField } : {}),
      },
      metadatas: conf.metadatas,
      layouts: { ...conf.layouts, list: columns },
    });
    await store.set({ key, value: version });
    applied++;
  }
  return applied;
}
