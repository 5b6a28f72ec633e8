import type { Core } from '@strapi/strapi';
import { manifests } from '../lib/manifests';

/**
 * Demo data for `npm run demo`: each manifest's part, in turn. Each part checks for its own marker
 * rows first, so a second start adds nothing. Reference data (provinces, agencies) is seeded on
 * every start anyway.
 */
export async function loadDemoData(strapi: Core.Strapi) {
  const loaded: Record<string, number> = {};
  for (const m of manifests) if (m.demo) Object.assign(loaded, await m.demo(strapi));
  strapi.log.info(`Demo data: ${JSON.stringify(loaded)}`);
  return loaded;
}
