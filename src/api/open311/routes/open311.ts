import { rateLimits } from '../../../lib/complaints/config';
import { open311PostSubject } from '../../../lib/integrations/open311/clients';

/**
 * Open311 GeoReport v2, in JSON and XML (the format is the path's extension, as the specification
 * says), for the city apps and platforms that speak it. GETs are limited per client address; a POST
 * per Open311 client key (each client's own limit) or, without a key, per address.
 */
const open = { auth: false } as const;
const lookupLimit = { name: 'global::rate-limit', config: { key: 'open311-lookup', limits: () => rateLimits().lookup } };
const intakeLimit = {
  name: 'global::rate-limit',
  config: { key: 'open311-intake', limits: () => rateLimits().intake, subject: open311PostSubject },
};

const lookup = (path: string, handler: string) =>
  (['json', 'xml'] as const).map((f) => ({
    method: 'GET',
    path: `/open311/v2/${path}.${f}`,
    handler: `open311.${handler}`,
    config: { ...open, middlewares: [lookupLimit] },
  }));

export default {
  routes: [
    ...lookup('discovery', 'discovery'),
    ...lookup('services', 'services'),
    ...lookup('services/:service_code', 'service'),
    ...lookup('requests', 'requests'),
    ...lookup('requests/:service_request_id', 'request'),
    ...(['json', 'xml'] as const).map((f) => ({
      method: 'POST',
      path: `/open311/v2/requests.${f}`,
      handler: 'open311.createRequest',
      config: { ...open, middlewares: [intakeLimit] },
    })),
  ],
};
