import { rateLimits } from '../../../lib/complaints/config';

/** Open311 GeoReport v2 (JSON), for the city apps and platforms that speak it. */
const open = { auth: false } as const;
const intakeLimit = { name: 'global::rate-limit', config: { key: 'open311-intake', limits: () => rateLimits().intake } };
const lookupLimit = { name: 'global::rate-limit', config: { key: 'open311-lookup', limits: () => rateLimits().lookup } };

export default {
  routes: [
    { method: 'GET', path: '/open311/v2/services.json', handler: 'open311.services', config: { ...open, middlewares: [lookupLimit] } },
    {
      method: 'GET',
      path: '/open311/v2/services/:service_code.json',
      handler: 'open311.service',
      config: { ...open, middlewares: [lookupLimit] },
    },
    { method: 'GET', path: '/open311/v2/requests.json', handler: 'open311.requests', config: { ...open, middlewares: [lookupLimit] } },
    {
      method: 'POST',
      path: '/open311/v2/requests.json',
      handler: 'open311.createRequest',
      config: { ...open, middlewares: [intakeLimit] },
    },
    {
      method: 'GET',
      path: '/open311/v2/requests/:service_request_id.json',
      handler: 'open311.request',
      config: { ...open, middlewares: [lookupLimit] },
    },
  ],
};
