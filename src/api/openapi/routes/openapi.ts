/** The OpenAPI document of the content API (public, as integrators build against it; limited like any anonymous call). */
export default {
  routes: [{ method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false } }],
};
