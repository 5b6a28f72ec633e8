/** Actions on an activity; who may call each is granted in src/lib/platform/roles.ts. */
export default {
  routes: [
    { method: 'POST', path: '/volunteer-activities/:id/sign-up', handler: 'volunteer-activity.signUp' },
    { method: 'POST', path: '/volunteer-activities/:id/cancel', handler: 'volunteer-activity.cancel' },
    { method: 'GET', path: '/volunteer-activities/:id/participants/export', handler: 'volunteer-activity.exportParticipants' },
  ],
};
