/**
 * Reporting compliance for the division (JSON and CSV, per agency or province and Buddhist-era fiscal
 * quarter), the eMENSCR-shaped export, and an officer's exception to the lock after the window.
 * Who may call each is granted in src/lib/reporting/manifest.ts.
 */
const visible = { name: 'global::visible', config: { uid: 'api::progress-report.progress-report', notFound: 'progress report not found' } };

export default {
  routes: [
    { method: 'GET', path: '/reporting-compliance', handler: 'progress-report.compliance' },
    { method: 'GET', path: '/reporting-compliance.csv', handler: 'progress-report.complianceCsv' },
    { method: 'GET', path: '/reporting-compliance/emenscr.csv', handler: 'progress-report.emenscrCsv' },
    {
      method: 'POST',
      path: '/progress-reports/:id/lock-exception',
      handler: 'progress-report.lockException',
      config: { policies: [visible] },
    },
  ],
};
