import type { Core } from '@strapi/strapi';
import { loadTrainingDemo } from '../lib/training/demo';
import { loadComplaintsDemo } from '../lib/complaints/demo';
import { loadInspectionsDemo } from '../lib/inspections/demo';
import { loadVolunteersDemo } from '../lib/volunteers/demo';
import { loadReportingDemo } from '../lib/reporting/demo';

/**
 * Demo data for `npm run demo`. Each part checks for its own marker rows first, so a second
 * start adds nothing. Reference data (provinces, agencies) is seeded on every start anyway.
 */
export async function loadDemoData(strapi: Core.Strapi) {
  const loaded: Record<string, number> = {};
  loaded.complaints = await loadComplaintsDemo(strapi);
  loaded.inspectionFindings = await loadInspectionsDemo(strapi);
  const training = await loadTrainingDemo(strapi);
  loaded.trainingMaterials = training.materials;
  loaded.volunteers = (await loadVolunteersDemo(strapi)).volunteers;
  loaded.projects = await loadReportingDemo(strapi);
  strapi.log.info(`Demo data: ${JSON.stringify(loaded)}`);
  return loaded;
}
