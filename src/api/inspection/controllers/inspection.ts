import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CoreMethods } from '../../../lib/platform/scoped-controller';
import type inspectionService from '../services/inspection';
import { fieldErrors, requestData } from '../../../lib/platform/validation';
import { toCsv } from '../../../lib/platform/csv';
import * as validation from '../validation';
import { FINDING_STATES, SEVERITIES } from '../../../lib/inspections/rules';
import { INSPECTION_UID as UID } from '../../../lib/inspections/model';

const dataOf = requestData;

type InspectionService = ReturnType<typeof inspectionService>;

function roundParams(ctx: Context) {
  const fiscalYear = Number(ctx.params.fiscalYear);
  const round = Number(ctx.params.round);
  const problems = [];
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700)
    problems.push({ path: ['fiscalYear'], message: 'must be a Buddhist-era year such as 2569' });
  if (!Number.isInteger(round) || round < 1 || round > 4) problems.push({ path: ['round'], message: 'must be 1 to 4' });
  if (problems.length) throw fieldErrors(problems);
  return { fiscalYear, round };
}

/**
 * `inspectors` are users-permissions users, which the content API does not let callers reference;
 * the controller takes them out of the body (their shape checked by ../validation), checks they are
 * inspectors, and links them itself.
 */
async function takeInspectors(strapi: Core.Strapi, ctx: Context): Promise<number[] | undefined> {
  const data = dataOf(ctx);
  if (data.inspectors === undefined) return undefined;
  const ids = data.inspectors as number[];
  delete data.inspectors;
  const found = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { id: { $in: ids }, role: { type: 'inspector' } },
    select: ['id'],
  });
  if (found.length !== new Set(ids).size)
    throw fieldErrors([{ path: ['inspectors'], message: 'every id must be a user with the inspector role' }]);
  return ids;
}

export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    await validation.creation(dataOf(ctx));
    const inspectors = await takeInspectors(strapi, ctx);
    return strapi.db.transaction(async () => {
      const res: { data: { documentId: string } } = await super.create(ctx);
      if (inspectors) await strapi.documents(UID).update({ documentId: res.data.documentId, data: { inspectors } });
      return res;
    });
  },

  async update(ctx: Context) {
    await validation.edit(dataOf(ctx));
    const inspectors = await takeInspectors(strapi, ctx);
    return strapi.db.transaction(async () => {
      if (inspectors) await strapi.documents(UID).update({ documentId: ctx.params.id, data: { inspectors } });
      return super.update(ctx);
    });
  },

  async transition(this: CoreMethods, ctx: Context) {
    const updated = await (strapi.service(UID) as InspectionService).transition(ctx.params.id, dataOf(ctx).state);
    return this.transformResponse(await this.sanitizeOutput(updated, ctx));
  },

  async summary(ctx: Context) {
    const { fiscalYear, round } = roundParams(ctx);
    ctx.body = { data: await (strapi.service(UID) as InspectionService).roundSummary(fiscalYear, round) };
  },

  async summaryCsv(ctx: Context) {
    const { fiscalYear, round } = roundParams(ctx);
    const s = await (strapi.service(UID) as InspectionService).roundSummary(fiscalYear, round);
    const header = [
      'รหัสหน่วยงาน / Agency code',
      'หน่วยงาน / Agency',
      'Agency (English)',
      'ทั้งหมด / Total',
      'เกินกำหนด / Overdue',
      ...FINDING_STATES,
      ...SEVERITIES,
    ];
    const rows = s.perAgency.map((a) => [
      a.code,
      a.nameTh,
      a.nameEn,
      a.total,
      a.overdue,
      ...FINDING_STATES.map((k) => a[k]),
      ...SEVERITIES.map((k) => a[k]),
    ]);
    rows.push([
      '',
      'รวม / All',
      'All',
      s.total,
      s.overdue,
      ...FINDING_STATES.map((k) => s.byState[k]),
      ...SEVERITIES.map((k) => s.bySeverity[k]),
    ]);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="inspection-summary-${fiscalYear}-R${round}.csv"`);
    ctx.body = toCsv(header, rows);
  },
}));
