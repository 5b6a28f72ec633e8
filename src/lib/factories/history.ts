import type { Core, UID } from '@strapi/strapi';
import { knexOf, linkOf, num, tableOf } from '../platform/db-meta';
import { PROVINCE_UID } from '../platform/model';
import { COMPLAINT_UID } from '../complaints/model';
import { FINDING_UID, INSPECTION_UID } from '../inspections/model';
import { FACTORY_UID } from './model';

/**
 * A factory's history for officers: its complaints (grouped into incidents where the incident type
 * exists), its inspections and their findings, month by month; and the repeat sources of a province.
 * Each part is there only for an administrator who may read every entry of its type (the caller says
 * which); nothing of a complainant is in it (no name, contact or tracking code).
 */
const INCIDENT_UID = 'api::incident.incident';

export interface HistorySections {
  complaints: boolean;
  inspections: boolean;
  findings: boolean;
}

interface Dated {
  at: string | Date | null;
}

/** Events per month (`YYYY-MM` in Asia/Bangkok), oldest first, each kind counted. */
export function monthly(
  events: Record<'complaints' | 'inspections' | 'findings', Dated[]>,
): Array<{ month: string; complaints: number; inspections: number; findings: number }> {
  const months = new Map<string, { month: string; complaints: number; inspections: number; findings: number }>();
  for (const kind of ['complaints', 'inspections', 'findings'] as const) {
    for (const e of events[kind]) {
      if (!e.at) continue;
      const month = bangkokMonth(new Date(e.at));
      const row = months.get(month) ?? { month, complaints: 0, inspections: 0, findings: 0 };
      row[kind]++;
      months.set(month, row);
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** The month of an instant on the Thai clock (UTC+7, no daylight saving). */
export function bangkokMonth(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
}

const FACTORY_FIELDS = [
  'documentId',
  'registrationNumber',
  'nameTh',
  'typeCode',
  'activity',
  'factoryClass',
  'district',
  'latitude',
  'longitude',
  'state',
];

/** The factory's history, or null when there is no such factory. */
export async function factoryHistory(strapi: Core.Strapi, documentId: string, sections: HistorySections) {
  const factory = await strapi.db.query(FACTORY_UID).findOne({
    where: { documentId },
    select: FACTORY_FIELDS,
    populate: { province: { select: ['code', 'nameTh', 'nameEn'] } },
  });
  if (!factory) return null;
  const id = (factory as { id: number }).id;

  const incidentType = strapi.contentType(INCIDENT_UID as UID.ContentType) as { attributes: Record<string, unknown> } | undefined;
  const complaintHasIncident = !!(strapi.contentType(COMPLAINT_UID).attributes as Record<string, unknown>).incident && !!incidentType;

  const complaints = sections.complaints
    ? ((await strapi.db.query(COMPLAINT_UID).findMany({
        where: { factory: { id } },
        select: ['documentId', 'ticketNumber', 'title', 'state', 'urgency', 'receivedAt', 'resolvedAt'],
        populate: {
          category: { select: ['code', 'nameTh', 'nameEn'] },
          ...(complaintHasIncident ? { incident: { select: ['documentId', 'code', 'title', 'state'] } } : {}),
        },
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
        limit: 1000,
      })) as Array<
        Record<string, unknown> & {
          receivedAt: string | null;
          incident?: { documentId: string } | null;
          category?: { code: string } | null;
        }
      >)
    : null;

  const inspections = sections.inspections
    ? ((await strapi.db.query(INSPECTION_UID).findMany({
        where: { factories: { id } },
        select: ['documentId', 'code', 'title', 'type', 'fiscalYear', 'round', 'state', 'startDate', 'endDate'],
        orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
        limit: 500,
      })) as Array<Record<string, unknown> & { startDate: string | null }>)
    : null;

  const findings = sections.findings
    ? ((await strapi.db.query(FINDING_UID).findMany({
        where: { factory: { id } },
        select: ['documentId', 'title', 'severity', 'state', 'dueAt', 'createdAt'],
        populate: { inspection: { select: ['documentId', 'code'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 1000,
      })) as Array<Record<string, unknown> & { createdAt: string }>)
    : null;

  // complaints grouped by their incident, or by category where complaints have no incident
  const groups = new Map<
    string,
    { key: string; kind: 'incident' | 'category'; label: Record<string, unknown> | null; complaints: number; open: number }
  >();
  for (const c of complaints ?? []) {
    const inc = complaintHasIncident ? (c.incident as Record<string, unknown> | null | undefined) : null;
    const key = inc ? `incident:${inc.documentId}` : `category:${c.category?.code ?? '-'}`;
    const g = groups.get(key) ?? { key, kind: inc ? 'incident' : 'category', label: inc ?? c.category ?? null, complaints: 0, open: 0 };
    g.complaints++;
    if (!['resolved', 'closed', 'rejected', 'duplicate'].includes(String(c.state))) g.open++;
    groups.set(key, g);
  }

  return {
    factory,
    sections,
    totals: {
      complaints: complaints?.length ?? null,
      openComplaints: complaints
        ? complaints.filter((c) => !['resolved', 'closed', 'rejected', 'duplicate'].includes(String(c.state))).length
        : null,
      incidents: complaints ? [...groups.values()].filter((g) => g.kind === 'incident').length : null,
      inspections: inspections?.length ?? null,
      findings: findings?.length ?? null,
      openFindings: findings ? findings.filter((f) => f.state !== 'accepted').length : null,
    },
    months: monthly({
      complaints: (complaints ?? []).map((c) => ({ at: c.receivedAt })),
      inspections: (inspections ?? []).map((i) => ({ at: i.startDate })),
      findings: (findings ?? []).map((f) => ({ at: f.createdAt })),
    }),
    groups: complaints ? [...groups.values()].sort((a, b) => b.complaints - a.complaints || a.key.localeCompare(b.key)) : null,
    complaints,
    inspections,
    findings,
  };
}

export interface RepeatQuery {
  province?: string;
  minCount: number;
  days: number;
}

/**
 * Repeat sources: the factories with at least `minCount` complaints (not rejected) and findings together
 * received in the last `days` days (in a province when given), most first. Counted in the database (grouped link
 * rows), so a province with thousands of factories costs two grouped queries.
 */
export async function repeatSources(
  strapi: Core.Strapi,
  q: RepeatQuery,
  sections: Pick<HistorySections, 'complaints' | 'findings'>,
  now = new Date(),
) {
  const knex = knexOf(strapi);
  const since = new Date(now.getTime() - q.days * 86_400_000);
  const f = tableOf(strapi, FACTORY_UID);
  const toProvince = linkOf(strapi, FACTORY_UID, 'province');
  const province = q.province
    ? ((await strapi.db.query(PROVINCE_UID).findOne({ where: { code: q.province }, select: ['id', 'code', 'nameTh', 'nameEn'] })) as {
        id: number;
      } | null)
    : null;
  if (q.province && !province) return null;

  const counted = async (uid: string, dateAttr: string, notStates: string[] = []) => {
    const t = tableOf(strapi, uid);
    const link = linkOf(strapi, uid, 'factory');
    const rows = (await knex(`${t.table} as x`)
      .join(`${link.table} as l`, `l.${link.ownerColumn}`, 'x.id')
      .select({ factoryId: `l.${link.targetColumn}` })
      .count({ n: '*' })
      .where(`x.${t.column(dateAttr)}`, '>=', since)
      .whereNotIn(`x.${t.column('state')}`, notStates)
      .groupBy(`l.${link.targetColumn}`)) as Array<{ factoryId: number; n: number | string }>;
    return new Map(rows.map((r) => [Number(r.factoryId), num(r.n)]));
  };
  // a complaint rejected (not a factory's doing) does not count against the factory
  const complaints = sections.complaints ? await counted(COMPLAINT_UID, 'receivedAt', ['rejected']) : new Map<number, number>();
  const findings = sections.findings ? await counted(FINDING_UID, 'createdAt') : new Map<number, number>();

  const ids = [...new Set([...complaints.keys(), ...findings.keys()])].filter(
    (id) => (complaints.get(id) ?? 0) + (findings.get(id) ?? 0) >= q.minCount,
  );
  if (!ids.length) return { since, results: [] };
  const rows = (await knex(`${f.table} as f`)
    .leftJoin(`${toProvince.table} as lp`, `lp.${toProvince.ownerColumn}`, 'f.id')
    .whereIn('f.id', ids)
    .modify((b) => (province ? b.where(`lp.${toProvince.targetColumn}`, province.id) : b))
    .select({
      id: 'f.id',
      documentId: `f.${f.column('documentId')}`,
      registrationNumber: `f.${f.column('registrationNumber')}`,
      nameTh: `f.${f.column('nameTh')}`,
      district: `f.${f.column('district')}`,
      state: `f.${f.column('state')}`,
      provinceId: `lp.${toProvince.targetColumn}`,
    })) as Array<{
    id: number;
    documentId: string;
    registrationNumber: string;
    nameTh: string;
    district: string | null;
    state: string;
    provinceId: number | null;
  }>;
  const provinces = new Map(
    (
      (await strapi.db.query(PROVINCE_UID).findMany({ select: ['id', 'code', 'nameTh'] })) as Array<{
        id: number;
        code: string;
        nameTh: string;
      }>
    ).map((p) => [p.id, p]),
  );
  const results = rows
    .map(({ id, provinceId, ...r }) => {
      const p = provinceId ? provinces.get(Number(provinceId)) : undefined;
      const c = complaints.get(id) ?? 0;
      const fi = findings.get(id) ?? 0;
      return { ...r, province: p ? { code: p.code, nameTh: p.nameTh } : null, complaints: c, findings: fi, total: c + fi };
    })
    .sort((a, b) => b.total - a.total || a.registrationNumber.localeCompare(b.registrationNumber));
  return { since, results };
}
