import { yup } from '@strapi/utils';
import { knownObject, text } from '../../platform/validation';
import { CORRECTABLE, REQUEST_KINDS } from './model';

const kind = yup
  .string()
  .typeError('must be text')
  .required('is required: access, correct or erase')
  .oneOf([...REQUEST_KINDS], 'must be access, correct or erase');

/** What a correction asks: the field (one of `fields`) and its new value; nothing of the two for the other kinds. */
const asked = (fields: readonly string[]) => ({
  kind,
  field: text(40)
    .oneOf([...fields, undefined, null], `must be one of ${fields.join(', ')}`)
    .nullable()
    .when('kind', {
      is: 'correct',
      then: (s) => s.required(`is required for a correction: one of ${fields.join(', ')}`),
    }),
  newValue: text(500)
    .nullable()
    .when('kind', { is: 'correct', then: (s) => s.required('is required for a correction: the correct value') }),
  details: text(2000).nullable(),
});

/** A citizen's request: the complaint's tracking code and the e-mail or phone they gave on it. */
export const citizenRequestSchema = knownObject({
  trackingCode: text(32).required('is required: the tracking code of your complaint'),
  contact: text(200).required('is required: the e-mail address or phone number you gave on the complaint'),
  ...asked(CORRECTABLE.complainant),
});

/** A signed-in volunteer's request about their own profile. */
export const volunteerRequestSchema = knownObject(asked(CORRECTABLE.volunteer));

export interface RequestInput {
  kind: 'access' | 'correct' | 'erase';
  field?: string | null;
  newValue?: string | null;
  details?: string | null;
}
export interface CitizenRequestInput extends RequestInput {
  trackingCode: string;
  contact: string;
}

/** The privacy officer's decision: fulfilled or refused, and what to tell the subject. */
export const closeSchema = knownObject({
  state: yup
    .string()
    .typeError('must be text')
    .required('is required: fulfilled or refused')
    .oneOf(['fulfilled', 'refused'], 'must be fulfilled or refused'),
  outcome: text(4000).required('is required: what was done, or why the request is refused (the subject reads it)'),
});
export interface CloseInput {
  state: 'fulfilled' | 'refused';
  outcome: string;
}
