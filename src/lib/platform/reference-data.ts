import type { Core } from '@strapi/strapi';
import type { DocumentInput } from './model';
import provinces from '../../seed/provinces.json';
import agencies from '../../seed/agencies.json';
import complaintCategories from '../../seed/complaint-categories.json';

type Region = 'north' | 'northeast' | 'central' | 'east' | 'west' | 'south';

/** Inserts the rows whose `code` is missing; existing rows (and an administrator's edits) stay. */
async function insertMissingByCode(
  strapi: Core.Strapi,
  uid: 'api::province.province' | 'api::agency.agency' | 'api::complaint-category.complaint-category',
  rows: Array<{ code: string } & Record<string, unknown>>,
): Promise<number> {
  const existing = await strapi.db.query(uid).findMany({ select: ['code'] });
  const have = new Set(existing.map((r: { code: string }) => r.code));
  let created = 0;
  for (const row of rows) {
    if (have.has(row.code)) continue;
    await strapi.documents(uid).create({ data: row as DocumentInput<typeof uid> });
    created++;
  }
  return created;
}

export async function seedReferenceData(strapi: Core.Strapi) {
  const provinceRows = (provinces as [string, string, string, Region][]).map(([code, nameTh, nameEn, region]) => ({
    code,
    nameTh,
    nameEn,
    region,
    industryOfficeEmail: `pio-${code.slice(3)}@demo.mind-desk.local`,
  }));
  const result = {
    provinces: await insertMissingByCode(strapi, 'api::province.province', provinceRows),
    agencies: await insertMissingByCode(strapi, 'api::agency.agency', agencies),
    complaintCategories: 0,
    slaPolicy: 0,
  };
  const agencyIds = new Map(
    (await strapi.db.query('api::agency.agency').findMany({ select: ['code', 'documentId'] })).map(
      (a: { code: string; documentId: string }) => [a.code, a.documentId],
    ),
  );
  result.complaintCategories = await insertMissingByCode(
    strapi,
    'api::complaint-category.complaint-category',
    complaintCategories.map((c) => ({ ...c, agency: agencyIds.get(c.agency) ?? null, active: true })),
  );
  // The SLA policy starts with its schema defaults; an administrator's later edits are kept.
  if (!(await strapi.documents('api::sla-policy.sla-policy').findFirst())) {
    await strapi.documents('api::sla-policy.sla-policy').create({ data: {} as DocumentInput<'api::sla-policy.sla-policy'> });
    result.slaPolicy = 1;
  }
  return result;
}
