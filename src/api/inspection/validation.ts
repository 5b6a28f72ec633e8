import { yup } from '@strapi/utils';
import { validate } from '../../lib/platform/validation';

/**
 * An inspection's state moves only through POST /inspections/:id/transition (the service's rules);
 * `inspectors` are user ids (the controller checks that each is an inspector).
 */
const inspectors = yup
  .mixed<number[]>()
  .test('ids', 'must be a list of user ids', (v) => v === undefined || (Array.isArray(v) && v.every((i) => Number.isInteger(i))));

export const creation = (data: Record<string, unknown>) =>
  validate(
    yup.object({
      state: yup.mixed().oneOf(['planned'], 'a new inspection is "planned"; move it with POST /api/inspections/:id/transition'),
      inspectors,
    }),
    data,
  );

export const edit = (data: Record<string, unknown>) =>
  validate(
    yup.object({
      state: yup.mixed().test('absent', 'change the state with POST /api/inspections/:id/transition', (v) => v === undefined),
      inspectors,
    }),
    data,
  );
