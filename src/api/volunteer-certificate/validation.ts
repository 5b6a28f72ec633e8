import { yup } from '@strapi/utils';
import { knownObject, text, validate } from '../../lib/platform/validation';

/** A certificate is asked for one activity (documentId) or one Buddhist-era year; a coordinator names the volunteer. */
const issueSchema = knownObject(
  {
    activity: text(40).nullable(),
    year: yup
      .number()
      .nullable()
      .typeError('must be a Buddhist-era year such as 2569')
      .integer('must be a Buddhist-era year such as 2569')
      .min(2500, 'must be a Buddhist-era year such as 2569')
      .max(2800, 'must be a Buddhist-era year such as 2569'),
    volunteer: text(40).nullable(),
  },
  'is not a known field (activity, year, volunteer)',
).test('one-of', 'give either activity or year', function oneOf(v) {
  if (!v || !!v.activity === (v.year !== undefined && v.year !== null)) {
    return this.createError({ path: 'activity', message: 'give either activity (a documentId) or year (Buddhist era), not both' });
  }
  return true;
});

export const issue = (body: Record<string, unknown>) =>
  validate<{ activity?: string | null; year?: number | null; volunteer?: string | null }>(issueSchema, body);
