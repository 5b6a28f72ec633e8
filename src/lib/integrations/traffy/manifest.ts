import type { DomainManifest } from '../../platform/manifest';
import { registerTraffyChannel } from './client';
import { traffyConfig } from './config';
import { DEFAULT_STATUS_ROWS } from './mapping';
import { MAPPING_UID } from './model';
import { pushTimelineEntry, traffyOutboundMiddleware } from './outbound';
import { onTimelineEntry } from '../../complaints/timeline-hooks';

/**
 * The Traffy Fondue (แจ้งอุต) bridge, both ways (docs/traffy.md): webhooks in (src/api/traffy), the
 * complaint workflow's public steps out through the HTTP queue, the administrator's mapping table and
 * the record of every event. Off unless TRAFFY_ENABLED=true (config.ts).
 */
export const traffyManifest: DomainManifest = {
  name: 'traffy',
  apis: ['traffy', 'integration-mapping', 'traffy-event'],
  permissions: { 'complaint-officer': ['api::traffy.traffy.forward'] },
  listViews: {
    'api::integration-mapping.integration-mapping': {
      columns: ['kind', 'traffyName', 'traffyId', 'category', 'state', 'outbound', 'active'],
      sortBy: 'kind',
      sortOrder: 'ASC',
      mainField: 'traffyName',
    },
    'api::traffy-event.traffy-event': {
      columns: ['occurredAt', 'direction', 'kind', 'ticketId', 'outcome'],
      sortBy: 'occurredAt',
      sortOrder: 'DESC',
      mainField: 'eventKey',
    },
  },
  register: (strapi) => {
    const settings = traffyConfig();
    if (!settings.enabled) return;
    registerTraffyChannel(strapi, settings);
    strapi.documents.use(traffyOutboundMiddleware(strapi, settings) as Parameters<typeof strapi.documents.use>[0]);
    onTimelineEntry(strapi, (entry, complaint) => pushTimelineEntry(strapi, settings, entry, complaint.documentId, complaint));
  },
  setup: async (strapi) => {
    // each webhook finds its complaint by ticket and its echo by fingerprint; again after every schema
    // sync, which drops indexes the schemas do not declare (IF NOT EXISTS: SQLite and PostgreSQL)
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS complaints_traffy_ticket_idx ON complaints (traffy_ticket_id)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS traffy_events_fingerprint_idx ON traffy_events (fingerprint)');
    // the status rows to start from, once (an administrator's edits and deletions stay)
    if (await strapi.db.query(MAPPING_UID).count({ where: { system: 'traffy', kind: 'status' } })) return;
    for (const row of DEFAULT_STATUS_ROWS) {
      await strapi.db.query(MAPPING_UID).create({ data: { system: 'traffy', kind: 'status', active: true, ...row } });
    }
  },
};
