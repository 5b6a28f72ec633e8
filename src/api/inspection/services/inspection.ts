import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertMove, INSPECTION_TRANSITIONS, InspectionState, summarise, type SummaryFinding } from '../../../lib/inspections/rules';
import { INSPECTION_UID as UID, FINDING_UID } from '../../../lib/inspections/model';

/** A finding row as selected below (the agency populated). */
type FindingRow = Omit<SummaryFinding, 'agency'> & { responsibleAgency?: SummaryFinding['agency'] };

export default factories.createCoreService(UID, ({ strapi }: { strapi: Core.Strapi }) => ({
  async transition(documentId: string, to: unknown) {
    return strapi.db.transaction(async () => {
      const current = await strapi.documents(UID).findOne({ documentId, fields: ['state'] });
      if (!current) throw new errors.NotFoundError('Inspection not found');
      assertMove('inspection', INSPECTION_TRANSITIONS, current.state as InspectionState, to);
      return strapi.documents(UID).update({ documentId, data: { state: to } });
    });
  },

  /** The figures of one round (fiscal year + round): findings by severity, state and agency, overdue count. */
  async roundSummary(fiscalYear: number, round: number, now = new Date()) {
    const inspections = await strapi.db.query(UID).count({ where: { fiscalYear, round } });
    const findings = await strapi.db.query(FINDING_UID).findMany({
      where: { inspection: { fiscalYear, round } },
      select: ['severity', 'state', 'dueAt'],
      populate: { responsibleAgency: { select: ['code', 'nameTh', 'nameEn'] } },
    });
    const figures = summarise(
      findings.map((f: FindingRow) => ({ severity: f.severity, state: f.state, dueAt: f.dueAt, agency: f.responsibleAgency ?? null })),
      now,
    );
    return { fiscalYear, round, inspections, ...figures };
  },
}));
