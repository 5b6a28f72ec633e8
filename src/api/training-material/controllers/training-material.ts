import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type materialService from '../services/training-material';
import { errors } from '@strapi/utils';
import { MATERIAL_UID } from '../../../lib/training/constants';
import { parseSearchQuery } from '../../../lib/training/search';

import { type CoreMethods, scopedReads } from '../../../lib/platform/scoped-controller';

type MaterialService = ReturnType<typeof materialService>;

/**
 * Training materials for the content API. Only published materials are ever returned (a `status`
 * query parameter is overridden), and callers without login see only materials marked public.
 */
export default factories.createCoreController(MATERIAL_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(MATERIAL_UID) as MaterialService;
  const maxLimit = (): number => strapi.config.get('api.rest.maxLimit', 100);
  /** The `locale` query parameter, validated (400 naming `locale`); undefined when absent. */
  const localeParam = async (ctx: Context): Promise<string | undefined> => {
    const value = ctx.query?.locale;
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      throw new errors.ValidationError('locale: must be given once, as text', {
        errors: [{ path: ['locale'], message: 'must be given once, as text', name: 'ValidationError' }],
      });
    }
    return service().resolveLocale(value);
  };
  const caller = (ctx: Context) => {
    const user = ctx.state.user as { id: number; role?: { id: number } } | undefined;
    return user ? { id: user.id, roleId: user.role?.id } : null;
  };

  const reads = scopedReads(strapi, MATERIAL_UID, {
    // without login, only the materials marked public
    scope: async (actor) => (actor.userId === undefined ? { isPublic: { $eq: true } } : {}),
    notFound: 'training material not found',
    fixed: { status: 'published' },
  });

  return {
    async find(this: CoreMethods, ctx: Context) {
      await localeParam(ctx);
      return reads.find.call(this, ctx);
    },

    async findOne(this: CoreMethods, ctx: Context) {
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const who = caller(ctx);
      const locale = await localeParam(ctx);
      const find = (l: string | undefined) =>
        service().findPublished(String(ctx.params.id), { locale: l, publicOnly: !who, populate: query.populate });
      // A material not (yet) translated is shown in the default locale (Thai); `locale` in the answer says which.
      const material = (await find(locale)) ?? (locale ? await find(undefined) : null);
      if (!material) throw new errors.NotFoundError('training material not found');
      const sanitized = await this.sanitizeOutput(material, ctx);
      const meta: Record<string, unknown> = {};
      if (who) {
        const ack = await service().acknowledgementOf(who.id, material.documentId, material.version);
        meta.acknowledgement = ack ? { version: ack.version, acknowledgedAt: ack.acknowledgedAt } : null;
      }
      return this.transformResponse(sanitized, meta);
    },

    /** GET /api/training-materials/search?q=&kind=&topic=&fund=&locale=&sort=&page=&pageSize= */
    async search(ctx: Context) {
      const params = parseSearchQuery(ctx.query ?? {}, { requireQ: true, maxPageSize: maxLimit() });
      const { results, pagination, locale } = await service().search(params, { publicOnly: !caller(ctx) });
      return { data: results, meta: { pagination, locale, q: params.q, terms: params.terms } };
    },

    /** GET /api/training-materials/my-required?locale= */
    async myRequired(ctx: Context) {
      const who = caller(ctx)!; // the route's policy requires a login
      const locale = await localeParam(ctx);
      const { results, locale: resolved, requiredTotal } = await service().myRequired(who, { locale });
      return { data: results, meta: { total: results.length, requiredTotal, locale: resolved } };
    },

    /** POST /api/training-materials/:id/acknowledge — idempotent per (user, material, version). */
    async acknowledge(ctx: Context) {
      const who = caller(ctx)!; // the route's policy requires a login
      const outcome = await service().acknowledge(who, String(ctx.params.id));
      if (!outcome) throw new errors.NotFoundError('training material not found');
      ctx.status = outcome.created ? 201 : 200;
      ctx.body = {
        data: {
          documentId: outcome.material.documentId,
          version: outcome.acknowledgement.version,
          acknowledgedAt: outcome.acknowledgement.acknowledgedAt,
        },
        meta: { created: outcome.created },
      };
    },
  };
});
