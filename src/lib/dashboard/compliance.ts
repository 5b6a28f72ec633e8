import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { computeCompliance, fiscalQuarterOf, type Compliance, type ComplianceReport } from '../reporting/compliance';
import { REPORT_UID } from '../reporting/model';
import { bangkokDate } from '../platform/thai-date';

/**
 * Widget "reporting league table": each agency's reporting and on-time rates for a fiscal quarter
 * (the current one, Bangkok, unless `fiscalYear`/`quarter` are asked for), ranked as the compliance
 * route and its CSV rank them — the same reports, the same rules, the same minimum sample.
 */
export interface ComplianceWidget extends Compliance {
  generatedAt: string;
  /** Buddhist-era fiscal year and quarter (1 = October–December) */
  fiscalYear: number;
  quarter: number;
}

interface ComplianceSource {
  complianceReports(fiscalYear: number, quarter?: number): Promise<ComplianceReport[]>;
}

function quarterOf(query: Record<string, unknown>, now: Date): { fiscalYear: number; quarter: number } {
  const current = fiscalQuarterOf(bangkokDate(now));
  const int = (name: 'fiscalYear' | 'quarter', min: number, max: number) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return current[name];
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new errors.ValidationError(`${name} must be a whole number from ${min} to ${max}`, { field: name });
    }
    return n;
  };
  return { fiscalYear: int('fiscalYear', 2500, 2700), quarter: int('quarter', 1, 4) };
}

export async function complianceWidget(strapi: Core.Strapi, now: Date, query: Record<string, unknown> = {}): Promise<ComplianceWidget> {
  const { fiscalYear, quarter } = quarterOf(query, now);
  const source = strapi.service(REPORT_UID) as unknown as ComplianceSource;
  const reports = await source.complianceReports(fiscalYear, quarter);
  return { generatedAt: now.toISOString(), fiscalYear, quarter, ...computeCompliance(reports, { now, by: 'agency' }) };
}
