/** The caller's own volunteer profile, and a coordinator's reveal of contact data; listed before the core routes so that "me" is not read as an id. */
export default {
  routes: [
    { method: 'GET', path: '/volunteers/me', handler: 'volunteer.me' },
    { method: 'PUT', path: '/volunteers/me', handler: 'volunteer.updateMe' },
    { method: 'POST', path: '/volunteers/:id/reveal', handler: 'volunteer.reveal' },
  ],
};
