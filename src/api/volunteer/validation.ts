import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { fieldErrors, knownObject, text } from '../../lib/platform/validation';
import { isThaiNationalId } from '../../lib/volunteers/rules';

/** Skills as a list of short texts. */
export const skills = yup
  .array()
  .strict(true)
  .typeError('must be a list of text')
  .of(text(100).required('must not be empty'))
  .max(30, 'must have at most 30 skills');

/** A volunteer as coordinators create and edit it (contact data needs consent; checked in the service). */
const volunteerFields = (creating: boolean) => ({
  fullName: creating ? text(200).required('is required').min(1, 'is required') : text(200).min(1, 'must not be empty'),
  phone: text(30)
    .nullable()
    .matches(/^\+?[0-9][0-9 -]{5,19}$/, { message: 'must be a phone number', excludeEmptyString: true }),
  email: text(254).nullable().email('must be an email address'),
  nationalId: text(13)
    .nullable()
    .test('thai-id', 'must be a 13-digit Thai national ID with a valid check digit', (v) => !v || isThaiNationalId(v)),
  province: text(8)
    .nullable()
    .matches(/^TH-[0-9]{2}$/, { message: 'must be a province code such as TH-10', excludeEmptyString: true }),
  skills: skills.nullable(),
  availability: text(500).nullable(),
  state: yup.string().oneOf(['active', 'inactive'], 'must be active or inactive'),
  consent: yup.boolean().typeError('must be true or false'),
  user: yup.number().typeError('must be a user id').integer('must be a user id').positive('must be a user id').nullable(),
});

export const volunteerSchema = (creating: boolean) => knownObject(volunteerFields(creating));

/** What a volunteer edits of their own profile (PUT /volunteers/me): not their state or account. */
export const ownProfileSchema = () => {
  const { state: _state, user: _user, ...own } = volunteerFields(false);
  return knownObject(own, 'cannot be changed by the volunteer');
};

/** A province given by code as the documentId to link (undefined: leave as is; null or '': unlink); unknown: 400. */
export async function provinceRef(strapi: Core.Strapi, code: unknown): Promise<string | null | undefined> {
  if (code === undefined) return undefined;
  if (code === null || code === '') return null;
  const p = await strapi.db.query('api::province.province').findOne({ where: { code }, select: ['documentId'] });
  if (!p) throw fieldErrors([{ path: ['province'], message: `unknown province "${code}"` }]);
  return p.documentId as string;
}

/** What volunteerSchema lets through. */
export interface VolunteerInput {
  fullName?: string;
  phone?: string | null;
  email?: string | null;
  nationalId?: string | null;
  province?: string | null;
  skills?: string[] | null;
  availability?: string | null;
  state?: 'active' | 'inactive';
  consent?: boolean;
  user?: number | null;
}
