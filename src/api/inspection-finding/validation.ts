import { yup } from '@strapi/utils';
import { validate } from '../../lib/platform/validation';
import { AGENCY_RESPONSE_FIELDS, FINDING_WORKFLOW_FIELDS } from '../../lib/inspections/model';
import { AGENCY_ONLY } from '../../lib/inspections/rules';

/**
 * The state of a finding moves only through /respond, /accept and /reopen (the service's rules);
 * create and update may not set it, nor the agency's answer (only /respond writes it), nor the re-open
 * count. The other fields are checked by Strapi against the schema.
 */
const absent = (message: string) => yup.mixed().test('absent', message, (v) => v === undefined);
const notWritten = {
  ...Object.fromEntries(AGENCY_RESPONSE_FIELDS.map((f) => [f, absent(AGENCY_ONLY)])),
  reopenCount: absent('is counted by /reopen'),
  ...Object.fromEntries(
    FINDING_WORKFLOW_FIELDS.map((f) => [f, absent('is written by the follow-up routes (commitment, extension, repeat detection)')]),
  ),
};

export const creation = (data: Record<string, unknown>) =>
  validate(yup.object({ state: yup.mixed().oneOf(['open'], 'a new finding is "open"'), ...notWritten }), data);

export const edit = (data: Record<string, unknown>) =>
  validate(
    yup.object({
      state: absent('use /respond, /accept or /reopen to change the state'),
      dueAt: absent('moves only when the inspector approves an extension request (/extension/approve) or re-opens the finding'),
      ...notWritten,
    }),
    data,
  );

/** Required text, trimmed (blanks only count as missing). */
const requiredText = (max: number, message: string) =>
  yup
    .mixed<string>()
    .transform((v: unknown) => (typeof v === 'string' ? v.trim() : v))
    .test('text', message, (v) => typeof v === 'string' && v.length > 0 && v.length <= max);

export const response = (data: Record<string, unknown>) =>
  validate<{ response: string }>(yup.object({ response: requiredText(10000, 'is required, at most 10000 characters') }), data);

export const reopening = (data: Record<string, unknown>) =>
  validate<{ comment: string; dueAt?: Date }>(
    yup.object({
      comment: requiredText(Number.MAX_SAFE_INTEGER, 'is required to re-open a finding'),
      dueAt: yup.date().typeError('must be an ISO 8601 date'),
    }),
    data,
  );

/** The agency's commitment: what it will do, who owns it, by when. */
export const commitmentSchema = yup.object({
  action: requiredText(5000, 'is required, at most 5000 characters'),
  owner: requiredText(200, 'is required, at most 200 characters'),
  dueDate: yup
    .string()
    .required('is required (YYYY-MM-DD)')
    .matches(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
    .test('date', 'must be a date, YYYY-MM-DD', (v) => !v || !Number.isNaN(Date.parse(v))),
});
export const commitment = (data: Record<string, unknown>) =>
  validate<{ action: string; owner: string; dueDate: string }>(commitmentSchema, data);

/** The agency's request to move the due date, and why. */
export const extensionSchema = yup.object({
  requestedDueAt: yup.date().typeError('must be an ISO 8601 date').required('is required'),
  reason: requiredText(5000, 'is required, at most 5000 characters'),
});
export const extension = (data: Record<string, unknown>) => validate<{ requestedDueAt: Date; reason: string }>(extensionSchema, data);

/** An inspector's decision: a comment, required when refusing or rejecting and when verifying a fix. */
export const decisionSchema = (required: boolean) =>
  yup.object({
    comment: required
      ? requiredText(5000, 'is required, at most 5000 characters')
      : yup.string().max(5000, 'must be at most 5000 characters'),
  });
export const decision = (data: Record<string, unknown>, required: boolean) =>
  validate<{ comment?: string }>(decisionSchema(required), data);
