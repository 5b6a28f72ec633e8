import type { Core } from '@strapi/strapi';
import { sanitize } from '@strapi/utils';

/**
 * Strapi's `entry.create` event (Settings → Webhooks) for an entry written without the document service:
 * after the transaction commits, as the document service sends it, but from what was written instead of
 * a read-back of the entry with every relation. Private attributes are taken out the same way.
 */
export async function emitEntryCreated(strapi: Core.Strapi, uid: string, entry: Record<string, unknown>) {
  const model = strapi.getModel(uid as never) as { modelName: string };
  const emit = async () => {
    try {
      const sanitized = await sanitize.sanitizers.defaultSanitizeOutput(
        { schema: model as never, getModel: (u: string) => strapi.getModel(u as never) },
        entry as never,
      );
      await strapi.eventHub.emit('entry.create', { model: model.modelName, uid, entry: sanitized });
    } catch (err) {
      strapi.log.error(`entry.create of ${uid}: ${(err as Error).message}`);
    }
  };
  await strapi.db.transaction(({ onCommit }) => onCommit(emit));
}
