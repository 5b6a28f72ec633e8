import { yup } from '@strapi/utils';
import { validate } from '../../lib/platform/validation';
import { AGENCY_RESPONSE_FIELDS } from '../../lib/inspections/model';
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
};

export const creation = (data: Record<string, unknown>) =>
  validate(yup.object({ state: yup.mixed().oneOf(['open'], 'a new finding is "open"'), ...notWritten }), data);

export const edit = (data: Record<string, unknown>) =>
  validate(yup.object({ state: absent('use /respond, /accept or /reopen to change the state'), ...notWritten }), data);

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
