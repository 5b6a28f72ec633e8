/** Workflow actions on a complaint; who may call each is granted in src/lib/platform/roles.ts. */
const populate = ['api::complaint.default-populate'];

export default {
  routes: [
    { method: 'POST', path: '/complaints/:id/transition', handler: 'complaint.transition', config: { middlewares: populate } },
    { method: 'POST', path: '/complaints/:id/assign', handler: 'complaint.assign', config: { middlewares: populate } },
    { method: 'POST', path: '/complaints/:id/notes', handler: 'complaint.addNote' },
    { method: 'POST', path: '/complaints/:id/field-visits', handler: 'complaint.addFieldVisit' },
  ],
};
