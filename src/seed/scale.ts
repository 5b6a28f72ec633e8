import type { Core } from '@strapi/strapi';
import { computeDueDates, loadSlaPolicy, type CategorySla } from '../lib/complaints/sla';
import type { Urgency } from '../lib/complaints/model';
import { formatTicketNumber, TRACKING_ALPHABET, TRACKING_LENGTH } from '../lib/complaints/ids';
import { bangkokDate, buddhistYear } from '../lib/platform/thai-date';
import { addDays, dueAtFor, periodsBetween } from '../lib/reporting/periods';
import { slotKey } from '../lib/reporting/jobs/generate-expected-reports';
import { participationKey } from '../lib/volunteers/rules';
import { tableOf, type Knex, type KnexTransaction } from '../lib/platform/db-meta';

/**
 * A large, realistic, deterministic data set for benchmarks (`npm run seed -- --scale <n>`):
 * at scale 1, 100,000 complaints with their timelines, 10,000 projects with 100,000 progress reports,
 * 5,000 volunteers (1,000 activities) with 50,000 participations and 2,000 training materials in Thai
 * and English. Rows go in with multi-row INSERTs through knex, a few hundred per statement, one
 * transaction per table: no document-service call per row, so no lifecycle hooks, no emails.
 * Column, table and link-table names come from Strapi's metadata, not from guesses.
 *
 * The same `seed` and `now` give the same rows (document ids, tracking codes and text come from a
 * seeded PRNG); dates are relative to `now` so deadlines stay realistic (some overdue, most not).
 * Refuses to run twice on one database (the `SEED-` projects mark it).
 */

const COMPLAINT = 'api::complaint.complaint';
const UPDATE = 'api::complaint-update.complaint-update';
const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const VOLUNTEER = 'api::volunteer.volunteer';
const ACTIVITY = 'api::volunteer-activity.volunteer-activity';
const PARTICIPATION = 'api::participation.participation';
const MATERIAL = 'api::training-material.training-material';
const TEAM = 'api::response-team.response-team';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Rows per INSERT: SQLite allows 500 terms in a compound SELECT (knex's multi-row insert there). */
const CHUNK = 400;

export interface ScaleOptions {
  scale: number;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface ScaleCounts {
  complaints: number;
  complaintUpdates: number;
  responseTeams: number;
  projects: number;
  progressReports: number;
  volunteers: number;
  activities: number;
  participations: number;
  trainingMaterials: number;
}

/** mulberry32: small, fast, good enough for fixtures; deterministic per seed. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  documentId(): string {
    const a = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let id = a[this.int(26)];
    for (let i = 1; i < 24; i++) id += a[this.int(36)];
    return id;
  }
  trackingCode(): string {
    let c = '';
    for (let i = 0; i < TRACKING_LENGTH; i++) c += TRACKING_ALPHABET[this.int(TRACKING_ALPHABET.length)];
    return c;
  }
}

const PROBLEMS = [
  ['กลิ่นเหม็นจากโรงงาน', 'มีกลิ่นเหม็นคล้ายสารเคมีจากโรงงานในช่วงกลางคืน ชาวบ้านเวียนศีรษะและคลื่นไส้'],
  ['น้ำเสียไหลลงคลองสาธารณะ', 'พบน้ำเสียสีดำไหลจากท่อระบายของโรงงานลงคลอง ปลาตายจำนวนมาก'],
  ['เสียงดังรบกวนยามวิกาล', 'เครื่องจักรทำงานเสียงดังตลอดคืน รบกวนการพักผ่อนของผู้อยู่อาศัยใกล้เคียง'],
  ['ฝุ่นละอองจากการผลิต', 'ฝุ่นจากโรงโม่หินฟุ้งกระจายเข้าบ้านเรือน เด็กและผู้สูงอายุมีอาการไอ'],
  ['ควันดำจากปล่องโรงงาน', 'ปล่องควันปล่อยควันดำหนาแน่นในช่วงเช้า มองเห็นได้ในระยะไกล'],
  ['สารเคมีรั่วไหล', 'ถังเก็บสารเคมีรั่ว มีกลิ่นฉุนแสบจมูก เจ้าหน้าที่ท้องถิ่นกั้นพื้นที่แล้ว'],
  ['กากอุตสาหกรรมถูกลักลอบทิ้ง', 'พบถังกากอุตสาหกรรมถูกทิ้งในที่ดินว่างเปล่าริมถนน ไม่ทราบเจ้าของ'],
  ['โรงงานไม่มีใบอนุญาต', 'มีการประกอบกิจการโรงงานในบ้านพักอาศัยโดยไม่ปรากฏใบอนุญาต'],
  ['ผลิตภัณฑ์ไม่ได้มาตรฐาน มอก.', 'สินค้าเครื่องใช้ไฟฟ้าที่วางขายไม่มีเครื่องหมายมาตรฐาน มอก. เกิดไฟช็อต'],
  ['แรงสั่นสะเทือนจากการระเบิดหิน', 'การระเบิดหินทำให้บ้านเรือนแตกร้าว ผนังและหลังคาเสียหาย'],
] as const;

const PLACES = ['หมู่ 3', 'หมู่ 5', 'ซอยประชาร่วมใจ', 'นิคมอุตสาหกรรม', 'ริมถนนสายหลัก', 'ตำบลบางปู', 'ตำบลหนองขาม', 'ริมแม่น้ำ'];
const FACTORIES = [
  'บริษัท ไทยเคมีภัณฑ์ จำกัด',
  'โรงงานสีเจริญ',
  'บริษัท รุ่งเรืองโลหะกิจ จำกัด',
  'โรงโม่หินศิลาทอง',
  'โรงงานแปรรูปยางพารา',
  'บริษัท อาหารสยาม จำกัด',
];
const FIRST = ['สมชาย', 'สมหญิง', 'วิชัย', 'มาลี', 'ประเสริฐ', 'สุดา', 'อนันต์', 'กนกวรรณ', 'ธนพล', 'ปิยะนุช'];
const LAST = ['ใจดี', 'รักไทย', 'ศรีสุข', 'บุญมา', 'ทองคำ', 'แสงทอง', 'วงศ์ใหญ่', 'พูลสวัสดิ์'];
const SKILLS = ['first_aid', 'driving', 'cooking', 'teaching', 'it', 'photography', 'translation', 'logistics'];
const MATERIAL_KINDS = ['law', 'regulation', 'ministerial_regulation', 'announcement', 'fund_measure', 'guideline', 'manual', 'course'];
const TH_TOPICS = [
  'พระราชบัญญัติโรงงาน พ.ศ. 2535',
  'มาตรฐานผลิตภัณฑ์อุตสาหกรรม',
  'การจัดการกากอุตสาหกรรม',
  'วัตถุอันตรายและการขนส่ง',
  'การคุ้มครองข้อมูลส่วนบุคคล',
  'กองทุนพัฒนาเอสเอ็มอี',
  'การตรวจราชการแบบบูรณาการ',
  'การจัดการเรื่องร้องเรียน',
  'ความปลอดภัยในการทำงาน',
  'การประหยัดพลังงานในโรงงาน',
];
const TH_SENTENCES = [
  'ผู้ประกอบกิจการโรงงานต้องปฏิบัติตามหลักเกณฑ์ที่กำหนดในกฎกระทรวง',
  'เจ้าหน้าที่มีอำนาจเข้าตรวจสอบโรงงานในเวลาทำการ',
  'การขออนุญาตต้องยื่นเอกสารประกอบให้ครบถ้วน',
  'ผู้ฝ่าฝืนต้องระวางโทษปรับตามที่กฎหมายกำหนด',
  'หน่วยงานต้องรายงานความก้าวหน้าของโครงการทุกเดือน',
  'การเก็บรักษาวัตถุอันตรายต้องมีป้ายเตือนและอุปกรณ์ป้องกัน',
  'ข้อมูลส่วนบุคคลของผู้ร้องเรียนต้องได้รับการคุ้มครอง',
  'กองทุนให้สินเชื่อดอกเบี้ยต่ำแก่วิสาหกิจขนาดกลางและขนาดย่อม',
  'การบำบัดน้ำเสียต้องได้มาตรฐานก่อนระบายออกนอกโรงงาน',
  'ผู้ตรวจราชการติดตามผลการดำเนินงานตามแผนประจำปี',
];

/** A link table in Strapi's metadata (a relation's, or a component's with its pivot columns). */
interface LinkTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  pivotColumns: string[];
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/**
 * What is read here of a model's metadata: which attributes exist, and their link tables (Strapi types the
 * attributes as a union of scalar and relation kinds; a component's link table always has its order column).
 */
interface ModelMeta {
  attributes: Record<string, { joinTable?: LinkTableMeta }>;
}

/** The reference rows the complaints are spread over (as seedScale selects them). */
type ProvinceRow = { id: number; code: string };
type CategoryRow = CategorySla & { id: number; code: string };

interface Ctx {
  strapi: Core.Strapi;
  knex: Knex;
  rng: Rng;
  now: Date;
  log: (line: string) => void;
}

function metaOf(strapi: Core.Strapi, uid: string) {
  const { table, column } = tableOf(strapi, uid);
  return { meta: strapi.db.metadata.get(uid) as unknown as ModelMeta, table, col: column };
}

/** Attribute-named data → a row with Strapi's bookkeeping columns (document id, timestamps, locale). */
function rowOf(
  ctx: Ctx,
  uid: string,
  data: Record<string, unknown>,
  extra: { documentId?: string; locale?: string | null; published?: boolean } = {},
) {
  const { meta, col } = metaOf(ctx.strapi, uid);
  const row: Record<string, unknown> = {
    [col('documentId')]: extra.documentId ?? ctx.rng.documentId(),
    [col('createdAt')]: data.createdAt ?? ctx.now,
    [col('updatedAt')]: data.updatedAt ?? ctx.now,
  };
  if (meta.attributes.publishedAt) row[col('publishedAt')] = extra.published === false ? null : (data.createdAt ?? ctx.now);
  if (meta.attributes.locale) row[col('locale')] = extra.locale ?? null;
  for (const [attr, value] of Object.entries(data)) {
    if (attr === 'createdAt' || attr === 'updatedAt') continue;
    row[col(attr)] = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
  }
  return row;
}

/** Multi-row inserts in chunks; the new ids in insertion order. */
async function insertRows(trx: KnexTransaction, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const out = await trx(table)
      .insert(rows.slice(i, i + CHUNK))
      .returning('id');
    for (const x of out) ids.push(typeof x === 'object' ? x.id : x);
  }
  return ids;
}

/** Link-table rows for a relation attribute (owner id → target id), with Strapi's order columns when the table has them. */
function linkRows(ctx: Ctx, uid: string, attr: string, pairs: Array<[number, number]>, inverseOrder = new Map<number, number>()) {
  const { meta } = metaOf(ctx.strapi, uid);
  const jt = meta.attributes[attr]?.joinTable;
  if (!jt) throw new Error(`${uid}.${attr} has no join table`);
  const ownOrder = new Map<number, number>();
  const rows = pairs.map(([owner, target]) => {
    const row: Record<string, unknown> = { [jt.joinColumn.name]: owner, [jt.inverseJoinColumn.name]: target };
    if (jt.orderColumnName) {
      const n = (ownOrder.get(owner) ?? 0) + 1;
      ownOrder.set(owner, n);
      row[jt.orderColumnName] = n;
    }
    if (jt.inverseOrderColumnName) {
      const n = (inverseOrder.get(target) ?? 0) + 1;
      inverseOrder.set(target, n);
      row[jt.inverseOrderColumnName] = n;
    }
    return row;
  });
  return { table: jt.name as string, rows };
}

async function link(
  ctx: Ctx,
  trx: KnexTransaction,
  uid: string,
  attr: string,
  pairs: Array<[number, number]>,
  inverseOrder?: Map<number, number>,
) {
  const { table, rows } = linkRows(ctx, uid, attr, pairs, inverseOrder);
  for (let i = 0; i < rows.length; i += CHUNK) await trx(table).insert(rows.slice(i, i + CHUNK));
}

const n = (scale: number, full: number, min = 1) => Math.max(min, Math.round(full * scale));

export async function seedScale(strapi: Core.Strapi, opts: ScaleOptions): Promise<ScaleCounts> {
  if (!(opts.scale > 0)) throw new Error('scale must be a positive number');
  const ctx: Ctx = {
    strapi,
    knex: strapi.db.connection,
    rng: new Rng(opts.seed ?? 20261125),
    now: opts.now ?? new Date(),
    log: opts.log ?? (() => undefined),
  };
  const already = await strapi.db.query(PROJECT).findOne({ where: { code: { $startsWith: 'SEED-' } }, select: ['id'] });
  if (already) throw new Error('this database already holds a seeded data set (projects SEED-…); seed a fresh database');

  const counts: ScaleCounts = {
    complaints: 0,
    complaintUpdates: 0,
    responseTeams: 0,
    projects: 0,
    progressReports: 0,
    volunteers: 0,
    activities: 0,
    participations: 0,
    trainingMaterials: 0,
  };
  const provinces = await strapi.db.query('api::province.province').findMany({ select: ['id', 'code'], orderBy: { id: 'asc' } });
  const categories = await strapi.db.query('api::complaint-category.complaint-category').findMany({
    where: { active: true },
    select: ['id', 'code', 'defaultUrgency', 'slaAcknowledgeHours', 'slaResolveHours', 'slaHoursKind'],
    orderBy: { id: 'asc' },
  });
  const agencies = await strapi.db.query('api::agency.agency').findMany({ select: ['id'], orderBy: { id: 'asc' } });
  if (!provinces.length || !categories.length || !agencies.length)
    throw new Error('reference data (provinces, categories, agencies) is missing; boot Strapi once first');

  const t0 = Date.now();
  const step = async (label: string, fn: () => Promise<void>) => {
    const t = Date.now();
    await fn();
    ctx.log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step('response teams', async () => {
    counts.responseTeams = await seedTeams(ctx, provinces);
  });
  await step(`complaints (${n(opts.scale, 100_000)}) and timelines`, async () => {
    Object.assign(counts, await seedComplaints(ctx, n(opts.scale, 100_000), provinces, categories));
  });
  await step(`projects (${n(opts.scale, 10_000)}) and progress reports`, async () => {
    Object.assign(counts, await seedReporting(ctx, n(opts.scale, 10_000), agencies));
  });
  await step(`volunteers (${n(opts.scale, 5_000)}) and participations`, async () => {
    Object.assign(counts, await seedVolunteers(ctx, n(opts.scale, 5_000), n(opts.scale, 1_000, 10), provinces));
  });
  await step(`training materials (${n(opts.scale, 2_000)})`, async () => {
    counts.trainingMaterials = await seedTraining(ctx, n(opts.scale, 2_000));
  });
  await step('planner statistics (VACUUM ANALYZE)', async () => {
    // Bulk loads leave the planners without statistics until autovacuum (PostgreSQL) or the next start (SQLite).
    // PostgreSQL's VACUUM also marks the loaded pages all-visible, as autovacuum does after inserts: until then
    // an index-only scan (the complaint list's walk, its link-table tests) reads the table row by row.
    if (strapi.db.dialect.client === 'postgres') await ctx.knex.raw('VACUUM ANALYZE');
    else await ctx.knex.raw('PRAGMA optimize=0x10002');
  });
  ctx.log(`total: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return counts;
}

async function seedTeams(ctx: Ctx, provinces: Array<{ id: number }>): Promise<number> {
  const count = 30;
  return ctx.knex.transaction(async (trx: KnexTransaction) => {
    const { table } = metaOf(ctx.strapi, TEAM);
    const rows: Record<string, unknown>[] = [];
    for (let i = 1; i <= count; i++) {
      rows.push(
        rowOf(ctx, TEAM, {
          name: `ทีมม้าเร็ว SEED ${String(i).padStart(2, '0')}`,
          kind: i % 5 === 0 ? 'task_force' : 'rapid_response',
          email: `seed-team-${i}@mind-desk.test`,
          onCall: i % 3 === 0,
          expertise: [ctx.rng.pick(['chemicals', 'noise', 'water', 'air', 'waste'])],
        }),
      );
    }
    const ids = await insertRows(trx, table, rows);
    const pairs: Array<[number, number]> = [];
    ids.forEach((id, i) => {
      for (let k = 0; k < 3; k++) pairs.push([id, provinces[(i * 3 + k) % provinces.length].id]);
    });
    await link(ctx, trx, TEAM, 'provinces', pairs);
    return count;
  });
}

type State = 'received' | 'triaged' | 'assigned' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'duplicate';
const PATHS: Record<State, State[]> = {
  received: ['received'],
  triaged: ['received', 'triaged'],
  assigned: ['received', 'triaged', 'assigned'],
  in_progress: ['received', 'triaged', 'assigned', 'in_progress'],
  resolved: ['received', 'triaged', 'assigned', 'in_progress', 'resolved'],
  closed: ['received', 'triaged', 'assigned', 'in_progress', 'resolved', 'closed'],
  rejected: ['received', 'triaged', 'rejected'],
  duplicate: ['received', 'duplicate'],
};

async function seedComplaints(ctx: Ctx, count: number, provinces: ProvinceRow[], categories: CategoryRow[]) {
  const { strapi, rng, now } = ctx;
  const c = metaOf(strapi, COMPLAINT);
  const u = metaOf(strapi, UPDATE);
  const cmpMeta = metaOf(strapi, 'complaint.complainant');
  const cmpJoin = c.meta.attributes.complainant.joinTable as LinkTableMeta & { orderColumnName: string };
  // the policy with the holiday calendar: deadlines as intake gives them
  const policy = await loadSlaPolicy(strapi);
  const teams = await strapi.db.query(TEAM).findMany({ select: ['id'], orderBy: { id: 'asc' } });
  // Ticket numbers continue each Buddhist year's counter, which is then moved past them.
  const counterRows = await ctx.knex('complaint_ticket_counters').select('year', 'value');
  const counters = new Map<number, number>(
    counterRows.map((r: { year: number | string; value: number | string }) => [Number(r.year), Number(r.value)]),
  );
  // Provinces: a few industrial ones get most complaints.
  const heavy = provinces.slice(0, 10);
  let updates = 0;
  const teamOrder = new Map<number, number>();
  const BATCH = 2000;
  await ctx.knex.transaction(async (trx: KnexTransaction) => {
    for (let start = 0; start < count; start += BATCH) {
      const rows: Record<string, unknown>[] = [];
      const plans: Array<{
        state: State;
        receivedAt: Date;
        category: CategoryRow;
        province: ProvinceRow;
        team: number | null;
        named: boolean;
        urgency: Urgency;
      }> = [];
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        // Age: most complaints are from the last months; a long tail back two years.
        const ageDays = rng.chance(0.7) ? rng.next() * 120 : 120 + rng.next() * 610;
        const receivedAt = new Date(now.getTime() - ageDays * DAY - rng.int(DAY));
        const open: State = rng.weighted([
          ['received', 2],
          ['triaged', 2],
          ['assigned', 3],
          ['in_progress', 4],
          ['resolved', 3],
          ['closed', 1],
        ] as const);
        const state: State =
          ageDays < 30
            ? open
            : rng.weighted([
                ['closed', 80],
                ['resolved', 5],
                ['in_progress', 5],
                ['rejected', 6],
                ['duplicate', 4],
              ] as const);
        const category = rng.pick(categories);
        const urgency: Urgency = rng.weighted([
          ['normal', 75],
          ['urgent', 20],
          ['emergency', 5],
        ] as const);
        const province = rng.chance(0.6) ? rng.pick(heavy) : rng.pick(provinces);
        const team = PATHS[state].includes('assigned') ? rng.pick(teams).id : null;
        const named = rng.chance(0.4);
        const due = computeDueDates(receivedAt, urgency, policy, category);
        const acknowledgedAt = state === 'received' ? null : new Date(receivedAt.getTime() + (1 + rng.int(48)) * HOUR);
        const resolvedAt = state === 'resolved' || state === 'closed' ? new Date(receivedAt.getTime() + (2 + rng.int(20)) * DAY) : null;
        const closedAt = state === 'closed' ? new Date((resolvedAt as Date).getTime() + (1 + rng.int(5)) * DAY) : null;
        const year = buddhistYear(receivedAt);
        const seq = (counters.get(year) ?? 0) + 1;
        counters.set(year, seq);
        const [title, description] = rng.pick(PROBLEMS);
        const place = rng.pick(PLACES);
        rows.push(
          rowOf(ctx, COMPLAINT, {
            ticketNumber: formatTicketNumber(year, seq),
            trackingCode: rng.trackingCode(),
            title: `${title} ${place}`,
            description: `${description} (${place})`,
            urgency,
            channel: rng.weighted([
              ['web', 50],
              ['open311', 10],
              ['phone', 25],
              ['walk_in', 5],
              ['letter', 5],
              ['social', 5],
            ] as const),
            state,
            address: `${place} จังหวัดรหัส ${province.code}`,
            factoryName: rng.chance(0.7) ? rng.pick(FACTORIES) : null,
            anonymous: !named,
            consent: named,
            consentAt: named ? receivedAt : null,
            receivedAt,
            acknowledgeDueAt: due.acknowledgeDueAt,
            resolveDueAt: due.resolveDueAt,
            acknowledgedAt,
            resolvedAt,
            closedAt,
            resolutionSummary: resolvedAt ? 'ตรวจสอบแล้ว ผู้ประกอบการแก้ไขตามคำสั่ง / Inspected; the operator complied' : null,
            createdAt: receivedAt,
            updatedAt: closedAt ?? resolvedAt ?? acknowledgedAt ?? receivedAt,
          }),
        );
        plans.push({ state, receivedAt, category, province, team, named, urgency });
      }
      const ids = await insertRows(trx, c.table, rows);
      await link(
        ctx,
        trx,
        COMPLAINT,
        'category',
        ids.map((id, k) => [id, plans[k].category.id]),
      );
      await link(
        ctx,
        trx,
        COMPLAINT,
        'province',
        ids.map((id, k) => [id, plans[k].province.id]),
      );
      const assigned = ids
        .map((id, k) => [id, plans[k].team] as [number, number | null])
        .filter((p): p is [number, number] => p[1] !== null);
      await link(ctx, trx, COMPLAINT, 'assignedTeam', assigned, teamOrder);

      // Complainants (personal data) for the named ones.
      const namedIds = ids.filter((_, k) => plans[k].named);
      if (namedIds.length) {
        const people = namedIds.map((_, k) => ({
          [cmpMeta.col('name')]: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
          [cmpMeta.col('phone')]: `08${String(10_000_000 + rng.int(89_999_999))}`,
          [cmpMeta.col('email')]: rng.chance(0.5) ? `citizen${start + k}@example.test` : null,
        }));
        const cmpIds = await insertRows(trx, cmpMeta.table, people);
        const cmpLinks = namedIds.map((id, k) => ({
          [cmpJoin.joinColumn.name]: id,
          [cmpJoin.inverseJoinColumn.name]: cmpIds[k],
          [cmpJoin.pivotColumns[2]]: 'complainant',
          [cmpJoin.pivotColumns[3]]: 'complaint.complainant',
          [cmpJoin.orderColumnName]: 1,
        }));
        for (let i = 0; i < cmpLinks.length; i += CHUNK) await trx(cmpJoin.name).insert(cmpLinks.slice(i, i + CHUNK));
      }

      // Timelines: one entry per step of the complaint's path, plus the odd internal note.
      const uRows: Record<string, unknown>[] = [];
      const owners: number[] = [];
      ids.forEach((id, k) => {
        const p = plans[k];
        const path = PATHS[p.state];
        let t = p.receivedAt.getTime();
        path.forEach((to, j) => {
          if (j > 0) t += (1 + rng.int(72)) * HOUR;
          const occurredAt = new Date(Math.min(t, now.getTime()));
          uRows.push(
            rowOf(ctx, UPDATE, {
              kind: to === 'assigned' ? 'assignment' : 'status_change',
              fromStatus: j === 0 ? null : path[j - 1],
              toStatus: to,
              note: j === 0 ? 'รับเรื่องร้องเรียนแล้ว / Complaint received' : null,
              visibility: 'public',
              authorLabel: j === 0 ? 'web' : 'seed.officer',
              occurredAt,
              createdAt: occurredAt,
              updatedAt: occurredAt,
            }),
          );
          owners.push(id);
        });
        if (rng.chance(0.3)) {
          const occurredAt = new Date(Math.min(t + HOUR, now.getTime()));
          uRows.push(
            rowOf(ctx, UPDATE, {
              kind: 'note',
              note: 'โทรสอบถามข้อมูลเพิ่มเติมจากผู้ร้องแล้ว / Called the complainant for details',
              visibility: 'internal',
              authorLabel: 'seed.officer',
              occurredAt,
              createdAt: occurredAt,
              updatedAt: occurredAt,
            }),
          );
          owners.push(id);
        }
      });
      const uIds = await insertRows(trx, u.table, uRows);
      await link(
        ctx,
        trx,
        UPDATE,
        'complaint',
        uIds.map((id, k) => [id, owners[k]]),
      );
      updates += uIds.length;
    }
    for (const [year, value] of counters) {
      await trx.raw(
        `INSERT INTO complaint_ticket_counters (year, value) VALUES (?, ?)
         ON CONFLICT (year) DO UPDATE SET value = CASE WHEN complaint_ticket_counters.value > excluded.value THEN complaint_ticket_counters.value ELSE excluded.value END`,
        [year, value],
      );
    }
  });
  return { complaints: count, complaintUpdates: updates };
}

async function seedReporting(ctx: Ctx, projects: number, agencies: Array<{ id: number }>) {
  const { rng, now } = ctx;
  const p = metaOf(ctx.strapi, PROJECT);
  const r = metaOf(ctx.strapi, REPORT);
  const today = bangkokDate(now);
  const from = addDays(today, -240);
  const periods = periodsBetween('monthly', from, addDays(today, 60)).slice(0, 10);
  let reports = 0;
  const projectOrder = new Map<number, number>();
  const BATCH = 400;
  await ctx.knex.transaction(async (trx: KnexTransaction) => {
    for (let start = 0; start < projects; start += BATCH) {
      const rows: Record<string, unknown>[] = [];
      const docIds: string[] = [];
      for (let i = start; i < Math.min(projects, start + BATCH); i++) {
        const documentId = rng.documentId();
        docIds.push(documentId);
        rows.push(
          rowOf(
            ctx,
            PROJECT,
            {
              code: `SEED-${String(i + 1).padStart(6, '0')}`,
              name: `โครงการ${rng.pick(TH_TOPICS)} ที่ ${i + 1}`,
              officerName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
              officerEmail: `officer${i + 1}@agency.test`,
              supervisorEmail: `supervisor${(i % 200) + 1}@agency.test`,
              fiscalYear: 2570,
              budget: 100_000 + rng.int(50) * 100_000,
              startDate: periods[0].start,
              endDate: addDays(periods[periods.length - 1].end, 30),
              state: 'active',
              reportingFrequency: 'monthly',
              dueDaysAfterPeriodEnd: 15,
              emailLocale: rng.chance(0.9) ? 'th' : 'en',
            },
            { documentId },
          ),
        );
      }
      const ids = await insertRows(trx, p.table, rows);
      await link(
        ctx,
        trx,
        PROJECT,
        'agency',
        ids.map((id) => [id, rng.pick(agencies).id]),
      );
      const rRows: Record<string, unknown>[] = [];
      const owners: number[] = [];
      ids.forEach((projectId, k) => {
        for (const period of periods) {
          const dueAt = dueAtFor(period.end, 15);
          const pastBy = (now.getTime() - dueAt.getTime()) / DAY;
          let state = 'pending';
          let submittedAt: Date | null = null;
          if (pastBy > 30)
            state = rng.weighted([
              ['accepted', 85],
              ['submitted', 8],
              ['waived', 2],
              ['pending', 5],
            ] as const);
          else if (pastBy > 0)
            state = rng.weighted([
              ['submitted', 40],
              ['accepted', 20],
              ['pending', 40],
            ] as const);
          else if (pastBy > -20) state = rng.chance(0.2) ? 'submitted' : 'pending';
          if (state === 'submitted' || state === 'accepted') submittedAt = new Date(dueAt.getTime() - rng.int(10) * DAY);
          rRows.push(
            rowOf(ctx, REPORT, {
              slotKey: slotKey(docIds[k], period.label),
              periodLabel: period.label,
              periodStart: period.start,
              periodEnd: period.end,
              dueAt,
              state,
              submittedAt,
              late: false,
              progressPercent: submittedAt ? rng.int(101) : null,
              narrative: submittedAt ? rng.pick(TH_SENTENCES) : null,
              reviewedAt: state === 'accepted' ? submittedAt : null,
              returnCount: 0,
            }),
          );
          owners.push(projectId);
        }
      });
      const rIds = await insertRows(trx, r.table, rRows);
      await link(
        ctx,
        trx,
        REPORT,
        'project',
        rIds.map((id, k) => [id, owners[k]]),
        projectOrder,
      );
      reports += rIds.length;
    }
  });
  return { projects, progressReports: reports };
}

async function seedVolunteers(ctx: Ctx, volunteers: number, activities: number, provinces: Array<{ id: number }>) {
  const { rng, now } = ctx;
  const v = metaOf(ctx.strapi, VOLUNTEER);
  const a = metaOf(ctx.strapi, ACTIVITY);
  const pt = metaOf(ctx.strapi, PARTICIPATION);
  let participations = 0;
  await ctx.knex.transaction(async (trx: KnexTransaction) => {
    const actDocs: string[] = [];
    const actPlans: Array<{ startAt: Date; endAt: Date; capacity: number; state: string }> = [];
    const aRows: Record<string, unknown>[] = [];
    for (let i = 0; i < activities; i++) {
      const startAt = new Date(now.getTime() + (rng.int(240) - 180) * DAY + (8 + rng.int(4)) * HOUR);
      const endAt = new Date(startAt.getTime() + (3 + rng.int(6)) * HOUR);
      const capacity = 40 + rng.int(41);
      const state = startAt < now ? 'completed' : rng.chance(0.03) ? 'cancelled' : 'open';
      const documentId = rng.documentId();
      actDocs.push(documentId);
      actPlans.push({ startAt, endAt, capacity, state });
      aRows.push(
        rowOf(
          ctx,
          ACTIVITY,
          {
            title: `จิตอาสา${rng.pick(['ปลูกป่า', 'ทำความสะอาดชุมชน', 'ตรวจคุณภาพน้ำ', 'ให้ความรู้ความปลอดภัย', 'ช่วยเหลือผู้ประสบภัย'])} ครั้งที่ ${i + 1}`,
            description: rng.pick(TH_SENTENCES),
            startAt,
            endAt,
            place: rng.pick(PLACES),
            capacity,
            requiredSkills: [rng.pick(SKILLS)],
            state,
            cancelledAt: state === 'cancelled' ? now : null,
            cancellationReason: state === 'cancelled' ? 'สภาพอากาศไม่เอื้ออำนวย' : null,
          },
          { documentId },
        ),
      );
    }
    const actIds = await insertRows(trx, a.table, aRows);
    await link(
      ctx,
      trx,
      ACTIVITY,
      'province',
      actIds.map((id) => [id, rng.pick(provinces).id]),
    );

    const volDocs: string[] = [];
    const vRows: Record<string, unknown>[] = [];
    for (let i = 0; i < volunteers; i++) {
      const documentId = rng.documentId();
      volDocs.push(documentId);
      const consent = rng.chance(0.7);
      vRows.push(
        rowOf(
          ctx,
          VOLUNTEER,
          {
            fullName: `${rng.pick(FIRST)} ${rng.pick(LAST)} ${i + 1}`,
            phone: consent ? `09${String(10_000_000 + rng.int(89_999_999))}` : null,
            email: consent ? `volunteer${i + 1}@example.test` : null,
            skills: [rng.pick(SKILLS), rng.pick(SKILLS)],
            availability: rng.pick(['วันเสาร์-อาทิตย์', 'ทุกวัน', 'วันธรรมดาช่วงเย็น']),
            state: rng.chance(0.9) ? 'active' : 'inactive',
            consent,
            consentAt: consent ? now : null,
          },
          { documentId },
        ),
      );
    }
    const volIds = await insertRows(trx, v.table, vRows);
    await link(
      ctx,
      trx,
      VOLUNTEER,
      'province',
      volIds.map((id) => [id, rng.pick(provinces).id]),
    );

    // Ten distinct activities per volunteer.
    const taken = new Map<number, number>();
    const volOrder = new Map<number, number>();
    const actOrder = new Map<number, number>();
    const perVolunteer = Math.min(10, activities);
    for (let vs = 0; vs < volIds.length; vs += 200) {
      const rows: Record<string, unknown>[] = [];
      const pairs: Array<[number, number]> = [];
      for (let vi = vs; vi < Math.min(volIds.length, vs + 200); vi++) {
        const chosen = new Set<number>();
        while (chosen.size < perVolunteer) chosen.add(rng.int(activities));
        for (const ai of chosen) {
          const plan = actPlans[ai];
          const used = taken.get(ai) ?? 0;
          let state: string;
          let hours: number | null = null;
          if (plan.state === 'completed') {
            state = rng.weighted([
              ['attended', 80],
              ['no_show', 10],
              ['cancelled', 10],
            ] as const);
            if (state === 'attended') hours = Math.max(1, Math.round((plan.endAt.getTime() - plan.startAt.getTime()) / HOUR));
          } else if (plan.state === 'cancelled') state = 'cancelled';
          else state = used < plan.capacity ? 'registered' : 'waitlisted';
          if (state === 'registered' || state === 'attended' || state === 'no_show') taken.set(ai, used + 1);
          const signedUpAt = new Date(Math.min(plan.startAt.getTime(), now.getTime()) - (1 + rng.int(30)) * DAY);
          rows.push(
            rowOf(ctx, PARTICIPATION, {
              state,
              hours,
              signedUpAt,
              cancelledAt: state === 'cancelled' ? new Date(signedUpAt.getTime() + DAY) : null,
              attendanceRecordedAt: hours !== null || state === 'no_show' ? plan.endAt : null,
              key: participationKey(volDocs[vi], actDocs[ai]),
              createdAt: signedUpAt,
              updatedAt: signedUpAt,
            }),
          );
          pairs.push([volIds[vi], actIds[ai]]);
        }
      }
      const ids = await insertRows(trx, pt.table, rows);
      await link(
        ctx,
        trx,
        PARTICIPATION,
        'volunteer',
        ids.map((id, k) => [id, pairs[k][0]]),
        volOrder,
      );
      await link(
        ctx,
        trx,
        PARTICIPATION,
        'activity',
        ids.map((id, k) => [id, pairs[k][1]]),
        actOrder,
      );
      participations += ids.length;
    }
  });
  return { volunteers, activities, participations };
}

async function seedTraining(ctx: Ctx, count: number): Promise<number> {
  const { rng } = ctx;
  const m = metaOf(ctx.strapi, MATERIAL);
  await ctx.knex.transaction(async (trx: KnexTransaction) => {
    for (let start = 0; start < count; start += 100) {
      const rows: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(count, start + 100); i++) {
        const documentId = rng.documentId();
        const topic = rng.pick(TH_TOPICS);
        const kind = rng.pick(MATERIAL_KINDS);
        const sentences = Array.from({ length: 12 + rng.int(20) }, () => rng.pick(TH_SENTENCES));
        const shared = {
          slug: `seed-material-${i + 1}`,
          kind,
          effectiveDate: bangkokDate(new Date(ctx.now.getTime() - rng.int(3650) * DAY)),
          sourceUrl: 'https://www.industry.go.th',
          version: 1,
          isPublic: rng.chance(0.6),
        };
        const th = {
          ...shared,
          title: `${topic} ฉบับที่ ${i + 1}`,
          summary: `สาระสำคัญของ${topic} ${sentences[0]}`,
          body: `## ${topic}\n\n${sentences.join(' ')}\n`,
          issuingAuthority: 'กระทรวงอุตสาหกรรม',
        };
        const en = {
          ...shared,
          title: `Training material ${i + 1}`,
          summary: 'Summary in English of a Thai training material.',
          body: 'Factory operators must follow the rules set by ministerial regulation. '.repeat(8),
          issuingAuthority: 'Ministry of Industry',
        };
        // Draft & publish: a draft row and a published row per locale, one documentId for all four.
        for (const [locale, data] of [
          ['th', th],
          ['en', en],
        ] as const) {
          rows.push(rowOf(ctx, MATERIAL, data, { documentId, locale, published: false }));
          rows.push(rowOf(ctx, MATERIAL, data, { documentId, locale, published: true }));
        }
      }
      await insertRows(trx, m.table, rows);
    }
  });
  return count;
}

/**
 * A complaint officer account for benchmarks (username `seed.officer`), created when missing.
 * @public scripts/seed.js loads it from the build
 */
export async function ensureSeedOfficer(strapi: Core.Strapi, password: string) {
  const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'seed.officer' } });
  if (existing) return existing;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'complaint-officer' } });
  return strapi.plugin('users-permissions').service('user').add({
    username: 'seed.officer',
    email: 'seed.officer@mind-desk.test',
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
}
