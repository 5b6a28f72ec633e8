import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { parseCsv } from '../platform/csv';
import { knexOf, linkOf, tableOf } from '../platform/db-meta';
import { newDocumentId } from '../platform/db-insert';
import { PROVINCE_UID } from '../platform/model';
import { FACTORY_STATES, FACTORY_STATE_TH, FACTORY_UID, type FactoryState } from './model';
import { baseType, parseRegistrationNumber } from './registration';

/**
 * The factory registry's CSV import (the admin page and `npm run import -- factories <file>` both call
 * `importFactories`). One row per factory; the header names the columns, in English or in Thai, in any
 * order. A bad row is reported by its line and field and left out; the good rows are kept. A row whose
 * normalised registration number is already in the registry updates that factory (never a second one).
 */
const FACTORY_CSV_COLUMNS = [
  { key: 'registrationNumber', en: 'registration_number', th: 'เลขทะเบียนโรงงาน', required: true },
  { key: 'nameTh', en: 'name', th: 'ชื่อโรงงาน', required: true },
  { key: 'operator', en: 'operator', th: 'ผู้ประกอบกิจการ', required: false },
  { key: 'typeCode', en: 'type', th: 'ลำดับที่', required: true },
  { key: 'activity', en: 'activity', th: 'ประกอบกิจการ', required: false },
  { key: 'factoryClass', en: 'class', th: 'จำพวก', required: true },
  { key: 'province', en: 'province', th: 'จังหวัด', required: true },
  { key: 'district', en: 'district', th: 'อำเภอ', required: false },
  { key: 'latitude', en: 'latitude', th: 'ละติจูด', required: false },
  { key: 'longitude', en: 'longitude', th: 'ลองจิจูด', required: false },
  { key: 'state', en: 'status', th: 'สถานะ', required: false },
] as const;
type ColumnKey = (typeof FACTORY_CSV_COLUMNS)[number]['key'];

/** Largest file the import takes, in rows (a registry of a few provinces; the whole country is split). */
const MAX_IMPORT_ROWS = 20000;

export interface ImportProblem {
  /** the file's line (1 = the header) */
  line: number;
  /** the column, as the file's header names it (or the field key when the column is missing) */
  field: string;
  message: string;
}

export interface ProvinceRef {
  id: number;
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface FactoryRow {
  line: number;
  registrationNumber: string;
  nameTh: string;
  operator: string | null;
  typeCode: string;
  activity: string | null;
  factoryClass: number;
  provinceId: number;
  district: string | null;
  latitude: number | null;
  longitude: number | null;
  state: FactoryState;
}

export interface ImportReport {
  /** data rows read (the header not counted) */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** rows left out, each problem with its line and field */
  rejected: number;
  problems: ImportProblem[];
}

const normHeader = (h: string) => h.normalize('NFC').replace(/^'/, '').trim().toLowerCase().replace(/\s+/g, '_');
const blank = (v: string | undefined) => v === undefined || v.trim() === '';
const stateByLabel: Record<string, FactoryState> = Object.fromEntries([
  ...FACTORY_STATES.map((s) => [s, s]),
  ...Object.entries(FACTORY_STATE_TH).map(([s, th]) => [th, s]),
]);

const numberCell = (min: number, max: number) =>
  yup
    .number()
    .transform((_v: unknown, original: unknown) => (blank(original as string) ? null : Number(String(original).trim())))
    .typeError('must be a number')
    .nullable()
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const rowSchema = yup.object({
  nameTh: yup.string().trim().required('is required').max(300, 'is longer than 300 characters'),
  operator: yup.string().trim().nullable().max(300, 'is longer than 300 characters'),
  typeCode: yup
    .string()
    .trim()
    .required('is required')
    .matches(/^[0-9]{1,3}(\([0-9]{1,2}\))?$/, 'must be a DIW type number such as 106 or 88(2)'),
  activity: yup.string().trim().nullable().max(500, 'is longer than 500 characters'),
  factoryClass: yup
    .number()
    .transform((_v: unknown, original: unknown) => (blank(original as string) ? undefined : Number(String(original).trim())))
    .typeError('must be 1, 2 or 3')
    .required('is required')
    .oneOf([1, 2, 3], 'must be 1, 2 or 3'),
  district: yup.string().trim().nullable().max(100, 'is longer than 100 characters'),
  latitude: numberCell(-90, 90),
  longitude: numberCell(-180, 180),
});

/** Provinces by ISO code (`TH-21`), its two digits, the Thai or the English name. */
function provinceIndex(provinces: ProvinceRef[]) {
  const by = new Map<string, ProvinceRef>();
  for (const p of provinces) {
    for (const k of [p.code, p.code.replace(/^TH-/, ''), p.nameTh, p.nameEn]) by.set(k.normalize('NFC').trim().toLowerCase(), p);
  }
  return (v: string) =>
    by.get(
      v
        .normalize('NFC')
        .trim()
        .toLowerCase()
        .replace(/^จ(ังหวัด|\.)\s*/, ''),
    );
}

/**
 * Reads and checks an import file without touching the database: the good rows, and the problems of
 * the others by line and field. A registration number a second time in one file is a problem of the
 * later line.
 */
export function readFactoryCsv(text: string, provinces: ProvinceRef[]): { rows: FactoryRow[]; problems: ImportProblem[]; read: number } {
  const records = parseCsv(text);
  const problems: ImportProblem[] = [];
  const header = records.shift();
  if (!header) return { rows: [], problems: [{ line: 1, field: 'file', message: 'is empty: no header row' }], read: 0 };
  const names = header.cells.map(normHeader);
  const index = new Map<ColumnKey, number>();
  const label = new Map<ColumnKey, string>();
  for (const c of FACTORY_CSV_COLUMNS) {
    const at = names.findIndex((n) => n === c.en || n === c.key.toLowerCase() || n === c.th);
    if (at >= 0) {
      index.set(c.key, at);
      label.set(c.key, header.cells[at].trim());
    } else if (c.required) {
      problems.push({ line: header.line, field: c.en, message: `column is missing (${c.en} or ${c.th})` });
    }
  }
  if (problems.length) return { rows: [], problems, read: records.length };
  if (records.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      problems: [{ line: header.line, field: 'file', message: `has more than ${MAX_IMPORT_ROWS} rows: split it` }],
      read: records.length,
    };
  }
  const provinceOf = provinceIndex(provinces);
  const seen = new Map<string, number>();
  const rows: FactoryRow[] = [];
  for (const rec of records) {
    const cell = (k: ColumnKey) => {
      const at = index.get(k);
      const v = at === undefined ? undefined : rec.cells[at];
      return v === undefined ? undefined : v.replace(/^'(?=[=+\-@])/, '');
    };
    const fieldOf = (k: string) => label.get(k as ColumnKey) ?? k;
    const own: ImportProblem[] = [];
    const problem = (k: string, message: string) => own.push({ line: rec.line, field: fieldOf(k), message });

    let values: yup.InferType<typeof rowSchema> | undefined;
    try {
      values = rowSchema.validateSync(
        Object.fromEntries(
          ['nameTh', 'operator', 'typeCode', 'activity', 'factoryClass', 'district', 'latitude', 'longitude'].map((k) => [
            k,
            cell(k as ColumnKey),
          ]),
        ),
        { abortEarly: false, stripUnknown: true },
      );
    } catch (err) {
      if (!(err instanceof yup.ValidationError)) throw err;
      for (const e of err.inner.length ? err.inner : [err]) problem(e.path ?? 'row', e.message);
    }

    const reg = parseRegistrationNumber(cell('registrationNumber'));
    if (blank(cell('registrationNumber'))) problem('registrationNumber', 'is required');
    else if (!reg) problem('registrationNumber', 'is not a DIW registration number (14 digits, or the older form such as จ3-106-1/46ชบ)');

    const provinceCell = cell('province') ?? '';
    const province = blank(provinceCell) ? undefined : provinceOf(provinceCell);
    if (blank(provinceCell)) problem('province', 'is required');
    else if (!province) problem('province', `"${provinceCell.trim()}" is not a province (ISO code such as TH-21, or its name)`);

    const stateCell = cell('state');
    const state = blank(stateCell) ? 'operating' : stateByLabel[String(stateCell).trim().toLowerCase()];
    if (!state) problem('state', `must be one of ${FACTORY_STATES.join(', ')} (or the Thai label)`);

    if (values && (values.latitude == null) !== (values.longitude == null)) {
      problem(values.latitude == null ? 'latitude' : 'longitude', 'latitude and longitude are given together or not at all');
    }
    if (reg && values) {
      if (reg.format === 'legacy' && reg.factoryClass !== values.factoryClass) {
        problem('factoryClass', `is ${values.factoryClass}, the registration number says ${reg.factoryClass}`);
      }
      if (baseType(reg.typeCode) !== baseType(values.typeCode)) {
        problem('typeCode', `is ${values.typeCode}, the registration number says ${reg.typeCode}`);
      }
    }
    if (reg?.format === 'diw14' && province && province.code !== `TH-${reg.provinceCode}`) {
      problem('province', `is ${province.code}, the registration number says TH-${reg.provinceCode}`);
    }
    if (reg) {
      const first = seen.get(reg.normalised);
      if (first !== undefined) problem('registrationNumber', `is already on line ${first}`);
    }

    if (own.length || !reg || !values || !province || !state) {
      // in the file's column order, one line's problems together
      const column = (field: string) => header.cells.findIndex((c) => c.trim() === field);
      problems.push(...own.sort((a, b) => column(a.field) - column(b.field)));
      continue;
    }
    seen.set(reg.normalised, rec.line);
    rows.push({
      line: rec.line,
      registrationNumber: reg.normalised,
      nameTh: values.nameTh,
      operator: values.operator || null,
      typeCode: values.typeCode,
      activity: values.activity || null,
      factoryClass: values.factoryClass,
      provinceId: province.id,
      district: values.district || null,
      latitude: values.latitude ?? null,
      longitude: values.longitude ?? null,
      state,
    });
  }
  return { rows, problems, read: records.length };
}

const SCALARS = ['nameTh', 'operator', 'typeCode', 'activity', 'factoryClass', 'district', 'latitude', 'longitude', 'state'] as const;
const CHUNK = 200;

/**
 * Imports a registry file: reads and checks it (readFactoryCsv), then writes the good rows in one
 * transaction, a few statements per 200 rows (new factories inserted together, their provinces linked
 * together; a factory whose fields changed updated), not one document-service call per row.
 */
export async function importFactories(strapi: Core.Strapi, text: string, now = new Date()): Promise<ImportReport> {
  const provinces = (await strapi.db.query(PROVINCE_UID).findMany({ select: ['id', 'code', 'nameTh', 'nameEn'] })) as ProvinceRef[];
  const { rows, problems, read } = readFactoryCsv(text, provinces);
  const lines = new Set(problems.map((p) => p.line));
  const report: ImportReport = { rows: read, created: 0, updated: 0, unchanged: 0, rejected: lines.size, problems };
  if (!rows.length) return report;

  const t = tableOf(strapi, FACTORY_UID);
  const link = linkOf(strapi, FACTORY_UID, 'province');
  const col = (k: string) => t.column(k);
  const knex = knexOf(strapi);

  await strapi.db.transaction(async ({ trx }) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const keys = chunk.map((r) => r.registrationNumber);
      const existing = (await knex(t.table)
        .transacting(trx)
        .leftJoin(link.table, `${link.table}.${link.ownerColumn}`, `${t.table}.id`)
        .whereIn(`${t.table}.${col('registrationNumber')}`, keys)
        .select(
          `${t.table}.id as id`,
          `${link.table}.${link.targetColumn} as provinceId`,
          ...['registrationNumber', ...SCALARS].map((k) => `${t.table}.${col(k)} as ${k}`),
        )) as Array<Record<string, unknown> & { id: number; provinceId: number | null; registrationNumber: string }>;
      const byKey = new Map(existing.map((e) => [e.registrationNumber, e]));

      const fresh = chunk.filter((r) => !byKey.has(r.registrationNumber));
      if (fresh.length) {
        await knex(t.table)
          .transacting(trx)
          .insert(
            fresh.map((r) => ({
              [col('documentId')]: newDocumentId(),
              [col('registrationNumber')]: r.registrationNumber,
              ...Object.fromEntries(SCALARS.map((k) => [col(k), r[k]])),
              [col('createdAt')]: now,
              [col('updatedAt')]: now,
              [col('publishedAt')]: now,
            })),
          );
        const ids = (await knex(t.table)
          .transacting(trx)
          .whereIn(
            col('registrationNumber'),
            fresh.map((r) => r.registrationNumber),
          )
          .select('id', `${col('registrationNumber')} as registrationNumber`)) as Array<{ id: number; registrationNumber: string }>;
        const idOf = new Map(ids.map((r) => [r.registrationNumber, r.id]));
        await knex(link.table)
          .transacting(trx)
          .insert(fresh.map((r) => ({ [link.ownerColumn]: idOf.get(r.registrationNumber), [link.targetColumn]: r.provinceId })));
        report.created += fresh.length;
      }

      for (const r of chunk) {
        const e = byKey.get(r.registrationNumber);
        if (!e) continue;
        const changed = SCALARS.filter((k) => !same(e[k], r[k]));
        const provinceChanged = Number(e.provinceId) !== r.provinceId;
        if (!changed.length && !provinceChanged) {
          report.unchanged++;
          continue;
        }
        if (changed.length) {
          await knex(t.table)
            .transacting(trx)
            .where('id', e.id)
            .update({ ...Object.fromEntries(changed.map((k) => [col(k), r[k]])), [col('updatedAt')]: now });
        }
        if (provinceChanged) {
          await knex(link.table).transacting(trx).where(link.ownerColumn, e.id).delete();
          await knex(link.table)
            .transacting(trx)
            .insert({ [link.ownerColumn]: e.id, [link.targetColumn]: r.provinceId });
        }
        report.updated++;
      }
    }
  });
  return report;
}

/** A stored value and an imported one are the same (numbers come back as numbers or strings, null as null). */
function same(stored: unknown, value: unknown): boolean {
  if (stored === null || stored === undefined) return value === null || value === undefined;
  if (typeof value === 'number') return Number(stored) === value;
  return String(stored) === String(value);
}
