import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACK_UID, MATERIAL_UID, USER_UID } from '../../../lib/training/constants';
import { findMatch, type SearchParams } from '../../../lib/training/search';
import { searchPage } from '../../../lib/training/search-index';

/** Fields of a material returned in lists (the body only on a material's own page). */
const LIST_FIELDS = [
  'title',
  'slug',
  'kind',
  'summary',
  'issuingAuthority',
  'effectiveDate',
  'sourceUrl',
  'version',
  'isPublic',
  'locale',
  'publishedAt',
] as const;
type FindMaterials = Modules.Documents.ServiceParams<typeof MATERIAL_UID>['findMany'];
type Published = { filters?: FindMaterials['filters']; status: 'published'; locale: string };

const LIST_POPULATE: FindMaterials['populate'] = {
  topics: { fields: ['slug', 'nameTh', 'nameEn'] },
  fund: { fields: ['slug', 'nameTh', 'nameEn'] },
};

export interface CallerRef {
  id: number;
  roleId?: number;
}

export interface Page<T> {
  results: T[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

function pageOf<T>(results: T[], page: number, pageSize: number, total: number): Page<T> {
  return { results, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
}

export default factories.createCoreService(MATERIAL_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(MATERIAL_UID);

  /** A locale that exists, or a ValidationError naming `locale`; undefined → the default locale. */
  async function resolveLocale(locale: string | undefined): Promise<string> {
    const locales = strapi.plugin('i18n').service('locales');
    if (!locale) return (await locales.getDefaultLocale()) ?? 'th';
    if (!(await locales.findByCode(locale))) {
      throw new errors.ValidationError(`locale: no such locale "${locale}"`, {
        errors: [{ path: ['locale'], message: `no such locale "${locale}"`, name: 'ValidationError' }],
      });
    }
    return locale;
  }

  return {
    resolveLocale,

    /** Published materials matching the search; `publicOnly` for callers without login. */
    async search(params: SearchParams, { publicOnly }: { publicOnly: boolean }) {
      const locale = await resolveLocale(params.locale);
      // the page's ids and the total from the trigram index (search-index.ts), then those rows as usual
      const { ids, total } = await searchPage(strapi, params, { locale, publicOnly });
      const found = ids.length
        ? await documents().findMany({
            filters: { id: { $in: ids } },
            status: 'published',
            locale,
            fields: [...LIST_FIELDS, 'body'],
            populate: LIST_POPULATE,
          })
        : [];
      const byId = new Map(found.map((row) => [row.id, row]));
      const rows = ids.flatMap((id) => byId.get(id) ?? []);
      const results = rows.map(({ body, ...row }) => ({
        ...row,
        match: params.terms.length ? findMatch({ title: row.title, summary: row.summary, body }, params.terms) : null,
      }));
      return { ...pageOf(results, params.page, params.pageSize, total), locale };
    },

    /** The published material with this documentId (or slug), or null; `publicOnly` as in search. */
    async findPublished(idOrSlug: string, { locale, publicOnly, populate }: { locale?: string; publicOnly: boolean; populate?: unknown }) {
      const and: Record<string, unknown>[] = [{ $or: [{ documentId: { $eq: idOrSlug } }, { slug: { $eq: idOrSlug } }] }];
      if (publicOnly) and.push({ isPublic: { $eq: true } });
      return documents().findFirst({
        filters: { $and: and },
        status: 'published',
        locale: await resolveLocale(locale),
        populate: populate ?? { ...LIST_POPULATE, attachments: true },
      });
    },

    /** The caller's acknowledgement of a material's version, if any. */
    async acknowledgementOf(userId: number, documentId: string, version: number) {
      return strapi.db.query(ACK_UID).findOne({
        where: { key: ackKey(userId, documentId, version) },
        select: ['version', 'acknowledgedAt'],
      });
    },

    /**
     * Records that the caller read the material's current version. Idempotent: acknowledging the
     * same version again returns the first acknowledgement. A unique key (user, material, version)
     * holds this even when two requests race.
     */
    async acknowledge(caller: CallerRef, idOrSlug: string, { publicOnly = false }: { publicOnly?: boolean } = {}) {
      const material = await this.findPublished(idOrSlug, { publicOnly, populate: {} });
      if (!material) return null;
      const key = ackKey(caller.id, material.documentId, material.version);
      const existing = await strapi.db.query(ACK_UID).findOne({ where: { key } });
      if (existing) return { material, acknowledgement: existing, created: false };
      try {
        const acknowledgement = await strapi.db.query(ACK_UID).create({
          data: {
            key,
            user: caller.id,
            materialDocumentId: material.documentId,
            materialTitle: String(material.title).slice(0, 500),
            version: material.version,
            acknowledgedAt: new Date(),
          },
        });
        return { material, acknowledgement, created: true };
      } catch (err) {
        const raced = await strapi.db.query(ACK_UID).findOne({ where: { key } });
        if (raced) return { material, acknowledgement: raced, created: false };
        throw err;
      }
    },

    /**
     * Published materials required for the caller's role whose current version the caller has not
     * acknowledged yet (a material acknowledged at an older version is listed again, with the
     * version that was read).
     */
    async myRequired(caller: CallerRef, { locale }: { locale?: string } = {}) {
      if (!caller.roleId) return { results: [], locale: await resolveLocale(locale), requiredTotal: 0 };
      const resolved = await resolveLocale(locale);
      const required = await documents().findMany({
        filters: { requiredForRoles: { id: { $eq: caller.roleId } } },
        status: 'published',
        locale: resolved,
        fields: [...LIST_FIELDS],
        populate: LIST_POPULATE,
        sort: ['effectiveDate:desc', 'title:asc'],
        limit: 500,
      });
      if (!required.length) return { results: [], locale: resolved, requiredTotal: 0 };
      const acks: { materialDocumentId: string; version: number }[] = await strapi.db.query(ACK_UID).findMany({
        where: { user: { id: caller.id }, materialDocumentId: { $in: required.map((m) => m.documentId) } },
        select: ['materialDocumentId', 'version'],
      });
      const readVersion = new Map<string, number>();
      for (const a of acks) readVersion.set(a.materialDocumentId, Math.max(a.version, readVersion.get(a.materialDocumentId) ?? 0));
      const results = required
        .filter((m) => (readVersion.get(m.documentId) ?? 0) < m.version!)
        .map((m) => ({ ...m, acknowledgedVersion: readVersion.get(m.documentId) ?? null }));
      return { results, locale: resolved, requiredTotal: required.length };
    },

    /**
     * For administrators: per published material, how many of the users who must read it
     * (active users of its required roles) acknowledged its current version.
     */
    async acknowledgementRates({ page, pageSize, locale }: { page: number; pageSize: number; locale?: string }) {
      const resolved = await resolveLocale(locale);
      const base = { status: 'published', locale: resolved } as Published;
      const total: number = await documents().count(base);
      const rows = await documents().findMany({
        ...base,
        fields: ['title', 'slug', 'kind', 'version'],
        populate: { requiredForRoles: { fields: ['type', 'name'] } },
        sort: ['title:asc'],
        start: (page - 1) * pageSize,
        limit: pageSize,
      });
      const results = [];
      for (const m of rows) {
        const roleIds: number[] = (m.requiredForRoles ?? []).map((r) => r.id as number);
        const acknowledgedAll: number = await strapi.db.query(ACK_UID).count({
          where: { materialDocumentId: m.documentId, version: m.version },
        });
        let requiredUsers = 0;
        let acknowledged = 0;
        if (roleIds.length) {
          const who = { role: { id: { $in: roleIds } }, blocked: false };
          requiredUsers = await strapi.db.query(USER_UID).count({ where: who });
          acknowledged = await strapi.db.query(ACK_UID).count({
            where: { materialDocumentId: m.documentId, version: m.version, user: who },
          });
        }
        results.push({
          documentId: m.documentId,
          title: m.title,
          slug: m.slug,
          kind: m.kind,
          version: m.version,
          requiredFor: (m.requiredForRoles ?? []).map((r) => ({ type: r.type, name: r.name })),
          requiredUsers,
          acknowledged,
          rate: requiredUsers ? Math.round((acknowledged / requiredUsers) * 1000) / 1000 : null,
          acknowledgedAll,
        });
      }
      return { ...pageOf(results, page, pageSize, total), locale: resolved };
    },
  };
});

export function ackKey(userId: number, documentId: string, version: number): string {
  return `${userId}:${documentId}:${version}`;
}
