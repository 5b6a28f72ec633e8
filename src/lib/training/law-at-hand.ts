import type { Core } from '@strapi/strapi';
import { MATERIAL_UID } from './model';
import { sortThai } from './thai-order';

/**
 * Law at hand: the provisions (laws, regulations, announcements…) and fund measures that apply to a
 * complaint — through its category — or to an inspection finding. Both link training materials
 * (`provisions`); what an officer sees is the published text of each, in their language.
 */
const COMPLAINT_UID = 'api::complaint.complaint';
const FINDING_UID = 'api::inspection-finding.inspection-finding';

type Linked = { provisions?: { documentId: string }[] } | null;

const documentIdsOf = (row: Linked) => [...new Set((row?.provisions ?? []).map((p) => p.documentId))];

/** The materials linked to the complaint's category (the complaint by documentId). */
export async function provisionsOfComplaint(strapi: Core.Strapi, complaintDocumentId: string) {
  const complaint: { category?: Linked & { code?: string; nameTh?: string; nameEn?: string } } | null = await strapi.db
    .query(COMPLAINT_UID)
    .findOne({
      where: { documentId: complaintDocumentId },
      select: ['id'],
      populate: { category: { select: ['code', 'nameTh', 'nameEn'], populate: { provisions: { select: ['documentId'] } } } },
    });
  const category = complaint?.category ?? null;
  return {
    source: category ? { category: { code: category.code, nameTh: category.nameTh, nameEn: category.nameEn } } : { category: null },
    documentIds: documentIdsOf(category),
  };
}

/** The materials linked to the finding (by documentId). */
export async function provisionsOfFinding(strapi: Core.Strapi, findingDocumentId: string) {
  const finding: (Linked & { title?: string }) | null = await strapi.db.query(FINDING_UID).findOne({
    where: { documentId: findingDocumentId },
    select: ['title'],
    populate: { provisions: { select: ['documentId'] } },
  });
  return { source: { finding: { title: finding?.title ?? null } }, documentIds: documentIdsOf(finding) };
}

const FIELDS = ['title', 'slug', 'kind', 'summary', 'issuingAuthority', 'effectiveDate', 'sourceUrl', 'version', 'locale'] as const;

/**
 * The published materials among `documentIds` in `locale` (falling back to the default locale for one not
 * translated), split into provisions and fund measures, each in Thai dictionary order of titles.
 */
export async function lawAtHand(strapi: Core.Strapi, documentIds: string[], locale: string, defaultLocale: string) {
  if (!documentIds.length) return { provisions: [], fundMeasures: [] };
  const read = (l: string, ids: string[]) =>
    strapi.documents(MATERIAL_UID).findMany({
      filters: { documentId: { $in: ids } },
      status: 'published',
      locale: l,
      fields: [...FIELDS],
      populate: { fund: { fields: ['slug', 'nameTh', 'nameEn'] } },
    });
  const found = await read(locale, documentIds);
  const missing = documentIds.filter((id) => !found.some((m) => m.documentId === id));
  const all = missing.length && locale !== defaultLocale ? [...found, ...(await read(defaultLocale, missing))] : found;
  const ordered = sortThai(all, (m) => m.title);
  return { provisions: ordered.filter((m) => m.kind !== 'fund_measure'), fundMeasures: ordered.filter((m) => m.kind === 'fund_measure') };
}
