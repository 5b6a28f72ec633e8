import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CoreMethods } from '../../../lib/platform/scoped-controller';
import type findingService from '../services/inspection-finding';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { requestData } from '../../../lib/platform/validation';
import * as validation from '../validation';
import { asFileList, validateAttachments } from '../../../lib/security/attachments';
import { attachmentLimits } from '../../../lib/complaints/config';
import { FINDING_UID as UID } from '../../../lib/inspections/model';

const dataOf = requestData;

type FindingService = ReturnType<typeof findingService>;

/**
 * Findings over REST. An agency reporting officer sees and answers only the findings whose responsible
 * agency is theirs (others are 404); inspectors see all, record findings, accept or re-open responses.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as FindingService;
  const answer = async (self: CoreMethods, ctx: Context, pending: Promise<unknown>) =>
    self.transformResponse(await self.sanitizeOutput(await pending, ctx));
  return {
    ...scopedReads(strapi, UID, { scope: (actor) => scopeFor(strapi, UID, actor), notFound: 'Finding not found' }),

    async create(ctx: Context) {
      await validation.creation(dataOf(ctx));
      return super.create(ctx);
    },

    async update(ctx: Context) {
      await validation.edit(dataOf(ctx));
      return super.update(ctx);
    },

    async respond(this: CoreMethods, ctx: Context) {
      const { response } = await validation.response(dataOf(ctx));
      const files = asFileList(ctx.request.files?.attachments);
      validateAttachments(files, attachmentLimits());
      const updated = await (strapi.service(UID) as FindingService).respond(ctx.params.id, { response, files, userId: ctx.state.user.id });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    /** Closure: the inspector's verification of the fix (a note is required; the service checks the evidence). */
    async accept(this: CoreMethods, ctx: Context) {
      const { comment } = await validation.decision(dataOf(ctx), true);
      return answer(this, ctx, service().accept(ctx.params.id, comment));
    },

    async proposeCommitment(this: CoreMethods, ctx: Context) {
      const input = await validation.commitment(dataOf(ctx));
      return answer(this, ctx, service().proposeCommitment(ctx.params.id, input));
    },

    async acceptCommitment(this: CoreMethods, ctx: Context) {
      const { comment } = await validation.decision(dataOf(ctx), false);
      return answer(this, ctx, service().decideCommitment(ctx.params.id, 'accepted', comment));
    },

    async rejectCommitment(this: CoreMethods, ctx: Context) {
      const { comment } = await validation.decision(dataOf(ctx), true);
      return answer(this, ctx, service().decideCommitment(ctx.params.id, 'rejected', comment));
    },

    async requestExtension(this: CoreMethods, ctx: Context) {
      const input = await validation.extension(dataOf(ctx));
      return answer(this, ctx, service().requestExtension(ctx.params.id, input));
    },

    async approveExtension(this: CoreMethods, ctx: Context) {
      const { comment } = await validation.decision(dataOf(ctx), false);
      return answer(this, ctx, service().decideExtension(ctx.params.id, 'approved', comment));
    },

    async refuseExtension(this: CoreMethods, ctx: Context) {
      const { comment } = await validation.decision(dataOf(ctx), true);
      return answer(this, ctx, service().decideExtension(ctx.params.id, 'refused', comment));
    },

    async reopen(this: CoreMethods, ctx: Context) {
      const { comment, dueAt } = await validation.reopening(dataOf(ctx));
      const updated = await (strapi.service(UID) as FindingService).reopen(ctx.params.id, { comment, dueAt });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
});
