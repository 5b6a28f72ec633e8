import type { Core } from '@strapi/strapi';
import { FACTORY_UID } from './model';
import { normaliseRegistrationNumber } from './registration';

/** The radius a category without its own `radiusMeters` suggests factories within. */
export const DEFAULT_RADIUS_METERS = 2000;
/** The most suggestions one complaint gets. */
const MAX_SUGGESTIONS = 10;
const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The registered factory a registration number (as a citizen wrote it) names, or null. */
export async function factoryByRegistrationNumber(
  strapi: Core.Strapi,
  raw: string | null | undefined,
): Promise<{ id: number; documentId: string } | null> {
  const key = normaliseRegistrationNumber(raw);
  if (!key) return null;
  const row = await strapi.documents(FACTORY_UID).findFirst({ filters: { registrationNumber: key }, fields: ['documentId'] });
  return row ? { id: Number(row.id), documentId: row.documentId } : null;
}

export interface FactorySuggestion {
  documentId: string;
  registrationNumber: string;
  nameTh: string;
  typeCode: string;
  factoryClass: number;
  district: string | null;
  state: string;
  latitude: number;
  longitude: number;
  distanceMeters: number;
}

/**
 * The registered factories within `radiusMeters` of a position, nearest first (at most 10). The
 * database narrows to the bounding box (an indexable range on latitude and longitude); the exact
 * distance is then computed here.
 */
export async function nearestFactories(
  strapi: Core.Strapi,
  at: { latitude: number; longitude: number },
  radiusMeters: number,
): Promise<FactorySuggestion[]> {
  const dLat = (radiusMeters / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos((at.latitude * Math.PI) / 180), 0.01);
  const rows = (await strapi.db.query(FACTORY_UID).findMany({
    where: {
      latitude: { $between: [at.latitude - dLat, at.latitude + dLat] },
      longitude: { $between: [at.longitude - dLng, at.longitude + dLng] },
    },
    select: ['documentId', 'registrationNumber', 'nameTh', 'typeCode', 'factoryClass', 'district', 'state', 'latitude', 'longitude'],
    limit: 500,
  })) as Array<Omit<FactorySuggestion, 'distanceMeters'>>;
  return rows
    .map((f) => ({ ...f, distanceMeters: Math.round(distanceMeters(at, f)) }))
    .filter((f) => f.distanceMeters <= radiusMeters)
    .sort((a, b) => a.distanceMeters - b.distanceMeters || a.registrationNumber.localeCompare(b.registrationNumber))
    .slice(0, MAX_SUGGESTIONS);
}
