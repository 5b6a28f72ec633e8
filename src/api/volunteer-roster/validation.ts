import { yup } from '@strapi/utils';
import { knownObject, text, validate } from '../../lib/platform/validation';
import { skills } from '../volunteer/validation';
import type { RosterInput } from './services/volunteer-roster';

/** A call-out as a coordinator writes it. */
const rosterSchema = knownObject({
  title: text(200).required('is required').min(1, 'must not be empty'),
  message: text(2000).nullable(),
  place: text(300).nullable(),
  province: text(8)
    .required('is required')
    .matches(/^TH-[0-9]{2}$/, 'must be a province code such as TH-10'),
  nearby: yup.boolean().typeError('must be true or false'),
  skills: skills.nullable(),
  needed: yup
    .number()
    .typeError('must be a whole number')
    .required('is required')
    .integer('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500'),
  complaint: text(40).nullable(),
  incident: text(40).nullable(),
});

export const roster = (body: Record<string, unknown>) => validate<RosterInput>(rosterSchema, body);

/** Closing a call takes nothing: any field sent is a mistake worth a 400. */
export const closeBody = (body: Record<string, unknown>) => validate<Record<string, never>>(knownObject({}), body);

/** The answer link's page: the token, and yes or no (absent: only read the call). */
export const answerBody = (body: Record<string, unknown>) =>
  validate<{ token: string; answer?: 'yes' | 'no' }>(
    knownObject(
      {
        token: yup
          .string()
          .typeError('must be the token from the e-mail')
          .required('is required')
          .matches(/^[A-Za-z0-9_-]{16,64}$/, 'must be the token from the e-mail'),
        answer: yup.mixed().oneOf(['yes', 'no'], 'must be yes or no'),
      },
      'is not a known field (token, answer)',
    ),
    body,
  );

/** A signed-in volunteer's answer from the staff app: yes or no, nothing else. */
export const myAnswerBody = (body: Record<string, unknown>) =>
  validate<{ answer: 'yes' | 'no' }>(
    knownObject(
      { answer: yup.mixed().required('is required (yes or no)').oneOf(['yes', 'no'], 'must be yes or no') },
      'is not a known field (answer)',
    ),
    body,
  );
