/** Sign-up lifecycle and hours; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::participation.participation', notFound: 'Participation not found' } };

export default {
  routes: [
    { method: 'POST', path: '/participations/:id/cancel', handler: 'participation.cancel', config: { policies: [visible] } },
    { method: 'POST', path: '/participations/:id/attendance', handler: 'participation.attendance' },
    { method: 'GET', path: '/volunteer-hours', handler: 'participation.hours' },
    { method: 'GET', path: '/volunteer-hours/export', handler: 'participation.exportHours' },
  ],
};
