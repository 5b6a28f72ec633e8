/** Actions on an activity; who may call each is granted in src/lib/platform/roles.ts. */
const visible = { name: 'global::visible', config: { uid: 'api::volunteer-activity.volunteer-activity', notFound: 'Activity not found' } };

export default {
  routes: [
    {
      method: 'POST',
      path: '/volunteer-activities/:id/sign-up',
      handler: 'volunteer-activity.signUp',
      config: { policies: [visible, 'global::volunteer-signs-up-self'] },
    },
    { method: 'POST', path: '/volunteer-activities/:id/cancel', handler: 'volunteer-activity.cancel' },
    { method: 'GET', path: '/volunteer-activities/:id/participants/export', handler: 'volunteer-activity.exportParticipants' },
  ],
};
