import type { Core } from '@strapi/strapi';

/** A new timeline entry as its hooks see it. */
export interface NewTimelineEntry {
  documentId: string;
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  visibility?: string | null;
  note?: string | null;
  occurredAt?: Date | string | null;
}

/** The entry's complaint as its writer knows it, so that a hook need not read it back. */
export interface TimelineComplaint {
  documentId: string;
  state: string;
  traffyTicketId?: string | null;
}

type Hook = (entry: NewTimelineEntry, complaint: TimelineComplaint) => Promise<unknown>;

const hooks = new WeakMap<Core.Strapi, Hook[]>();

/**
 * What other domains do when a complaint's timeline gets an entry that was written without the document
 * service (the lean intake), where their document-service middlewares do not see it: the outbound
 * webhooks, Traffy. Run in the writer's transaction, so a rolled-back step queues nothing.
 */
export function onTimelineEntry(strapi: Core.Strapi, hook: Hook) {
  const list = hooks.get(strapi) ?? [];
  list.push(hook);
  hooks.set(strapi, list);
}

export async function runTimelineEntryHooks(strapi: Core.Strapi, entry: NewTimelineEntry, complaint: TimelineComplaint) {
  for (const hook of hooks.get(strapi) ?? []) await hook(entry, complaint);
}
