import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID, OPEN_STATES } from '../complaints/model';
import { PROVINCE_UID, REGIONS, type Region } from '../platform/model';
import { openComplaintFigures } from './counters';
import { cmListUrl } from './cm-url';
import { knexOf, num, tableOf } from '../platform/db-meta';

/**
 * Widget "open complaints by province": every province (so the grid by region is complete) with its
 * open complaints and how many of those are past a deadline, read from the counters the database keeps as
 * complaints change (counters.ts), and the provinces.
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
  const p = tableOf(strapi, PROVINCE_UID);
  const [{ byProvince }, provinces] = await Promise.all([
    openComplaintFigures(strapi, now),
    knexOf(strapi)(p.table).select({
      id: 'id',
      code: p.column('code'),
      nameTh: p.column('nameTh'),
      nameEn: p.column('nameEn'),
      region: p.column('region'),
    }) as Promise<(Omit<ProvinceRow, 'open' | 'breached'> & { id: number })[]>,
  ]);
  const rows: ProvinceRow[] = provinces.map(({ id, ...province }) => {
    const f = byProvince.get(String(id));
    return { ...province, open: f?.open ?? 0, breached: f?.breached ?? 0 };
  });
  return shapeProvinces(rows, byProvince.get('-')?.open ?? 0, now);
}
