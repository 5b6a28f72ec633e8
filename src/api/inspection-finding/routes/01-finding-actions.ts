/** Follow-up of a finding; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::inspection-finding.inspection-finding', notFound: 'Finding not found' } };

export default {
  routes: [
    { method: 'POST', path: '/inspection-findings/:id/respond', handler: 'inspection-finding.respond', config: { policies: [visible] } },
    { method: 'POST', path: '/inspection-findings/:id/accept', handler: 'inspection-finding.accept' },
    { method: 'POST', path: '/inspection-findings/:id/reopen', handler: 'inspection-finding.reopen' },
  ],
};
