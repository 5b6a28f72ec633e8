/** Follow-up of a finding; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::inspection-finding.inspection-finding', notFound: 'Finding not found' } };

export default {
  routes: [
    { method: 'POST', path: '/inspection-findings/:id/respond', handler: 'inspection-finding.respond', config: { policies: [visible] } },
    { method: 'POST', path: '/inspection-findings/:id/accept', handler: 'inspection-finding.accept' },
    // the agency's commitment (versions) and extension requests; the inspector's decisions on them
    {
      method: 'POST',
      path: '/inspection-findings/:id/commitment',
      handler: 'inspection-finding.proposeCommitment',
      config: { policies: [visible] },
    },
    { method: 'POST', path: '/inspection-findings/:id/commitment/accept', handler: 'inspection-finding.acceptCommitment' },
    { method: 'POST', path: '/inspection-findings/:id/commitment/reject', handler: 'inspection-finding.rejectCommitment' },
    {
      method: 'POST',
      path: '/inspection-findings/:id/extension',
      handler: 'inspection-finding.requestExtension',
      config: { policies: [visible] },
    },
    { method: 'POST', path: '/inspection-findings/:id/extension/approve', handler: 'inspection-finding.approveExtension' },
    { method: 'POST', path: '/inspection-findings/:id/extension/refuse', handler: 'inspection-finding.refuseExtension' },
    { method: 'POST', path: '/inspection-findings/:id/reopen', handler: 'inspection-finding.reopen' },
  ],
};
