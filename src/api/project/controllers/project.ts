import { factories } from '@strapi/strapi';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { PROJECT_UID as UID } from '../../../lib/reporting/model';

/** find/findOne limited to the agency officer's own agencies (others: 404). */
export default factories.createCoreController(UID, ({ strapi }) => ({
  ...scopedReads(strapi, UID, { scope: (actor) => scopeFor(strapi, UID, actor), notFound: 'project not found' }),
}));
