/** Sign-up lifecycle and hours; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::participation.participation', notFound: 'Participation not found' } };

export default {
  routes: [
    { method: 'POST', path: '/participations/:id/cancel', handler: 'participation.cancel', config: { policies: [visible] } },
    { method: 'POST', path: '/participations/:id/attendance', handler: 'participation.attendance' },
    // a promoted volunteer confirms their place: from the e-mailed link (the token is the credential) or the staff app
    { method: 'POST', path: '/participations/confirm', handler: 'participation.confirmByLink', config: { auth: false } },
    { method: 'POST', path: '/participations/:id/confirm', handler: 'participation.confirm', config: { policies: [visible] } },
    { method: 'GET', path: '/volunteer-hours', handler: 'participation.hours' },
    { method: 'GET', path: '/volunteer-hours/export', handler: 'participation.exportHours' },
  ],
};
