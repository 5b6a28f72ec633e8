/** Workflow actions on a progress report; who may call each is granted in src/lib/platform/roles.ts. */
export default {
  routes: [
    { method: 'POST', path: '/progress-reports/:id/submit', handler: 'progress-report.submit' },
    { method: 'POST', path: '/progress-reports/:id/accept', handler: 'progress-report.accept' },
    { method: 'POST', path: '/progress-reports/:id/return', handler: 'progress-report.returnReport' },
  ],
};
