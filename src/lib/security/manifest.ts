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
      labels: {
        occurredAt: 'เมื่อ / When',
        action: 'การกระทำ / Action',
        actorLabel: 'ผู้กระทำ / Actor',
        actorRole: 'บทบาท / Role',
        targetType: 'ประเภทเป้าหมาย / Target type',
        targetLabel: 'เป้าหมาย / Target',
        channel: 'ช่องทาง / Channel',
        ip: 'ที่อยู่ IP / IP address',
      },
    },
  },
  jobs: [purgePersonalData],
  register: registerRelationScope,
};
