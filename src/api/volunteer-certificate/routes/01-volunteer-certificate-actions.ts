/** Certificates of hours; who may call each is granted in src/lib/volunteers/manifest.ts. */
const visible = {
  name: 'global::visible',
  config: { uid: 'api::volunteer-certificate.volunteer-certificate', notFound: 'Certificate not found' },
};

export default {
  routes: [
    { method: 'POST', path: '/volunteer-certificates', handler: 'volunteer-certificate.issue' },
    { method: 'GET', path: '/volunteer-certificates/:id/pdf', handler: 'volunteer-certificate.pdf', config: { policies: [visible] } },
    // the QR code's page asks here: no login; only what the certificate states
    { method: 'GET', path: '/volunteer-certificates/verify/:code', handler: 'volunteer-certificate.verify', config: { auth: false } },
  ],
};
