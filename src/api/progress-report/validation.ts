import { yup } from '@strapi/utils';
import { knownObject, number, text, validate } from '../../lib/platform/validation';

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
