import type { DomainManifest } from '../platform/manifest';
import { registerFactoryAdminRoutes } from './admin-routes';
import { loadFactoriesDemo } from './demo';
import { registerFactoryGuard } from './guard';
import { FACTORY_UID } from './model';

const readRegistry = ['api::factory.factory.find', 'api::factory.factory.findOne'];

/**
 * The factory registry (Department of Industrial Works). The registry is public information (DIW
 * publishes it): citizens and staff read it through the content API, without the operator's name,
 * which may be a natural person's (personal data, `private`). Complaints, inspections and findings
 * link to a factory; the factory links to nothing row-scoped, so it is no door into complaints.
 */
export const factoriesManifest: DomainManifest = {
  name: 'factories',
  apis: ['factory'],
  permissions: {
    public: readRegistry,
    'complaint-officer': [...readRegistry, 'api::factory.factory.suggestions', 'api::factory.factory.link'],
    'response-team-member': readRegistry,
    inspector: readRegistry,
  },
  register: (strapi) => {
    registerFactoryGuard(strapi);
    registerFactoryAdminRoutes(strapi);
  },
  demo: loadFactoriesDemo,
  listViews: {
    [FACTORY_UID]: {
      columns: ['registrationNumber', 'nameTh', 'typeCode', 'factoryClass', 'province', 'state'],
      sortBy: 'registrationNumber',
      sortOrder: 'ASC',
      mainField: 'nameTh',
    },
  },
};
