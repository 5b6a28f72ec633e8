import { factories } from '@strapi/strapi';
import { type CoreMethods, agencyScope, projectScopeFilter, withFilter } from '../../../lib/reporting/access';

const UID = 'api::project.project';

/** find/findOne limited to the agency officer's own agencies (others: 404). */
export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(this: CoreMethods, ctx: any) {
    const scope = projectScopeFilter(await agencyScope(strapi, ctx.state.user));
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const { results, pagination } = await strapi.service(UID).find({ ...query, filters: withFilter(query.filters, scope) });
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async findOne(this: CoreMethods, ctx: any) {
    const scope = projectScopeFilter(await agencyScope(strapi, ctx.state.user));
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const doc = await strapi.documents(UID).findFirst({
      ...query,
      filters: withFilter({ documentId: ctx.params.id }, scope),
    });
    if (!doc) return ctx.notFound('project not found');
    return this.transformResponse(await this.sanitizeOutput(doc, ctx));
  },
}));
