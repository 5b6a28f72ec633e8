import type { DomainManifest } from '../platform/manifest';
import purgePersonalData from './jobs/purge-personal-data';
import { registerRelationScope } from './relation-scope';

/** Protections that span the domains: the audit trail's list view, the PDPA purge, row scope through relations. */
export const securityManifest: DomainManifest = {
  name: 'security',
  apis: ['audit-entry'],
  listViews: {
    'api::audit-entry.audit-entry': {
      columns: ['occurredAt', 'action', 'actorLabel', 'actorRole', 'targetType', 'targetLabel'],
      sortBy: 'occurredAt',
      sortOrder: 'DESC',
      mainField: 'action',
    },
  },
  jobs: [purgePersonalData],
  register: registerRelationScope,
};
