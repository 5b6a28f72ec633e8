import { rateLimits } from '../../../lib/complaints/config';

/**
 * Data-subject requests (PDPA). A citizen asks with their complaint's tracking code and contact (no
 * login; limited per address like complaint intake); a volunteer asks for themself. The privacy
 * officer handles them in the admin panel (src/lib/privacy/requests/admin-routes.ts).
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/data-subject-requests',
      handler: 'data-subject-request.citizen',
      config: {
        auth: false,
        middlewares: [{ name: 'global::rate-limit', config: { key: 'public-dsr', limits: () => rateLimits().intake } }],
      },
    },
    { method: 'POST', path: '/data-subject-requests/mine', handler: 'data-subject-request.mine' },
  ],
};
