import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID } from '../complaints/model';
import { FACTORY_UID } from './model';
import { importFactories } from './import';
import { DEFAULT_RADIUS_METERS, nearestFactories } from './registry';

/** The demo's registry sample (scripts/generate-factories-sample.js writes it, deterministically). */
const SAMPLE_CSV = path.join('src', 'seed', 'factories-sample.csv');

/**
 * Demo registry: the sample's 300 factories, imported as an administrator would; then each demo
 * complaint with a position and no factory yet is linked to the nearest registered factory within the
 * default radius, so the factory history and the repeat sources have something to show. Adds nothing
 * when the registry has rows already.
 */
export async function loadFactoriesDemo(strapi: Core.Strapi): Promise<Record<string, number>> {
  if ((await strapi.db.query(FACTORY_UID).count({})) > 0) return { factories: 0 };
  const text = fs.readFileSync(path.join(strapi.dirs.app.root, SAMPLE_CSV), 'utf8');
  const report = await importFactories(strapi, text);
  if (report.problems.length)
    strapi.log.warn(`Demo factories: ${report.problems.length} problems, first ${JSON.stringify(report.problems[0])}`);

  const complaints = (await strapi.db.query(COMPLAINT_UID).findMany({
    where: { latitude: { $notNull: true }, longitude: { $notNull: true }, factory: { id: { $null: true } } },
    select: ['documentId', 'latitude', 'longitude'],
    limit: 500,
  })) as Array<{ documentId: string; latitude: number; longitude: number }>;
  let linked = 0;
  for (const c of complaints) {
    const [nearest] = await nearestFactories(strapi, c, DEFAULT_RADIUS_METERS);
    if (!nearest) continue;
    const factory = (await strapi.db.query(FACTORY_UID).findOne({ where: { documentId: nearest.documentId }, select: ['id'] })) as {
      id: number;
    };
    await strapi.db.query(COMPLAINT_UID).update({ where: { documentId: c.documentId }, data: { factory: factory.id } as never });
    linked++;
  }
  return { factories: report.created, complaintsLinkedToFactories: linked };
}
