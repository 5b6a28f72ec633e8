import { yup } from '@strapi/utils';
import { fieldErrors, knownObject, number, text, validate } from '../../lib/platform/validation';

/** What an agency officer submits and what a reviewer sends back (`{ data: {...} }`). */

interface KpiResultInput {
  code?: string;
  name: string;
  unit?: string;
  target?: number;
  actual?: number;
  note?: string;
}

export interface SubmissionInput {
  progressPercent: number;
  budgetSpent?: number;
  narrative: string;
  obstacles?: string;
  kpiResults?: KpiResultInput[];
  attachments?: number[];
}

const kpiResult = knownObject({
  name: text(300).required('is required'),
  code: text(30).nullable(),
  unit: text(50).nullable(),
  target: number(-1e15, 1e15).nullable(),
  actual: number(-1e15, 1e15).nullable(),
  note: text(5000).nullable(),
}).typeError('must be an object');

const submissionSchema = knownObject(
  {
    progressPercent: number(0, 100).required('is required'),
    budgetSpent: number(0).nullable(),
    narrative: text(20000).required('is required'),
    obstacles: text(20000).nullable(),
    kpiResults: yup.array(kpiResult).typeError('must be a list').max(100, 'must have at most 100 entries').nullable(),
    attachments: yup
      .array(
        yup
          .number()
          .typeError('must be an uploaded file id')
          .integer('must be an uploaded file id')
          .positive('must be an uploaded file id'),
      )
      .typeError('must be a list of uploaded file ids')
      .nullable(),
  },
  'cannot be set when submitting',
)
  .typeError('must be an object')
  .default(undefined)
  .required('must be an object');

const reviewSchema = (commentRequired: boolean) => {
  const comment = text(5000).nullable();
  return knownObject({ comment: commentRequired ? comment.required('is required') : comment })
    .typeError('must be an object')
    .default(undefined);
};

/** Leaves out what was sent empty (null or ''), so that it is not written over what is stored. */
function present<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

export async function submission(data: unknown): Promise<SubmissionInput> {
  const input = present(await validate<SubmissionInput>(submissionSchema, data, 'data'));
  if (input.kpiResults) input.kpiResults = input.kpiResults.map((k) => present(k));
  return input;
}

export async function review(data: unknown, commentRequired: boolean): Promise<{ comment?: string }> {
  if (data === undefined || data === null) data = commentRequired ? {} : undefined;
  return present((await validate<{ comment?: string }>(reviewSchema(commentRequired), data, 'data')) ?? {});
}

/** An officer's exception to the lock: until when the agency may still submit, and why. */
export const lockExceptionSchema = knownObject({
  until: yup.date().typeError('must be an ISO 8601 date-time').required('is required'),
  reason: text(2000).required('is required'),
})
  .typeError('must be an object')
  .default(undefined)
  .required('must be an object');

export async function lockException(data: unknown, now: Date): Promise<{ until: Date; reason: string }> {
  const input = await validate<{ until: Date; reason: string }>(lockExceptionSchema, data, 'data');
  if (input.until.getTime() <= now.getTime()) throw fieldErrors([{ path: ['until'], message: 'must be in the future' }]);
  return input;
}

/** The compliance table's query: Buddhist-era fiscal year, optional quarter (1–4), grouping, minimum sample. */
export const complianceQuerySchema = yup.object({
  fiscalYear: yup
    .number()
    .typeError('must be a Buddhist-era fiscal year, e.g. 2570')
    .integer('must be a Buddhist-era fiscal year, e.g. 2570')
    .min(2500, 'must be a Buddhist-era fiscal year, e.g. 2570')
    .max(2700, 'must be a Buddhist-era fiscal year, e.g. 2570')
    .required('is required (Buddhist era, e.g. 2570)'),
  quarter: yup
    .number()
    .typeError('must be 1, 2, 3 or 4')
    .integer('must be 1, 2, 3 or 4')
    .min(1, 'must be 1, 2, 3 or 4')
    .max(4, 'must be 1, 2, 3 or 4'),
  by: yup.mixed<'agency' | 'province'>().oneOf(['agency', 'province'], 'must be "agency" or "province"').default('agency'),
  minSample: yup
    .number()
    .typeError('must be a whole number')
    .integer('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000'),
});

export interface ComplianceQuery {
  fiscalYear: number;
  quarter?: number;
  by: 'agency' | 'province';
  minSample?: number;
}

export const complianceQuery = (query: unknown) => validate<ComplianceQuery>(complianceQuerySchema, query, 'query');
