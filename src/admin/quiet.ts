import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * A quiet panel in Thai: what Strapi shows a developer trying it out, taken away for the officials who
 * work in it all day.
 *   - Thai unless the person chose otherwise: Strapi reads the interface language from localStorage
 *     ("strapi-admin-language", written by the profile's language choice and the login page's picker)
 *     and falls back to English; with nothing chosen in this browser it is Thai, the login page included.
 *   - No guided tour (its state lives in localStorage "STRAPI_GUIDED_TOUR"; `config.tutorials` no longer
 *     switches it off in Strapi 5): it is marked off before the panel renders. Its homepage block
 *     ("Discover your application") goes with it.
 *   - No Marketplace link: the menu shows it to whoever holds admin::marketplace.read (every super admin);
 *     an RBAC middleware drops that permission in the panel (installing plugins is a deploy, not a click).
 *   - No "new Media Library" banner over every page (noMediaLibraryBanner).
 *   - Only our homepage widgets and the profile: Strapi's project statistics, last edited/published
 *     entries, releases and the cloud "Deploy" block are unrelated to an official's day.
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const TOUR_KEY = 'STRAPI_GUIDED_TOUR';
const KEPT_STRAPI_WIDGETS = new Set(['plugin::admin.profile-info']);

function thaiByDefault() {
  if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'th');
}

/**
 * Strapi's "Introducing the new Media Library" banner across the top of every page stays until dismissed;
 * it is dismissed for the person in advance. Its key is scoped by the project's uuid as /admin/init
 * reports it: `false` with telemetry off (package.json), `undefined` until that answer arrives.
 */
function noMediaLibraryBanner() {
  for (const legacy of ['true', 'false'])
    for (const scope of ['false', 'undefined'])
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
}

function noGuidedTour() {
  let state: Record<string, unknown> = {};
  try {
    state = JSON.parse(window.localStorage.getItem(TOUR_KEY) ?? '{}') ?? {};
  } catch {
    state = {};
  }
  window.localStorage.setItem(TOUR_KEY, JSON.stringify({ tours: {}, completedActions: [], ...state, enabled: false, hidden: true }));
}

type Permission = { action: string };

export function quietPanel(app: StrapiApp) {
  thaiByDefault();
  noGuidedTour();
  noMediaLibraryBanner();
  app.addRBACMiddleware(
    () => (next) => (permissions) =>
      next((permissions as Permission[]).filter((p) => p.action !== 'admin::marketplace.read') as typeof permissions),
  );
  // Strapi's plugins register their widgets before the app's register runs; ours carry no pluginId
  app.widgets.register((widgets) => widgets.filter((w) => !w.pluginId || KEPT_STRAPI_WIDGETS.has(`plugin::${w.pluginId}.${w.id}`)));
}
