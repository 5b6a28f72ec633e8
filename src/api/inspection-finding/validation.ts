import { yup } from '@strapi/utils';
import { validate } from '../../lib/platform/validation';

/**
 * The state of a finding moves only through /respond, /accept and /reopen (the service's rules);
 * create and update may not set it. The other fields are checked by Strapi against the schema.
 */
export const creation = (data: Record<string, unknown>) =>
  validate(yup.object({ state: yup.mixed().oneOf(['open'], 'a new finding is "open"') }), data);

export const edit = (data: Record<string, unknown>) =>
  validate(
    yup.object({ state: yup.mixed().test('absent', 'use /respond, /accept or /reopen to change the state', (v) => v === undefined) }),
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
