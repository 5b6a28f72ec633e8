/** Workflow actions on a progress report; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::progress-report.progress-report', notFound: 'progress report not found' } };
const agencyOfficer = {
  name: 'global::has-role',
  config: { roles: ['agency-officer'], message: 'only agency reporting officers submit reports' },
};

export default {
  routes: [
    {
      method: 'POST',
      path: '/progress-reports/:id/submit',
      handler: 'progress-report.submit',
      config: { policies: [agencyOfficer, visible] },
    },
    { method: 'POST', path: '/progress-reports/:id/accept', handler: 'progress-report.accept', config: { policies: [visible] } },
    { method: 'POST', path: '/progress-reports/:id/return', handler: 'progress-report.returnReport', config: { policies: [visible] } },
  ],
};
