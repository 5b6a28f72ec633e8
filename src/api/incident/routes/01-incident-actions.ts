/** Working an incident; who may call each is granted in src/lib/complaints/manifest.ts (complaint officers). */
export default {
  routes: [
    { method: 'POST', path: '/incidents', handler: 'incident.create' },
    { method: 'POST', path: '/incidents/:id/confirm', handler: 'incident.confirm' },
    { method: 'POST', path: '/incidents/:id/detach', handler: 'incident.detach' },
    { method: 'POST', path: '/incidents/:id/split', handler: 'incident.split' },
    { method: 'POST', path: '/incidents/:id/merge', handler: 'incident.merge' },
    { method: 'POST', path: '/incidents/:id/assign', handler: 'incident.assign' },
    { method: 'POST', path: '/incidents/:id/transition', handler: 'incident.transition' },
    { method: 'POST', path: '/incidents/:id/field-visits', handler: 'incident.addFieldVisit' },
  ],
};
