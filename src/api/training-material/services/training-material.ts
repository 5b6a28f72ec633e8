import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACK_UID, FUND_UID, MATERIAL_UID, QUIZ_ATTEMPT_UID, TOPIC_UID } from '../../../lib/training/constants';
import { audienceOf, mustAcknowledge, placesOf, usersWhoMustAcknowledge } from '../../../lib/training/audience';
import { gradeQuiz, parseAnswers, quizForReader, type QuizQuestion } from '../../../lib/training/quiz';
import { sortThai } from '../../../lib/training/thai-order';
import { conflict } from '../../../lib/platform/validation';
import { findMatch, type SearchParams } from '../../../lib/training/search';
import { searchPage } from '../../../lib/training/search-index';
import { cachedRead } from '../../../lib/platform/cached-reads';
import { rowsById, type RowsSpec } from '../../../lib/platform/lean-rows';

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
  'requiredDueDate',
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
/** A search page's rows: the list's fields and relations. */
const SEARCH_ROWS: RowsSpec = {
  fields: ['id', 'documentId', ...LIST_FIELDS],
  toMany: { topics: ['slug', 'nameTh', 'nameEn'] },
  toOne: { fund: ['slug', 'nameTh', 'nameEn'] },
};
/** The bodies of some search rows (read only where title and summary hold no term). */
const BODY_ROWS: RowsSpec = { fields: ['id', 'body'] };
/** With the audience of each material (audience.ts reads the ids). */
const LIST_AUDIENCE_POPULATE: FindMaterials['populate'] = {
  topics: { fields: ['slug', 'nameTh', 'nameEn'] },
  fund: { fields: ['slug', 'nameTh', 'nameEn'] },
  requiredForRoles: { fields: ['type'] },
  requiredForAgencies: { fields: ['code'] },
  requiredForProvinces: { fields: ['code'] },
};
/**
 * Search pages kept at once (cached-reads.ts): the terms are the caller's, so the number is bounded. A page of
 * 25 (the default) is ~23 KB as JSON at the bench's data, of 100 (the most) ~90 KB: ~5 MB kept for default
 * pages, ~18 MB at most.
 */
const KEPT_PAGES = { group: 'training-search-pages', max: 200 };
/** Lists ordered in memory by Thai title (thai-order.ts) hold at most this many materials. */
const ORDER_LIMIT = 5000;
/** The quiz with its answers, for grading on the server only. */
const QUIZ_POPULATE = { quiz: { populate: { choices: true } } } as const;

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

  /**
   * A locale that exists, or a ValidationError naming `locale`; undefined → the default locale. Both are read
   * on every search and list, so they are kept like reference rows (cached-reads.ts).
   */
  async function resolveLocale(locale: string | undefined): Promise<string> {
    const locales = strapi.plugin('i18n').service('locales');
    if (!locale) return (await cachedRead(strapi, ['strapi::core-store'], 'default-locale', () => locales.getDefaultLocale())) ?? 'th';
    if (!(await cachedRead(strapi, ['plugin::i18n.locale'], ['locale', locale], async () => Boolean(await locales.findByCode(locale))))) {
      throw new errors.ValidationError(`locale: no such locale "${locale}"`, {
        errors: [{ path: ['locale'], message: `no such locale "${locale}"`, name: 'ValidationError' }],
      });
    }
    return locale;
  }

  /**
   * The documentIds of the materials matching `base`, in Thai dictionary order of their titles (thai-order.ts),
   * cut to the page; and how many there are.
   */
  async function titleOrder(base: Published, dir: 'asc' | 'desc', { start, limit }: { start: number; limit: number }) {
    const all = await documents().findMany({ ...base, fields: ['title'], limit: ORDER_LIMIT });
    const ordered: string[] = sortThai(all, (m) => m.title, dir === 'desc').map((m) => m.documentId);
    return { ids: ordered.slice(start, start + limit), total: ordered.length };
  }

  /** One search page, read from the database (`search` keeps it). */
  async function searchOnce(params: SearchParams, locale: string, publicOnly: boolean) {
    // the page's ids and the total from the trigram index (search-index.ts), then those rows by primary key
    // (lean-rows.ts): the ids are already published rows of this locale, and topics and funds have neither
    // drafts nor locales, so the document service would add only its transaction and passes
    const { ids, total } = await searchPage(strapi, params, { locale, publicOnly });
    const found = (await rowsById(strapi, MATERIAL_UID, ids, SEARCH_ROWS)) as Array<
      Record<string, unknown> & { id: number; title: string; summary?: string | null }
    >;
    const byId = new Map(found.map((row) => [row.id, row]));
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    const matches = rows.map((row) => (params.terms.length ? findMatch({ title: row.title, summary: row.summary }, params.terms) : null));
    // a body is read only for the rows whose title and summary hold no term: it is most of a row's bytes
    const bodyless = params.terms.length ? rows.filter((_, i) => !matches[i]).map((row) => row.id) : [];
    if (bodyless.length) {
      const bodies = await rowsById(strapi, MATERIAL_UID, bodyless, BODY_ROWS);
      const bodyOf = new Map(bodies.map((b) => [b.id, b.body as string | null]));
      rows.forEach((row, i) => {
        if (!matches[i]) matches[i] = findMatch({ body: bodyOf.get(row.id) }, params.terms);
      });
    }
    const results = rows.map((row, i) => ({ ...row, match: matches[i] }));
    return { ...pageOf(results, params.page, params.pageSize, total), locale };
  }

  return {
    resolveLocale,

    /**
     * Published materials matching the search; `publicOnly` for callers without login. A page is kept like
     * the search's total (cached-reads.ts: 30 s, dropped by any write of a material, topic or fund through
     * this process), so page and total always agree; a material is published content, read by many for
     * the same few terms, and a page answered again costs no statement.
     */
    async search(params: SearchParams, { publicOnly }: { publicOnly: boolean }) {
      const locale = await resolveLocale(params.locale);
      const { terms, kind, topic, fund, sort, page, pageSize } = params;
      const key = ['search-page', locale, publicOnly, terms, kind, topic, fund, sort, page, pageSize];
      return cachedRead(strapi, [MATERIAL_UID, TOPIC_UID, FUND_UID], key, () => searchOnce(params, locale, publicOnly), KEPT_PAGES);
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
      // a material with a quiz is acknowledged only after a passing attempt at its current version
      if ((await this.quizOf(material.documentId)) && !(await this.passedQuiz(caller.id, material.documentId, material.version))) {
        throw conflict('pass the quiz of this version before acknowledging it', { quiz: 'not passed', version: material.version });
      }
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
      const candidates = await documents().findMany({
        filters: { requiredForRoles: { id: { $eq: caller.roleId } } },
        status: 'published',
        locale: resolved,
        fields: [...LIST_FIELDS],
        populate: LIST_AUDIENCE_POPULATE,
        sort: ['effectiveDate:desc'],
        limit: 500,
      });
      const places = candidates.length ? await placesOf(strapi, caller.id) : { agencyIds: [], provinceIds: [] };
      const required = sortRequired(
        candidates
          .filter((m) => mustAcknowledge(audienceOf(m), { roleId: caller.roleId, ...places }))
          .map(({ requiredForRoles: _r, requiredForAgencies: _a, requiredForProvinces: _p, ...m }) => m),
      );
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
      const { ids, total } = await titleOrder(base, 'asc', { start: (page - 1) * pageSize, limit: pageSize });
      const found = ids.length
        ? await documents().findMany({
            ...base,
            filters: { documentId: { $in: ids } },
            fields: ['title', 'slug', 'kind', 'version', 'requiredDueDate'],
            populate: {
              requiredForRoles: { fields: ['type', 'name'] },
              requiredForAgencies: { fields: ['code', 'nameTh'] },
              requiredForProvinces: { fields: ['code', 'nameTh'] },
            },
          })
        : [];
      const rows = ids.flatMap((id) => found.filter((m) => m.documentId === id));
      const results = [];
      for (const m of rows) {
        const acknowledgedAll: number = await strapi.db.query(ACK_UID).count({
          where: { materialDocumentId: m.documentId, version: m.version },
        });
        const users = await usersWhoMustAcknowledge(strapi, audienceOf(m));
        const requiredUsers = users.length;
        const acknowledged: number = users.length
          ? await strapi.db.query(ACK_UID).count({
              where: { materialDocumentId: m.documentId, version: m.version, user: { id: { $in: users } } },
            })
          : 0;
        results.push({
          documentId: m.documentId,
          title: m.title,
          slug: m.slug,
          kind: m.kind,
          version: m.version,
          requiredFor: (m.requiredForRoles ?? []).map((r) => ({ type: r.type, name: r.name })),
          requiredInAgencies: (m.requiredForAgencies ?? []).map((a) => ({ code: a.code, nameTh: a.nameTh })),
          requiredInProvinces: (m.requiredForProvinces ?? []).map((p) => ({ code: p.code, nameTh: p.nameTh })),
          requiredDueDate: m.requiredDueDate ?? null,
          requiredUsers,
          acknowledged,
          rate: requiredUsers ? Math.round((acknowledged / requiredUsers) * 1000) / 1000 : null,
          acknowledgedAll,
        });
      }
      return { ...pageOf(results, page, pageSize, total), locale: resolved };
    },

    titleOrder,

    /** The published quiz of a material (in `locale`, default the default locale) with its answers; null without one. */
    async quizOf(documentId: string, locale?: string): Promise<{ questions: QuizQuestion[]; passPercent: number } | null> {
      const m = await documents().findFirst({
        filters: { documentId: { $eq: documentId } },
        status: 'published',
        locale: await resolveLocale(locale),
        fields: ['quizPassPercent'],
        populate: QUIZ_POPULATE,
      });
      const questions = (m?.quiz ?? []) as QuizQuestion[];
      return questions.length ? { questions, passPercent: m?.quizPassPercent ?? 80 } : null;
    },

    /** The quiz as readers see it (never which choice is right), or null. */
    async readerQuiz(documentId: string, locale?: string) {
      const quiz = await this.quizOf(documentId, locale);
      return quiz ? quizForReader(quiz.questions, quiz.passPercent) : null;
    },

    /** Whether the user passed the quiz of this version of the material. */
    async passedQuiz(userId: number, documentId: string, version: number): Promise<boolean> {
      const n: number = await strapi.db.query(QUIZ_ATTEMPT_UID).count({
        where: { user: { id: userId }, materialDocumentId: documentId, version, passed: true },
      });
      return n > 0;
    },

    /**
     * Grades the caller's answers to a material's quiz on the server and records the attempt (answers
     * included, privately). Null when there is no such material; a 409 when it has no quiz.
     */
    async attemptQuiz(caller: CallerRef, idOrSlug: string, body: unknown, { locale }: { locale?: string } = {}) {
      const resolved = await resolveLocale(locale);
      const find = (l?: string) => this.findPublished(idOrSlug, { publicOnly: false, populate: {}, locale: l });
      const material = (await find(resolved)) ?? (locale ? await find(undefined) : null);
      if (!material) return null;
      // the quiz of the material's own locale (a material not translated answers in the default one)
      const quiz = await this.quizOf(material.documentId, material.locale ?? resolved);
      if (!quiz) throw conflict('this material has no quiz', { quiz: 'none' });
      const answers = await parseAnswers(body, quiz.questions);
      const grade = gradeQuiz(quiz.questions, answers, quiz.passPercent);
      const attempt = await strapi.db.query(QUIZ_ATTEMPT_UID).create({
        data: {
          user: caller.id,
          materialDocumentId: material.documentId,
          materialTitle: String(material.title).slice(0, 500),
          version: material.version,
          language: material.locale,
          correctCount: grade.correctCount,
          questionCount: grade.questionCount,
          passPercent: quiz.passPercent,
          passed: grade.passed,
          answers,
          submittedAt: new Date(),
        },
      });
      return { material, grade, passPercent: quiz.passPercent, submittedAt: attempt.submittedAt as string };
    },
  };
});

/** Required reading first by due date (the nearest first, undated last), then by Thai title. */
function sortRequired<T extends { requiredDueDate?: unknown; title?: string | null }>(items: T[]): T[] {
  const byTitle = sortThai(items, (m) => m.title);
  const due = (m: T) => (m.requiredDueDate ? String(m.requiredDueDate) : '9999-12-31');
  return byTitle
    .map((m, i) => ({ m, i }))
    .sort((a, b) => due(a.m).localeCompare(due(b.m)) || a.i - b.i)
    .map((x) => x.m);
}

export function ackKey(userId: number, documentId: string, version: number): string {
  return `${userId}:${documentId}:${version}`;
}
