/**
 * Custom routes of training materials. This file's name sorts before the core router's, so
 * `/training-materials/search` is matched here rather than as `/training-materials/:id`.
 */
export default {
  routes: [
    { method: 'GET', path: '/training-materials/search', handler: 'training-material.search', config: {} },
    {
      method: 'GET',
      path: '/training-materials/my-required',
      handler: 'training-material.myRequired',
      config: { policies: ['global::logged-in'] },
    },
    {
      method: 'POST',
      path: '/training-materials/:id/acknowledge',
      handler: 'training-material.acknowledge',
      config: { policies: ['global::logged-in'] },
    },
  ],
};
