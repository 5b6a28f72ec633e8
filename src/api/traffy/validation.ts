import { yup } from '@strapi/utils';
import { knownObject, text } from '../../lib/platform/validation';

/** An officer's invitation (`join`) or forward of a bridged complaint to other Traffy organisations. */
export const forwardBody = knownObject({
  orgIds: yup
    .array()
    .of(yup.number().typeError('must be a Traffy organisation id').integer('must be a Traffy organisation id').min(1))
    .typeError('must be a list of Traffy organisation ids')
    .min(1, 'name at least one organisation')
    .max(10, 'at most 10 organisations')
    .required('is required'),
  scenario: yup.string().oneOf(['join', 'forward'], 'must be join or forward').required('is required'),
  note: text(2000).required('is required'),
});
