import type { Core } from '@strapi/strapi';
import { ACTIVITY_UID, HOLDS_PLACE, PARTICIPATION_UID } from '../volunteers/rules';
import { cmEntryUrl, cmListUrl } from './cm-url';
import { knexOf, linkOf, num, tableOf, type QueryBuilder } from '../platform/db-meta';
import { toDate } from './jobs';
import { PROVINCE_UID } from '../platform/model';

/**
 * Widget "upcoming volunteer activities": open activities that have not started, soonest first
 * (at most `limit`), each with capacity, places taken (registered, attended, no-show — as the
 * sign-up rule counts them), waitlist and fill rate. One grouped query, and one count of all
 * upcoming activities.
 */
const UPCOMING_LIMIT = 8;

interface ActivityRow {
  documentId: string;
  title: string;
  startAt: unknown;
  endAt: unknown;
  capacity: number | string;
  place: string | null;
  provinceTh: string | null;
  provinceEn: string | null;
  taken: number | string | null;
  waitlisted: number | string | null;
}

export interface VolunteersWidget {
  generatedAt: string;
  activities: {
    documentId: string;
    title: string;
    startAt: string | null;
    endAt: string | null;
    place: string | null;
    province: { th: string; en: string } | null;
    capacity: number;
    taken: number;
    waitlisted: number;
    placesLeft: number;
    /** taken ÷ capacity (may exceed 1 when the capacity was lowered) */
    fillRate: number;
    url: string;
    participantsUrl: string;
  }[];
  totals: { upcoming: number; shown: number; capacity: number; taken: number; waitlisted: number; fillRate: number | null };
  links: { upcoming: string };
}

/** Pure: rows to the widget's answer. */
function shapeVolunteers(rows: ActivityRow[], upcoming: number, now: Date): VolunteersWidget {
  const activities = rows.map((r) => {
    const capacity = num(r.capacity);
    const taken = num(r.taken);
    return {
      documentId: r.documentId,
      title: r.title,
      startAt: toDate(r.startAt)?.toISOString() ?? null,
      endAt: toDate(r.endAt)?.toISOString() ?? null,
      place: r.place,
      province: r.provinceTh ? { th: r.provinceTh, en: r.provinceEn ?? r.provinceTh } : null,
      capacity,
      taken,
      waitlisted: num(r.waitlisted),
      placesLeft: Math.max(0, capacity - taken),
      fillRate: capacity ? taken / capacity : 0,
      url: cmEntryUrl(ACTIVITY_UID, r.documentId),
      participantsUrl: cmListUrl(PARTICIPATION_UID, [{ activity: { documentId: { $eq: r.documentId } } }], { sort: 'signedUpAt:ASC' }),
    };
  });
  const capacity = activities.reduce((s, a) => s + a.capacity, 0);
  const taken = activities.reduce((s, a) => s + a.taken, 0);
  return {
    generatedAt: now.toISOString(),
    activities,
    totals: {
      upcoming,
      shown: activities.length,
      capacity,
      taken,
      waitlisted: activities.reduce((s, a) => s + a.waitlisted, 0),
      fillRate: capacity ? taken / capacity : null,
    },
    links: { upcoming: cmListUrl(ACTIVITY_UID, [{ state: { $eq: 'open' } }, { startAt: { $gte: now } }], { sort: 'startAt:ASC' }) },
  };
}

export async function volunteersWidget(strapi: Core.Strapi, now: Date = new Date(), limit = UPCOMING_LIMIT): Promise<VolunteersWidget> {
  const knex = knexOf(strapi);
  const a = tableOf(strapi, ACTIVITY_UID);
  const p = tableOf(strapi, PARTICIPATION_UID);
  const pr = tableOf(strapi, PROVINCE_UID);
  const toActivity = linkOf(strapi, PARTICIPATION_UID, 'activity');
  const toProvince = linkOf(strapi, ACTIVITY_UID, 'province');
  const pState = `pt.${p.column('state')}`;
  const upcoming = (q: QueryBuilder) =>
    q
      .where(`a.${a.column('state')}`, 'open')
      .andWhere(`a.${a.column('startAt')}`, '>=', now)
      .modify((qb: QueryBuilder) => (a.publishedOnly ? qb.whereNotNull('a.published_at') : qb));
  const columns = [
    'id',
    a.column('documentId'),
    a.column('title'),
    a.column('startAt'),
    a.column('endAt'),
    a.column('capacity'),
    a.column('place'),
  ].map((c) => `a.${c}`);
  const rows = (await upcoming(
    knex(`${a.table} as a`)
      .select({
        documentId: `a.${a.column('documentId')}`,
        title: `a.${a.column('title')}`,
        startAt: `a.${a.column('startAt')}`,
        endAt: `a.${a.column('endAt')}`,
        capacity: `a.${a.column('capacity')}`,
        place: `a.${a.column('place')}`,
        provinceTh: knex.raw(`MIN(pr.${pr.column('nameTh')})`),
        provinceEn: knex.raw(`MIN(pr.${pr.column('nameEn')})`),
      })
      .select(
        knex.raw(`SUM(CASE WHEN ${pState} IN (${HOLDS_PLACE.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) as taken`, HOLDS_PLACE),
        knex.raw(`SUM(CASE WHEN ${pState} = ? THEN 1 ELSE 0 END) as waitlisted`, ['waitlisted']),
      )
      .leftJoin(`${toActivity.table} as l`, `l.${toActivity.targetColumn}`, 'a.id')
      .leftJoin(`${p.table} as pt`, function () {
        this.on('pt.id', '=', `l.${toActivity.ownerColumn}`);
        if (p.publishedOnly) this.andOnNotNull('pt.published_at');
      })
      .leftJoin(`${toProvince.table} as ap`, `ap.${toProvince.ownerColumn}`, 'a.id')
      .leftJoin(`${pr.table} as pr`, 'pr.id', `ap.${toProvince.targetColumn}`),
  )
    .groupBy(columns)
    .orderBy(`a.${a.column('startAt')}`, 'asc')
    .orderBy('a.id', 'asc')
    .limit(limit)) as ActivityRow[];
  const [{ n }] = (await upcoming(knex(`${a.table} as a`).count({ n: '*' }))) as { n: number | string }[];
  return shapeVolunteers(rows, num(n), now);
}
