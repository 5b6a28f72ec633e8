import { factories } from '@strapi/strapi';

const populate = ['api::complaint.default-populate'];

export default factories.createCoreRouter('api::complaint.complaint', {
  only: ['find', 'findOne', 'create', 'update'],
  config: {
    find: { middlewares: populate },
    findOne: { middlewares: populate },
    create: { middlewares: populate },
    update: {
      policies: [{ name: 'global::visible', config: { uid: 'api::complaint.complaint', notFound: 'Complaint not found' } }],
      middlewares: populate,
    },
  },
});
