/** Workflow actions on a complaint; who may call each is granted in src/lib/platform/roles.ts. */
const populate = ['api::complaint.default-populate'];
const visible = { name: 'global::visible', config: { uid: 'api::complaint.complaint', notFound: 'Complaint not found' } };

export default {
  routes: [
    {
      method: 'POST',
      path: '/complaints/:id/transition',
      handler: 'complaint.transition',
      config: { policies: [visible, 'global::complaint-team-targets'], middlewares: populate },
    },
    { method: 'POST', path: '/complaints/:id/assign', handler: 'complaint.assign', config: { policies: [visible], middlewares: populate } },
    { method: 'POST', path: '/complaints/:id/notes', handler: 'complaint.addNote', config: { policies: [visible] } },
    { method: 'POST', path: '/complaints/:id/field-visits', handler: 'complaint.addFieldVisit', config: { policies: [visible] } },
    { method: 'POST', path: '/complaints/:id/reveal', handler: 'complaint.reveal', config: { policies: [visible] } },
  ],
};
