import type { Core } from '@strapi/strapi';
import { appData, enqueue } from '../platform/outbox';
import { adminEntryLink } from '../platform/links';
import { formatDate } from '../platform/thai-date';
import { documentGuard } from '../platform/trusted-write';
import { FINDING_UID } from './model';

/**
 * A repeat finding: the same category, for the same agency or the same province, as a finding of an
 * earlier inspection round (fiscal year and round before this one's). It is flagged when recorded and
 * goes to the Inspector-General (the admin role `inspector-general`) by e-mail, once per finding.
 */

/** The admin-panel role whose users are told of repeat findings. */
export const INSPECTOR_GENERAL_ROLE = 'inspector-general';

export interface RoundFinding {
  documentId: string;
  category?: string | null;
  agencyId?: number | null;
  provinceId?: number | null;
  fiscalYear: number;
  round: number;
}

const norm = (c: string | null | undefined) => (c ?? '').trim().toLowerCase();
const order = (f: RoundFinding) => f.fiscalYear * 10 + f.round;

/** Pure: the latest earlier-round finding `f` repeats, or null (no category: never a repeat). */
export function repeatOf(f: RoundFinding, others: RoundFinding[]): RoundFinding | null {
  const category = norm(f.category);
  if (!category) return null;
  const matches = others.filter(
    (o) =>
      o.documentId !== f.documentId &&
      norm(o.category) === category &&
      order(o) < order(f) &&
      ((f.agencyId && o.agencyId === f.agencyId) || (f.provinceId && o.provinceId === f.provinceId)),
  );
  return matches.sort((a, b) => order(b) - order(a))[0] ?? null;
}

interface StoredFinding {
  id: number;
  documentId: string;
  title: string;
  category?: string | null;
  dueAt: string;
  severity: string;
  inspection?: { code: string; fiscalYear: number; round: number } | null;
  responsibleAgency?: { id: number; nameTh: string; nameEn: string } | null;
  province?: { id: number; nameTh: string; nameEn: string } | null;
}

const POPULATE = {
  inspection: { select: ['code', 'fiscalYear', 'round'] },
  responsibleAgency: { select: ['id', 'nameTh', 'nameEn'] },
  province: { select: ['id', 'nameTh', 'nameEn'] },
};

const asRound = (f: StoredFinding): RoundFinding | null =>
  f.inspection
    ? {
        documentId: f.documentId,
        category: f.category,
        agencyId: f.responsibleAgency?.id ?? null,
        provinceId: f.province?.id ?? null,
        fiscalYear: f.inspection.fiscalYear,
        round: f.inspection.round,
      }
    : null;

/** Effect: flags a newly recorded finding that repeats an earlier round's and e-mails the Inspector-General. */
async function flagRepeatFinding(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const f = (await strapi.db.query(FINDING_UID).findOne({ where: { documentId }, populate: POPULATE })) as StoredFinding | null;
  const me = f && asRound(f);
  if (!f || !me || !norm(f.category)) return false;
  const same = (await strapi.db.query(FINDING_UID).findMany({
    where: { category: { $eqi: f.category!.trim() }, documentId: { $ne: documentId } },
    populate: POPULATE,
  })) as StoredFinding[];
  const earlier = repeatOf(
    me,
    same.map(asRound).filter((x): x is RoundFinding => !!x),
  );
  if (!earlier) return false;
  const previous = same.find((s) => s.documentId === earlier.documentId)!;
  await strapi.db.query(FINDING_UID).update({ where: { id: f.id }, data: { repeat: true, repeatOf: previous.id } });

  const chiefs = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code: INSPECTOR_GENERAL_ROLE } },
    select: ['email'],
  })) as { email: string }[];
  if (!chiefs.length) {
    strapi.log.warn(`finding ${documentId}: a repeat finding, but no active admin user has the role ${INSPECTOR_GENERAL_ROLE}`);
    return true;
  }
  const base = appData(strapi).url;
  const data = {
    finding: {
      title: f.title,
      category: f.category,
      severity: f.severity,
      dueDate: formatDate(f.dueAt, 'th'),
      inspectionCode: f.inspection?.code ?? '',
      round: `${f.inspection?.round}/${f.inspection?.fiscalYear}`,
      agency: f.responsibleAgency?.nameTh ?? f.province?.nameTh ?? '',
      link: adminEntryLink(strapi, base, FINDING_UID, documentId),
    },
    previous: {
      title: previous.title,
      inspectionCode: previous.inspection?.code ?? '',
      round: `${previous.inspection?.round}/${previous.inspection?.fiscalYear}`,
    },
  };
  for (const chief of chiefs) {
    await enqueue(strapi, {
      to: chief.email,
      templateKey: 'finding.repeat',
      locale: 'th',
      data,
      dedupeKey: `finding:${documentId}:repeat:${chief.email.toLowerCase()}`,
      related: { uid: FINDING_UID, documentId },
    });
  }
  return true;
}

/** After a finding is recorded (REST or the admin panel), in the same transaction: the repeat check. */
export function registerRepeatDetection(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [FINDING_UID],
      async (context, next) => {
        if (context.action !== 'create') return next();
        return strapi.db.transaction(async () => {
          const created = (await next()) as { documentId?: string } | null;
          if (created?.documentId) await flagRepeatFinding(strapi, created.documentId);
          return created;
        });
      },
      { skipTrusted: false },
    ),
  );
}
