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
