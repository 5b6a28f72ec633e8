import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertMove, FINDING_TRANSITIONS, FindingState } from '../../../lib/inspections/rules';
import type { UploadedFile } from '../../../lib/security/upload-rules';
import { asTrusted } from '../../../lib/platform/trusted-write';
import { FINDING_UID as UID } from '../../../lib/inspections/model';
import { conflict } from '../../../lib/platform/validation';
import {
  closureProblems,
  decideCommitment,
  decideExtension,
  proposeCommitment,
  requestExtension,
  type Commitment,
  type ExtensionRequest,
} from '../../../lib/inspections/commitments';

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

  /** Reads the finding's follow-up in the caller's transaction; 404 when absent, 409 when it is closed. */
  async function followUp(documentId: string) {
    const f = await strapi.db.query(UID).findOne({
      where: { documentId },
      select: ['state', 'dueAt'],
      populate: { commitments: true, extensionRequests: true, responseAttachments: { select: ['id'] } },
    });
    if (!f) throw new errors.NotFoundError('Finding not found');
    if (f.state === 'accepted') throw conflict('state: the finding is closed (its fix was verified)', { field: 'state' });
    return f as {
      state: FindingState;
      dueAt: string;
      commitments: Commitment[];
      extensionRequests: ExtensionRequest[];
      responseAttachments: unknown[];
    };
  }
  /** Trusted: the follow-up fields are the routes' own, which REST edits and the panel may not write. */
  const write = (documentId: string, data: Record<string, unknown>) =>
    asTrusted(() => strapi.documents(UID).update({ documentId, data: data as FindingData }));

  return {
    /** The agency proposes a commitment (action, owner, date): a new version, pending the inspector's acceptance. */
    async proposeCommitment(documentId: string, input: { action: string; owner: string; dueDate: string }) {
      return strapi.db.transaction(async () => {
        const f = await followUp(documentId);
        return write(documentId, { commitments: proposeCommitment(f.commitments, input, new Date()) });
      });
    },

    /** The inspector accepts or rejects the pending commitment version. */
    async decideCommitment(documentId: string, outcome: 'accepted' | 'rejected', comment?: string) {
      return strapi.db.transaction(async () => {
        const f = await followUp(documentId);
        return write(documentId, { commitments: decideCommitment(f.commitments, outcome, comment, new Date()) });
      });
    },

    /** The agency asks to move the due date; nothing moves until the inspector approves. */
    async requestExtension(documentId: string, input: { requestedDueAt: Date; reason: string }) {
      return strapi.db.transaction(async () => {
        const f = await followUp(documentId);
        return write(documentId, { extensionRequests: requestExtension(f.extensionRequests, f.dueAt, input, new Date()) });
      });
    },

    /**
     * The inspector approves (the due date becomes the requested one: the chase counts from it) or refuses
     * the pending extension request.
     */
    async decideExtension(documentId: string, outcome: 'approved' | 'refused', comment?: string) {
      return strapi.db.transaction(async () => {
        const f = await followUp(documentId);
        const { list, dueAt } = decideExtension(f.extensionRequests, outcome, comment, new Date());
        return write(documentId, { extensionRequests: list, ...(dueAt ? { dueAt } : {}) });
      });
    },

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

    /**
     * Closes the finding: only a responded one whose fix is in evidence (attachments on the response) under an
     * accepted commitment, with the inspector's verification note (409 naming what is missing).
     */
    async accept(documentId: string, comment?: unknown) {
      return strapi.db.transaction(async () => {
        const f = await strapi.db.query(UID).findOne({
          where: { documentId },
          select: ['state'],
          populate: { commitments: true, responseAttachments: { select: ['id'] } },
        });
        if (!f) throw new errors.NotFoundError('Finding not found');
        if (f.state === 'responded') {
          const problems = closureProblems(f);
          if (problems.length) {
            throw conflict(`a finding closes only when its fix is verified: ${problems.join('; ')}`, {
              field: problems[0].split(':')[0],
              problems,
            });
          }
        }
        return move(documentId, 'accepted', { acceptedAt: new Date(), ...(typeof comment === 'string' ? { reviewComment: comment } : {}) });
      });
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
