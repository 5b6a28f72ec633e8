import type { Core } from '@strapi/strapi';
import provinces from '../seed/provinces.json';
import agencies from '../seed/agencies.json';

type Region = 'north' | 'northeast' | 'central' | 'east' | 'west' | 'south';

/** Inserts the rows whose `code` is missing; existing rows (and an administrator's edits) stay. */
async function insertMissingByCode(
  strapi: Core.Strapi,
  uid: 'api::province.province' | 'api::agency.agency',
  rows: Array<{ code: string } & Record<string, unknown>>,
): Promise<number> {
  const existing = await strapi.db.query(uid).findMany({ select: ['code'] });
  const have = new Set(existing.map((r: { code: string }) => r.code));
  let created = 0;
  for (const row of rows) {
    if (have.has(row.code)) continue;
    await strapi.documents(uid).create({ data: row as any });
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
  return {
    provinces: await insertMissingByCode(strapi, 'api::province.province', provinceRows),
    agencies: await insertMissingByCode(strapi, 'api::agency.agency', agencies),
  };
}
