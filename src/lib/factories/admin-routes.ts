import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { mayReadAll } from '../platform/admin-ability';
import { validate } from '../platform/validation';
import { COMPLAINT_UID } from '../complaints/model';
import { FINDING_UID, INSPECTION_UID } from '../inspections/model';
import { FACTORY_UID } from './model';
import { factoryHistory, repeatSources } from './history';
import { importFactories } from './import';

type Context = Parameters<Core.ControllerHandler>[0];
/** The administrator's CASL ability, as the admin's authentication leaves it on `ctx.state.userAbility`. */
interface Ability {
  can(action: string, subject: string): boolean;
}
const CM = 'plugin::content-manager.explorer';

/** Largest import body: the CSV text, sent as JSON (koa-body's JSON limit is 1 MB; a few thousand rows). */
const importSchema = yup.object({ csv: yup.string().required('is required: the CSV file as text').max(1_000_000) });

const repeatSchema = yup.object({
  province: yup
    .string()
    .matches(/^TH-[0-9]{2}$/, 'must be a province code such as TH-21')
    .optional(),
  minCount: yup.number().typeError('must be a whole number').integer('must be a whole number').min(2).max(1000).default(3),
  days: yup.number().typeError('must be a whole number').integer('must be a whole number').min(1).max(3650).default(90),
});

const searchSchema = yup.object({
  q: yup.string().trim().max(100).default(''),
  province: yup
    .string()
    .matches(/^TH-[0-9]{2}$/, 'must be a province code such as TH-21')
    .optional(),
});

/**
 * Admin API of the factory registry (admin-panel login): the CSV import, the search the history page
 * picks a factory with, one factory's history and the repeat sources of a province. Reading needs an
 * unconditional Content Manager read of factories (403 otherwise); each part of a history (complaints,
 * inspections, findings) is there only for an administrator who may read every entry of that type;
 * importing needs create and update of factories. Registered in `register()` as the admin router `mind-factories`.
 */
export function registerFactoryAdminRoutes(strapi: Core.Strapi) {
  const admin = strapi.admin as unknown as { routes: Record<string, unknown> };
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const sectionsOf = (ability: Ability | undefined) => ({
    complaints: mayReadAll(ability, COMPLAINT_UID),
    inspections: mayReadAll(ability, INSPECTION_UID),
    findings: mayReadAll(ability, FINDING_UID),
  });
  const mayRead = (ctx: Context) => {
    if (mayReadAll(ctx.state.userAbility, FACTORY_UID)) return true;
    ctx.forbidden('reading factories is not allowed for this administrator');
    return false;
  };

  admin.routes['mind-factories'] = {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/factories/import',
        handler: async (ctx: Context) => {
          const ability = ctx.state.userAbility as Ability | undefined;
          if (!ability?.can(`${CM}.create`, FACTORY_UID) || !ability.can(`${CM}.update`, FACTORY_UID)) {
            return ctx.forbidden('importing factories is not allowed for this administrator');
          }
          const { csv } = await validate<{ csv: string }>(importSchema, ctx.request.body ?? {});
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: await importFactories(strapi, csv) };
        },
        config,
      },
      {
        method: 'GET',
        path: '/factories/search',
        handler: async (ctx: Context) => {
          if (!mayRead(ctx)) return;
          const { q, province } = await validate<{ q: string; province?: string }>(searchSchema, ctx.query ?? {}, 'query');
          const where: Record<string, unknown>[] = [];
          if (q)
            where.push({
              $or: [{ registrationNumber: { $containsi: q } }, { nameTh: { $containsi: q } }, { district: { $containsi: q } }],
            });
          if (province) where.push({ province: { code: province } });
          const rows = await strapi.db.query(FACTORY_UID).findMany({
            where: { $and: where },
            select: ['documentId', 'registrationNumber', 'nameTh', 'district', 'state'],
            populate: { province: { select: ['code', 'nameTh'] } },
            orderBy: [{ nameTh: 'asc' }, { id: 'asc' }],
            limit: 25,
          });
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: rows.map(({ id: _id, ...r }: { id: number }) => r) };
        },
        config,
      },
      {
        method: 'GET',
        path: '/factories/repeat-sources',
        handler: async (ctx: Context) => {
          if (!mayRead(ctx)) return;
          const sections = sectionsOf(ctx.state.userAbility);
          if (!sections.complaints && !sections.findings) {
            return ctx.forbidden('reading complaints or findings is not allowed for this administrator');
          }
          const q = await validate<{ province?: string; minCount: number; days: number }>(repeatSchema, ctx.query ?? {}, 'query');
          const result = await repeatSources(strapi, q, sections);
          if (!result) return ctx.notFound('province not found');
          ctx.set('Cache-Control', 'no-store');
          ctx.body = {
            data: result.results,
            meta: { ...q, since: result.since, counted: { complaints: sections.complaints, findings: sections.findings } },
          };
        },
        config,
      },
      {
        method: 'GET',
        path: '/factories/:id/history',
        handler: async (ctx: Context) => {
          if (!mayRead(ctx)) return;
          const history = await factoryHistory(strapi, String(ctx.params.id), sectionsOf(ctx.state.userAbility));
          if (!history) return ctx.notFound('factory not found');
          const { id: _id, ...factory } = history.factory as { id: number };
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: { ...history, factory } };
        },
        config,
      },
    ],
  };
}
