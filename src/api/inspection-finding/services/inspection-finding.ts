import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertMove, FINDING_TRANSITIONS, FindingState } from '../../../lib/inspections/rules';
import type { UploadedFile } from '../../../lib/security/upload-rules';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { FINDING_UID as UID } from '../../../lib/inspections/model';

type FindingData = Modules.Documents.ServiceParams<typeof UID>['update']['data'];

export default factories.createCoreService(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  async function move(documentId: string, to: FindingState, data: Record<string, unknown>) {
    return strapi.db.transaction(async () => {
      const current = await strapi.documents(UID).findOne({ documentId, fields: ['state'] });
      if (!current) throw new errors.NotFoundError('Finding not found');
      assertMove('finding', FINDING_TRANSITIONS, current.state as FindingState, to);
      return strapi.documents(UID).update({ documentId, data: { ...data, state: to } as FindingData });
    });
  }

  return {
    /**
     * The responsible agency answers (text and attachments); owed again after a re-open. The one writer of the
     * agency's answer: trusted, past the inspections guard that refuses it to everyone else.
     */
    async respond(documentId: string, input: { response: string; files: UploadedFile[]; userId: number }) {
      const uploaded: Array<{ id: number }> = input.files.length
        ? await strapi.plugin('upload').service('upload').upload({ data: {}, files: input.files })
        : [];
      try {
        return await asTrusted(() =>
          move(documentId, 'responded', {
            agencyResponse: input.response,
            respondedAt: new Date(),
            respondedBy: input.userId,
            ...(uploaded.length ? { responseAttachments: uploaded.map((f) => f.id) } : {}),
          }),
        );
      } catch (err) {
        for (const f of uploaded)
          await strapi
            .plugin('upload')
            .service('upload')
            .remove(f)
            .catch(() => undefined);
        throw err;
      }
    },

    async accept(documentId: string, comment?: unknown) {
      return move(documentId, 'accepted', { acceptedAt: new Date(), ...(typeof comment === 'string' ? { reviewComment: comment } : {}) });
    },

    /**
     * Sends the finding back to the agency, optionally with a new due date: a new obligation, chased afresh
     * (the inspections guard counts the re-open and clears the escalation stamp).
     */
    async reopen(documentId: string, input: { comment: string; dueAt?: Date }) {
      const data: Record<string, unknown> = { reviewComment: input.comment };
      if (input.dueAt !== undefined) data.dueAt = input.dueAt;
      return move(documentId, 'reopened', data);
    },
  };
});
