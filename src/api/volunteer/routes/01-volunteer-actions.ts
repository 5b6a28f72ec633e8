/** The caller's own volunteer profile; listed before the core routes so that "me" is not read as an id. */
export default {
  routes: [
    { method: 'GET', path: '/volunteers/me', handler: 'volunteer.me' },
    { method: 'PUT', path: '/volunteers/me', handler: 'volunteer.updateMe' },
  ],
};
