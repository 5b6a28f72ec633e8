import type { DomainManifest } from '../platform/manifest';
import { registerRelationScope } from './relation-scope';

/** Protections that span the domains: the audit trail's list view, row scope through relations (the PDPA purge is src/lib/privacy/retention). */
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
  register: registerRelationScope,
};
