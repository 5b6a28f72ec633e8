import { yup } from '@strapi/utils';
import { knownObject, number, text, validate } from '../../lib/platform/validation';

/**
 * The input of the incident actions. Each failure is a 400 naming its fields; which complaints may
 * join, split or merge, and which state may follow which, are the service's rules.
 */

/** Complaints by documentId or ticket number: a non-empty list of text, at most 500. */
const complaintRefs = (required: boolean) => {
  const list = yup
    .array()
    .typeError('must be a list of complaint documentIds or ticket numbers')
    .of(text(40).required('must be a complaint documentId or ticket number'))
    .max(500, 'at most 500 complaints at once');
  return required ? list.required('is required').min(1, 'name at least one complaint') : list;
};

const visibility = yup.mixed<'internal' | 'public'>().oneOf(['internal', 'public'], 'must be "internal" or "public"');

export const create = (body: unknown) =>
  validate<{ title?: string; complaints: string[] }>(knownObject({ title: text(200), complaints: complaintRefs(true) }), body);

export const confirm = (body: unknown) => validate<{ complaints?: string[] }>(knownObject({ complaints: complaintRefs(false) }), body);

export const detach = (body: unknown) => validate<{ complaints: string[] }>(knownObject({ complaints: complaintRefs(true) }), body);

export const split = (body: unknown) =>
  validate<{ title?: string; complaints: string[] }>(knownObject({ title: text(200), complaints: complaintRefs(true) }), body);

export const merge = (body: unknown) =>
  validate<{ incident: string }>(
    knownObject({ incident: text(40).required('is required (the documentId or code of the incident to merge in)') }),
    body,
  );

export const assignment = (body: unknown) =>
  validate<{ team: string; note?: string }>(
    knownObject({ team: text(40).required('is required (the documentId of a response team)'), note: text(2000) }),
    body,
  );

export const transition = (body: unknown) =>
  validate<{ status: string; note?: string; visibility?: 'internal' | 'public'; resolutionSummary?: string }>(
    knownObject({
      status: text(20).required('is required'),
      note: text(5000),
      visibility,
      resolutionSummary: text(5000),
    }),
    body,
  );

export const fieldVisit = (body: unknown) =>
  validate<{ note: string; visitedAt?: Date; latitude?: number; longitude?: number; locationText?: string }>(
    knownObject({
      note: text(5000).required('is required'),
      visitedAt: yup.date().typeError('must be a date and time (ISO 8601)'),
      latitude: number(-90, 90),
      longitude: number(-180, 180),
      locationText: text(500),
    }),
    body,
  );
