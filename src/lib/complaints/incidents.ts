import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID, INCIDENT_POLICY_UID, URGENCIES, type Urgency } from './model';
import { cachedRead } from '../platform/cached-reads';

/**
 * Incidents: complaints about one source (a factory, or one place and kind of nuisance) worked once.
 * Intake suggests an open incident (same factory; or same category within the category's radius and
 * time window of one of the incident's complaints); an officer confirms, splits or merges. The rules
 * here are plain functions; the writes are the incident service's (src/api/incident/services).
 */

/** An incident's states: a complaint's, and `merged` (its complaints moved into another incident). */
export type IncidentState = 'received' | 'triaged' | 'assigned' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'merged';
/** An incident still being worked: intake may suggest it, and complaints may join it. */
export const OPEN_INCIDENT_STATES: readonly IncidentState[] = ['received', 'triaged', 'assigned', 'in_progress'];

interface IncidentPolicy {
  windowHours: number;
  radiusMeters: number;
  urgentAtSize: number;
  emergencyAtSize: number;
  repeatWindowDays: number;
  urgentAtRepeat: number;
  reopenWindowDays: number;
}

/** Used until an administrator saves the policy (the single type's defaults say the same). */
export const DEFAULT_INCIDENT_POLICY: IncidentPolicy = {
  windowHours: 72,
  radiusMeters: 1000,
  urgentAtSize: 5,
  emergencyAtSize: 20,
  repeatWindowDays: 90,
  urgentAtRepeat: 3,
  reopenWindowDays: 14,
};

export async function incidentPolicy(strapi: Core.Strapi): Promise<IncidentPolicy> {
  const saved = (await cachedRead(strapi, [INCIDENT_POLICY_UID], 'policy', () =>
    strapi.db.query(INCIDENT_POLICY_UID).findOne({}),
  )) as Partial<IncidentPolicy> | null;
  const out = { ...DEFAULT_INCIDENT_POLICY };
  for (const k of Object.keys(out) as (keyof IncidentPolicy)[]) {
    const v = saved?.[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

const EARTH_RADIUS_M = 6371_000;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The higher of two urgencies. */
export function higherUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) >= URGENCIES.indexOf(b) ? a : b;
}

/**
 * The urgency the administrator's rule gives an incident of `size` complaints about a factory with
 * `factoryComplaints` complaints in the policy's repeat window (null: the rule raises nothing).
 */
export function urgencyByRule(size: number, factoryComplaints: number, policy: IncidentPolicy): Urgency | null {
  if (size >= policy.emergencyAtSize) return 'emergency';
  if (size >= policy.urgentAtSize) return 'urgent';
  if (factoryComplaints >= policy.urgentAtRepeat) return 'urgent';
  return null;
}

/** Why the rule raised urgency, in Thai then English, for the timeline. */
export function urgencyReason(size: number, factoryComplaints: number, policy: IncidentPolicy): string {
  if (size >= policy.urgentAtSize) return `เหตุการณ์มีเรื่องร้องเรียน ${size} เรื่อง / the incident has ${size} complaints`;
  return (
    `โรงงานมีเรื่องร้องเรียน ${factoryComplaints} เรื่องใน ${policy.repeatWindowDays} วัน / ` +
    `the factory had ${factoryComplaints} complaints in ${policy.repeatWindowDays} days`
  );
}

/** A complaint's source as the matching sees it: a registered factory, or a registration number typed at intake. */
interface SourceOf {
  factoryId?: number | null;
  registrationNumber?: string | null;
}

export function sourceOf(c: { factory?: { id?: number } | null; factoryRegistrationNumber?: string | null }): SourceOf {
  const reg = (c.factoryRegistrationNumber ?? '').trim();
  return { factoryId: c.factory?.id ?? null, registrationNumber: reg || null };
}

/** The document-service filter "about the same factory" (null when the complaint names none). */
export function sameSourceFilter(source: SourceOf, hasFactoryRelation: boolean): Record<string, unknown> | null {
  const or: Record<string, unknown>[] = [];
  if (hasFactoryRelation && source.factoryId) or.push({ factory: { id: source.factoryId } });
  if (source.registrationNumber) or.push({ factoryRegistrationNumber: { $eqi: source.registrationNumber } });
  return or.length ? { $or: or } : null;
}

/** Whether the complaint type carries the registry link (the factory registry's relation). */
export function hasFactoryRelation(strapi: Core.Strapi): boolean {
  return Boolean((strapi.getModel(COMPLAINT_UID) as { attributes: Record<string, unknown> }).attributes.factory);
}

interface Suggestion {
  incidentId: number;
  incidentDocumentId: string;
  code: string;
  reason: string;
}

/** What a suggestion is made from: the complaint with its category and registry factory. */
export interface SuggestionSubject {
  id: number;
  latitude?: number | null;
  longitude?: number | null;
  factory?: { id?: number } | null;
  factoryRegistrationNumber?: string | null;
  category?: { id: number | string; radiusMeters?: number | null; incidentWindowHours?: number | null } | null;
}

interface CandidateRow {
  id: number;
  latitude?: number | null;
  longitude?: number | null;
  incident?: { id: number; documentId: string; code: string; state: string } | null;
}

/**
 * The open incident a new complaint probably belongs to: one about the same factory, else the one
 * with the nearest complaint of the same category within the category's radius (or the policy's)
 * received within the category's window (or the policy's). Bounded queries: a bounding box first.
 */
async function findSuggestion(
  strapi: Core.Strapi,
  complaint: SuggestionSubject,
  now: Date,
  policy: IncidentPolicy,
): Promise<Suggestion | null> {
  const openIncident = { incident: { state: { $in: OPEN_INCIDENT_STATES } } };
  const populate = { incident: { select: ['id', 'documentId', 'code', 'state'] } };
  const same = sameSourceFilter(sourceOf(complaint), hasFactoryRelation(strapi));
  if (same) {
    const row = (await strapi.db.query(COMPLAINT_UID).findOne({
      where: { $and: [same, openIncident, { id: { $ne: complaint.id } }] },
      populate,
      orderBy: { id: 'desc' },
    })) as CandidateRow | null;
    if (row?.incident) {
      return { incidentId: row.incident.id, incidentDocumentId: row.incident.documentId, code: row.incident.code, reason: 'factory' };
    }
  }
  const lat = complaint.latitude;
  const lng = complaint.longitude;
  if (lat === null || lat === undefined || lng === null || lng === undefined || !complaint.category) return null;
  const radius = complaint.category.radiusMeters ?? policy.radiusMeters;
  const windowHours = complaint.category.incidentWindowHours ?? policy.windowHours;
  const dLat = radius / 111_320;
  const dLng = radius / (111_320 * Math.max(0.01, Math.cos(rad(lat))));
  const rows = (await strapi.db.query(COMPLAINT_UID).findMany({
    where: {
      $and: [
        openIncident,
        { id: { $ne: complaint.id } },
        { category: { id: complaint.category.id } },
        { receivedAt: { $gte: new Date(now.getTime() - windowHours * 3600_000) } },
        { latitude: { $between: [lat - dLat, lat + dLat] } },
        { longitude: { $between: [lng - dLng, lng + dLng] } },
      ],
    },
    select: ['id', 'latitude', 'longitude'],
    populate,
    limit: 200,
  })) as CandidateRow[];
  let best: { row: CandidateRow; d: number } | null = null;
  for (const row of rows) {
    if (!row.incident || row.latitude === null || row.latitude === undefined || row.longitude === null || row.longitude === undefined)
      continue;
    const d = distanceMeters({ latitude: lat, longitude: lng }, { latitude: row.latitude, longitude: row.longitude });
    if (d <= radius && (!best || d < best.d)) best = { row, d };
  }
  if (!best?.row.incident) return null;
  const inc = best.row.incident;
  return { incidentId: inc.id, incidentDocumentId: inc.documentId, code: inc.code, reason: `${Math.round(best.d)} m` };
}

/**
 * Suggests an open incident for a complaint just filed: links it as `suggested` (an officer confirms)
 * with an internal timeline note saying why. Returns the suggestion, or null.
 */
export async function suggestIncident(
  strapi: Core.Strapi,
  documentId: string,
  addNote: (documentId: string, note: string) => Promise<unknown>,
  now = new Date(),
  /** the complaint as its intake just wrote it (with category and factory), instead of reading it back */
  known?: SuggestionSubject & { incident?: unknown },
): Promise<Suggestion | null> {
  const populate: Record<string, unknown> = { category: true };
  if (hasFactoryRelation(strapi)) populate.factory = { select: ['id'] };
  const c = known ?? (await strapi.db.query(COMPLAINT_UID).findOne({ where: { documentId }, populate }));
  if (!c || c.incident) return null;
  const suggestion = await findSuggestion(strapi, c, now, await incidentPolicy(strapi));
  if (!suggestion) return null;
  await strapi.db
    .query(COMPLAINT_UID)
    .update({ where: { id: c.id }, data: { incident: suggestion.incidentId, incidentLink: 'suggested' } });
  const why = suggestion.reason === 'factory' ? 'โรงงานเดียวกัน / same factory' : `ห่าง / within ${suggestion.reason}`;
  await addNote(documentId, `ระบบเสนอให้รวมกับเหตุการณ์ ${suggestion.code} (${why}) / Suggested incident ${suggestion.code}`);
  return suggestion;
}
