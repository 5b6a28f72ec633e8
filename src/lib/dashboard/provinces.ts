import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID, OPEN_STATES } from '../complaints/model';
import { PROVINCE_UID, REGIONS, type Region } from '../platform/model';
import { breachedSql } from './complaints';
import { cmListUrl } from './cm-url';
import { knexOf, linkOf, num, tableOf } from '../platform/db-meta';

/**
 * Widget "open complaints by province": every province (so the grid by region is complete) with its
 * open complaints and how many of those are past a deadline; one query (open complaints grouped by province,
 * joined to every province), and one count of open complaints without a province.
 */

const REGION_LABELS: Record<Region, { th: string; en: string }> = {
  north: { th: 'ภาคเหนือ', en: 'North' },
  northeast: { th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeast' },
  central: { th: 'ภาคกลาง', en: 'Central' },
  east: { th: 'ภาคตะวันออก', en: 'East' },
  west: { th: 'ภาคตะวันตก', en: 'West' },
  south: { th: 'ภาคใต้', en: 'South' },
};

interface ProvinceRow {
  code: string;
  nameTh: string;
  nameEn: string;
  region: string;
  open: number | string;
  breached: number | string | null;
}

interface ProvinceCell {
  code: string;
  nameTh: string;
  nameEn: string;
  open: number;
  breached: number;
  url: string;
}

export interface ProvincesWidget {
  generatedAt: string;
  regions: { key: Region; th: string; en: string; open: number; provinces: ProvinceCell[] }[];
  totals: { open: number; breached: number; withoutProvince: number; provincesWithOpen: number; max: number };
  links: { open: string; withoutProvince: string };
}

const SORT = 'resolveDueAt:ASC';
const open = { state: { $in: OPEN_STATES } };

/** Pure: rows (one per province) to regions of provinces, in province-code order. */
function shapeProvinces(rows: ProvinceRow[], withoutProvince: number, now: Date): ProvincesWidget {
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  const regions = REGIONS.map((key) => {
    const provinces = sorted
      .filter((r) => r.region === key)
      .map((r) => ({
        code: r.code,
        nameTh: r.nameTh,
        nameEn: r.nameEn,
        open: num(r.open),
        breached: num(r.breached),
        url: cmListUrl(COMPLAINT_UID, [open, { province: { code: { $eq: r.code } } }], { sort: SORT }),
      }));
    return { key, ...REGION_LABELS[key], open: provinces.reduce((s, p) => s + p.open, 0), provinces };
  });
  const all = regions.flatMap((r) => r.provinces);
  return {
    generatedAt: now.toISOString(),
    regions,
    totals: {
      open: all.reduce((s, p) => s + p.open, 0) + withoutProvince,
      breached: all.reduce((s, p) => s + p.breached, 0),
      withoutProvince,
      provincesWithOpen: all.filter((p) => p.open > 0).length,
      max: all.reduce((m, p) => Math.max(m, p.open), 0),
    },
    links: {
      open: cmListUrl(COMPLAINT_UID, [open], { sort: SORT }),
      withoutProvince: cmListUrl(COMPLAINT_UID, [open, { province: { id: { $null: true } } }], { sort: SORT }),
    },
  };
}

export async function provincesWidget(strapi: Core.Strapi, now: Date = new Date()): Promise<ProvincesWidget> {
  const knex = knexOf(strapi);
  const p = tableOf(strapi, PROVINCE_UID);
  const c = tableOf(strapi, COMPLAINT_UID);
  const link = linkOf(strapi, COMPLAINT_UID, 'province');
  const [breached, bindings] = breachedSql(strapi, 'c', now);
  const stateCol = `c.${c.column('state')}`;
  // Open complaints grouped by their province link first (state index), then every province joined to
  // those few groups: joining each province's links to all complaints made SQLite read all of them.
  const counts = knex(`${c.table} as c`)
    .join(`${link.table} as l`, `l.${link.ownerColumn}`, 'c.id')
    .select({ provinceId: `l.${link.targetColumn}` })
    .count({ open: '*' })
    .select(knex.raw(`SUM(CASE WHEN ${breached} THEN 1 ELSE 0 END) as breached`, bindings))
    .whereIn(stateCol, OPEN_STATES)
    .modify((q) => (c.publishedOnly ? q.whereNotNull('c.published_at') : q))
    .groupBy(`l.${link.targetColumn}`)
    .as('g');
  const rows = (await knex(`${p.table} as p`)
    .select({
      code: `p.${p.column('code')}`,
      nameTh: `p.${p.column('nameTh')}`,
      nameEn: `p.${p.column('nameEn')}`,
      region: `p.${p.column('region')}`,
      open: 'g.open',
      breached: 'g.breached',
    })
    .leftJoin(counts, 'g.provinceId', 'p.id')) as unknown as ProvinceRow[];

  const [{ n }] = (await knex(`${c.table} as c`)
    .count({ n: '*' })
    .whereIn(stateCol, OPEN_STATES)
    .modify((q) => (c.publishedOnly ? q.whereNotNull('c.published_at') : q))
    .whereNotExists(knex.select(1).from(link.table).whereRaw(`${link.table}.${link.ownerColumn} = c.id`))) as unknown as {
    n: number | string;
  }[];
  return shapeProvinces(rows, num(n), now);
}
