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

    async accept(this: CoreMethods, ctx: Context) {
      const updated = await (strapi.service(UID) as FindingService).accept(ctx.params.id, dataOf(ctx).comment);
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },

    async reopen(this: CoreMethods, ctx: Context) {
      const { comment, dueAt } = await validation.reopening(dataOf(ctx));
      const updated = await (strapi.service(UID) as FindingService).reopen(ctx.params.id, { comment, dueAt });
      return this.transformResponse(await this.sanitizeOutput(updated, ctx));
    },
  };
});
