import type { Core } from '@strapi/strapi';
import { MATERIAL_UID } from './model';

/**
 * The version a material gets when one or more of its locales are published.
 *  - never published: the version the editor set (nobody has read it yet);
 *  - a minor change (typo, formatting): the version already published, so every acknowledgement stays valid;
 *  - otherwise (a change that matters): a new version, so its audience is asked again — unless the
 *    version was already raised past what these locales show (the editor raised it, or another locale
 *    of the same change was published first: publishing the English after the Thai asks nobody twice).
 */
export function versionOnPublish(input: {
  /** the draft's version (shared by the locales) */
  draft: number;
  /** the highest version published in any locale; null when never published */
  published: number | null;
  /** the highest version published in the locales being published now; null when none of them is */
  publishedHere: number | null;
  minor: boolean;
}): number {
  const draft = Math.max(1, input.draft || 1);
  if (input.published === null) return draft;
  if (input.minor) return input.published;
  if (input.publishedHere === null) return Math.max(draft, input.published);
  return draft > input.publishedHere ? draft : input.publishedHere + 1;
}

interface Row {
  version: number | null;
  locale: string | null;
  publishedAt: string | Date | null;
  updatedAt?: string | Date | null;
  minorChange?: boolean | null;
}

/** The locales a publish call names: `'*'` or absent mean every locale (absent: the default one, close enough). */
function localesOf(param: unknown): string[] | '*' {
  if (param === undefined || param === null || param === '*') return '*';
  return Array.isArray(param) ? param.map(String) : [String(param)];
}

/**
 * Every publish of a material (REST, admin panel, scripts) goes through the document service: before it
 * copies the draft, set the draft's version by `versionOnPublish` and clear its "minor change" tick, so the
 * next publish is taken as one that matters unless the editor ticks it again.
 */
export function registerPublishVersioning(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MATERIAL_UID || context.action !== 'publish') return next();
    const params = context.params as { documentId?: string; locale?: unknown };
    if (!params.documentId) return next();
    const rows: Row[] = await strapi.db.query(MATERIAL_UID).findMany({
      where: { documentId: params.documentId },
      select: ['version', 'locale', 'publishedAt', 'updatedAt', 'minorChange'],
    });
    const drafts = rows.filter((r) => !r.publishedAt);
    if (!drafts.length) return next();
    const locales = localesOf(params.locale);
    const published = rows.filter((r) => r.publishedAt);
    const here = published.filter((r) => locales === '*' || locales.includes(String(r.locale)));
    const max = (list: Row[]) => (list.length ? Math.max(...list.map((r) => r.version ?? 1)) : null);
    const time = (d: string | Date | null | undefined) => (d ? new Date(d).getTime() : 0);
    const draft = Math.max(...drafts.map((r) => r.version ?? 1));
    // Strapi copies a shared (non-localized) field such as `version` to every locale when one is published,
    // so these locales' published rows may already carry the version another locale of the same change
    // was given: when another locale was published after these were last published and edited, at the
    // draft's version, this publish is part of that change
    const lastHere = Math.max(
      0,
      ...here.map((r) => time(r.publishedAt)),
      ...drafts.filter((r) => locales === '*' || locales.includes(String(r.locale))).map((r) => time(r.updatedAt)),
    );
    const sameChange = published.some((r) => !here.includes(r) && time(r.publishedAt) > lastHere && (r.version ?? 1) >= draft);
    const version = versionOnPublish({
      draft,
      published: max(published),
      publishedHere: sameChange ? null : max(here),
      minor: drafts.some((r) => r.minorChange === true),
    });
    await strapi.db.query(MATERIAL_UID).updateMany({
      where: { documentId: params.documentId, publishedAt: { $null: true } },
      data: { version, minorChange: false },
    });
    return next();
  });
}
