/** Inspection workflow and round summaries; who may call each is granted in src/lib/platform/roles.ts. */
export default {
  routes: [
    { method: 'POST', path: '/inspections/:id/transition', handler: 'inspection.transition' },
    { method: 'GET', path: '/inspection-rounds/:fiscalYear/:round/summary', handler: 'inspection.summary' },
    { method: 'GET', path: '/inspection-rounds/:fiscalYear/:round/summary.csv', handler: 'inspection.summaryCsv' },
  ],
};
