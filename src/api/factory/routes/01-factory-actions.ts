/** A complaint's factory: suggestions near it and the officer's confirmed link (granted in src/lib/factories/manifest.ts). */
export default {
  routes: [
    { method: 'GET', path: '/complaints/:id/factory-suggestions', handler: 'factory.suggestions' },
    { method: 'PUT', path: '/complaints/:id/factory', handler: 'factory.link' },
  ],
};
