import { rateLimits } from '../../../lib/complaints/config';

/** Citizens' complaint API: no login; rate-limited per client address. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/public/complaints',
      handler: 'public-complaint.create',
      config: {
        auth: false,
        middlewares: [{ name: 'global::rate-limit', config: { key: 'public-intake', limits: () => rateLimits().intake } }],
      },
    },
    {
      method: 'GET',
      path: '/public/complaints/:trackingCode',
      handler: 'public-complaint.track',
      config: {
        auth: false,
        middlewares: [{ name: 'global::rate-limit', config: { key: 'public-lookup', limits: () => rateLimits().lookup } }],
      },
    },
    // what the complainant does after resolution, with the tracking code alone (limited like the look-ups)
    ...['rating', 'reopen'].map((action) => ({
      method: 'POST',
      path: `/public/complaints/:trackingCode/${action}`,
      handler: `public-complaint.${action === 'rating' ? 'rate' : 'reopen'}`,
      config: {
        auth: false,
        middlewares: [{ name: 'global::rate-limit', config: { key: 'public-feedback', limits: () => rateLimits().lookup } }],
      },
    })),
  ],
};
