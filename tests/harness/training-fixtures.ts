import type { Core } from '@strapi/strapi';

const MATERIAL = 'api::training-material.training-material';

export interface MaterialInput {
  slug: string;
  kind?: string;
  th: { title: string; summary?: string; body?: string };
  en?: { title: string; summary?: string; body?: string };
  topics?: string[];
  fund?: string;
  version?: number;
  effectiveDate?: string;
  isPublic?: boolean;
  requiredFor?: string[];
}

const docs = (strapi: Core.Strapi) => strapi.documents(MATERIAL as any) as any;

async function documentIdsBySlug(strapi: Core.Strapi, uid: string, slugs: string[] = []) {
  const rows = await strapi.db.query(uid as any).findMany({ where: { slug: { $in: slugs } } });
  return slugs.map((s) => {
    const row = rows.find((r: { slug: string }) => r.slug === s);
    if (!row) throw new Error(`no ${uid} ${s}`);
    return row.documentId as string;
  });
}

export async function createTopic(strapi: Core.Strapi, slug: string, nameTh: string, nameEn: string) {
  return strapi.documents('api::topic.topic' as any).create({ data: { slug, nameTh, nameEn } as any });
}

export async function createFund(strapi: Core.Strapi, slug: string, nameTh: string, nameEn: string) {
  return strapi.documents('api::fund.fund' as any).create({ data: { slug, nameTh, nameEn } as any });
}

/** Writes a material as an editor would: Thai first, then English, then (unless `publish` is false) publishes both. */
export async function createMaterial(strapi: Core.Strapi, input: MaterialInput, { publish = true } = {}) {
  const roles = input.requiredFor?.length
    ? await strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: input.requiredFor } } })
    : [];
  const shared = {
    slug: input.slug,
    kind: input.kind ?? 'law',
    version: input.version ?? 1,
    effectiveDate: input.effectiveDate ?? '2024-01-01',
    isPublic: input.isPublic ?? false,
    topics: await documentIdsBySlug(strapi, 'api::topic.topic', input.topics),
    fund: input.fund ? (await documentIdsBySlug(strapi, 'api::fund.fund', [input.fund]))[0] : null,
    requiredForRoles: roles.map((r: { documentId: string }) => r.documentId),
  };
  const created = await docs(strapi).create({ locale: 'th', data: { ...shared, ...input.th } });
  // As the admin panel does when an editor adds a locale: the shared (non-localized) fields come along.
  if (input.en) await docs(strapi).update({ documentId: created.documentId, locale: 'en', data: { ...shared, ...input.en } });
  if (publish) await docs(strapi).publish({ documentId: created.documentId, locale: '*' });
  return created.documentId as string;
}

/** An editor's new version: changes the Thai text, bumps the version, publishes. */
export async function publishNewVersion(strapi: Core.Strapi, documentId: string, data: Record<string, unknown>) {
  const current = await docs(strapi).findOne({ documentId, locale: 'th', status: 'draft' });
  await docs(strapi).update({ documentId, locale: 'th', data: { ...data, version: current.version + 1 } });
  await docs(strapi).publish({ documentId, locale: '*' });
  return current.version + 1;
}

/** Edits the Thai draft without publishing. */
export async function editDraft(strapi: Core.Strapi, documentId: string, data: Record<string, unknown>) {
  await docs(strapi).update({ documentId, locale: 'th', data });
}
