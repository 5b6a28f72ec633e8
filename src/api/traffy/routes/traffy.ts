/**
 * The Traffy Fondue (แจ้งอุต) bridge: the webhook URL registered with Traffy (no login: the secret is
 * the last path segment, as the registration carries nothing else; a wrong one is a 404, as is any call
 * while the bridge is off), and an officer's invitation or forward of a bridged complaint to other
 * organisations in Traffy.
 */
const webhook = (method: 'POST' | 'PATCH') => ({
  method,
  path: '/traffy/webhook/:key',
  handler: 'traffy.receive',
  config: { auth: false },
});

export default {
  routes: [
    webhook('POST'),
    webhook('PATCH'),
    { method: 'POST', path: '/traffy/complaints/:id/forward', handler: 'traffy.forward', config: {} },
  ],
};
