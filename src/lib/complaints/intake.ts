import { yup } from '@strapi/utils';
import { validate, fieldErrors, knownObject, text } from '../platform/validation';

/** What a citizen (web form, public API) sends. Field names are the API's. */
export interface IntakeInput {
  title: string;
  description: string;
  categoryCode: string;
  provinceCode?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  factoryName?: string;
  factoryRegistrationNumber?: string;
  complainant?: { name?: string; phone?: string; email?: string };
  anonymous?: boolean;
  consent?: boolean;
  /** e-mail me when the complaint is accepted, assigned, visited, resolved or closed */
  updatesOptIn?: boolean;
}

const intakeSchema = knownObject({
  title: text(200).required('is required'),
  description: text(5000).required('is required'),
  categoryCode: text(40).required('is required'),
  provinceCode: text(8),
  address: text(1000),
  latitude: yup.number().typeError('must be a number').min(-90).max(90),
  longitude: yup.number().typeError('must be a number').min(-180).max(180),
  factoryName: text(300),
  factoryRegistrationNumber: text(50),
  complainant: knownObject({
    name: text(200),
    phone: text(30).matches(/^[0-9+()\- ]{6,30}$/, { message: 'must be a phone number', excludeEmptyString: true }),
    email: text(254).email('must be an email address'),
  }).default(undefined),
  anonymous: yup.boolean().typeError('must be true or false').default(false),
  consent: yup.boolean().typeError('must be true or false').default(false),
  updatesOptIn: yup.boolean().typeError('must be true or false').default(false),
}).strict(false);

/**
 * Checks a public intake: types, lengths, and the PDPA rules: a named complaint needs a name and a way
 * to reach the person, and consent; an anonymous one carries no personal data at all.
 */
export async function validateIntake(raw: unknown, opts: { requireProvince: boolean }): Promise<IntakeInput> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fieldErrors([{ path: ['body'], message: 'must be a JSON object' }]);
  }
  const input = await validate<IntakeInput>(intakeSchema, raw);
  const problems: { path: string[]; message: string }[] = [];
  if (opts.requireProvince && !input.provinceCode) problems.push({ path: ['provinceCode'], message: 'is required' });
  if ((input.latitude === undefined) !== (input.longitude === undefined)) {
    problems.push({ path: [input.latitude === undefined ? 'latitude' : 'longitude'], message: 'latitude and longitude go together' });
  }
  const c = input.complainant ?? {};
  const hasPersonal = Boolean(c.name || c.phone || c.email);
  if (input.anonymous) {
    if (hasPersonal) problems.push({ path: ['complainant'], message: 'must be empty for an anonymous complaint' });
  } else {
    if (!c.name) problems.push({ path: ['complainant', 'name'], message: 'is required unless anonymous is true' });
    if (!c.phone && !c.email) {
      problems.push({ path: ['complainant', 'phone'], message: 'a phone or an email is required unless anonymous is true' });
    }
    if (hasPersonal && input.consent !== true) {
      problems.push({ path: ['consent'], message: 'must be true to give personal data' });
    }
  }
  if (input.updatesOptIn && (input.anonymous || !c.email)) {
    problems.push({ path: ['updatesOptIn'], message: 'updates are sent by e-mail: give complainant.email (not anonymous)' });
  }
  if (problems.length) throw fieldErrors(problems);
  return input;
}
