/** Follow-up of a finding; who may call each is granted in src/lib/platform/roles.ts. */
export default {
  routes: [
    { method: 'POST', path: '/inspection-findings/:id/respond', handler: 'inspection-finding.respond' },
    { method: 'POST', path: '/inspection-findings/:id/accept', handler: 'inspection-finding.accept' },
    { method: 'POST', path: '/inspection-findings/:id/reopen', handler: 'inspection-finding.reopen' },
  ],
};
