import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type materialService from '../services/training-material';
import { errors } from '@strapi/utils';
import { MATERIAL_UID } from '../../../lib/training/constants';
import { parseSearchQuery } from '../../../lib/training/search';
import { titleSortOf } from '../../../lib/training/thai-order';
import { leanMaterialPage } from '../../../lib/training/list';
import { lawAtHand, provisionsOfComplaint, provisionsOfFinding } from '../../../lib/training/law-at-hand';
import { requestData } from '../../../lib/platform/validation';
import { actorOf, withinScope } from '../../../lib/platform/actor';

import { type CoreMethods, scopedReads } from '../../../lib/platform/scoped-controller';

type MaterialService = ReturnType<typeof materialService>;

/** Strapi's pagination parameters (page/pageSize or start/limit), as its core find reads them. */
function pagingOf(query: Record<string, unknown>, max: number) {
  const p = (query.pagination ?? {}) as Record<string, unknown>;
  const int = (v: unknown, d: number) => (v === undefined || v === null || v === '' ? d : Math.max(0, Math.trunc(Number(v)) || 0));
  const withCount = p.withCount === undefined ? true : String(p.withCount) !== 'false';
  if (p.start !== undefined || p.limit !== undefined) {
    const limit = Math.min(Math.max(1, int(p.limit, 25)), max);
    return { start: int(p.start, 0), limit, page: undefined, pageSize: undefined, withCount };
  }
  const page = Math.max(1, int(p.page, 1));
  const pageSize = Math.min(Math.max(1, int(p.pageSize, 25)), max);
  return { start: (page - 1) * pageSize, limit: pageSize, page, pageSize, withCount };
}

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
    lean: async ({ query, scope }) =>
      leanMaterialPage(strapi, query, scope, await service().resolveLocale(typeof query.locale === 'string' ? query.locale : undefined)),
  });

  return {
    async find(this: CoreMethods, ctx: Context) {
      const locale = await localeParam(ctx);
      const dir = titleSortOf(ctx.query?.sort);
      if (!dir) return reads.find.call(this, ctx);
      // By title: Thai dictionary order over the whole filtered set, then the page (thai-order.ts)
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const actor = await actorOf(strapi, ctx);
      const filters = withinScope(actor.userId === undefined ? { isPublic: { $eq: true } } : {}, query.filters);
      const { start, limit, page, pageSize, withCount } = pagingOf(query, maxLimit());
      const base = { filters, status: 'published' as const, locale: await service().resolveLocale(locale) };
      const { ids, total } = await service().titleOrder(base, dir, { start, limit });
      const found = ids.length
        ? await strapi.documents(MATERIAL_UID).findMany({
            ...query,
            ...base,
            sort: undefined,
            start: undefined,
            limit: undefined,
            pagination: undefined,
            filters: { documentId: { $in: ids } },
          } as Parameters<ReturnType<typeof strapi.documents<typeof MATERIAL_UID>>['findMany']>[0])
        : [];
      const rows = ids.flatMap((id: string) => found.filter((m) => m.documentId === id));
      const data = await this.sanitizeOutput(rows, ctx);
      const pagination =
        page === undefined
          ? { start, limit, ...(withCount ? { total } : {}) }
          : { page, pageSize, ...(withCount ? { pageCount: Math.ceil(total / pageSize!), total } : {}) };
      return this.transformResponse(data, { pagination });
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
        // the quiz to pass before acknowledging: prompts and choices, never which choice is right
        meta.quiz = await service().readerQuiz(material.documentId, material.locale ?? undefined);
        if (meta.quiz) meta.quizPassed = await service().passedQuiz(who.id, material.documentId, material.version);
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

    /** POST /api/training-materials/:id/quiz-attempts?locale= — `{ answers: [[choice, …], …] }`, graded here. */
    async attemptQuiz(ctx: Context) {
      const who = caller(ctx)!; // the route's policy requires a login
      const locale = await localeParam(ctx);
      const outcome = await service().attemptQuiz(who, String(ctx.params.id), requestData(ctx), { locale });
      if (!outcome) throw new errors.NotFoundError('training material not found');
      ctx.status = 201;
      ctx.body = {
        data: {
          documentId: outcome.material.documentId,
          version: outcome.material.version,
          ...outcome.grade,
          passPercent: outcome.passPercent,
          submittedAt: outcome.submittedAt,
        },
      };
    },

    /** GET /api/complaints/:id/law-at-hand?locale= — the complaint is one the caller may see (route policy). */
    async lawForComplaint(ctx: Context) {
      const locale = await service().resolveLocale(await localeParam(ctx));
      const { source, documentIds } = await provisionsOfComplaint(strapi, String(ctx.params.id));
      const law = await lawAtHand(strapi, documentIds, locale, await service().resolveLocale(undefined));
      return { data: { ...source, ...law }, meta: { locale } };
    },

    /** GET /api/inspection-findings/:id/law-at-hand?locale= — the finding is one the caller may see (route policy). */
    async lawForFinding(ctx: Context) {
      const locale = await service().resolveLocale(await localeParam(ctx));
      const { source, documentIds } = await provisionsOfFinding(strapi, String(ctx.params.id));
      const law = await lawAtHand(strapi, documentIds, locale, await service().resolveLocale(undefined));
      return { data: { ...source, ...law }, meta: { locale } };
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
