import { yup } from '@strapi/utils';
import { commaList, knownObject, text, validate } from '../../lib/platform/validation';
import { COMPLAINT_STATUSES, URGENCIES, type Urgency } from '../../lib/complaints/model';

/**
 * The input of the complaint routes other than the intake itself (src/lib/complaints/intake.ts,
 * shared with the public form). Each failure is a 400 naming its fields; the workflow's own rules
 * (which state may follow which, who the team is) are the service's.
 */

const OFFICER_CHANNELS = ['phone', 'walk_in', 'letter', 'social', 'other', 'web'] as const;
export type OfficerChannel = (typeof OFFICER_CHANNELS)[number];

const oneOf = <T extends string>(values: readonly T[]) => yup.mixed<T>().oneOf([...values], `must be one of ${values.join(', ')}`);

/** Text as sent (not trimmed: it is stored as written), at most `max` characters. */
const plainText = (max: number, message = `must be text of at most ${max} characters`) =>
  yup.string().strict(true).typeError(message).max(max, message);

/** How an officer received a complaint, taken off the intake body before the intake is checked. */
export async function officerIntake(
  raw: Record<string, unknown>,
): Promise<{ channel: OfficerChannel; urgency?: Urgency; intake: Record<string, unknown> }> {
  const { channel, urgency, ...intake } = raw;
  const input = await validate<{ channel?: OfficerChannel; urgency?: Urgency }>(
    yup.object({ channel: oneOf(OFFICER_CHANNELS), urgency: oneOf(URGENCIES) }),
    { channel: channel ?? undefined, urgency },
  );
  return { channel: input.channel ?? 'phone', urgency: input.urgency, intake };
}

export interface TransitionInput {
  status: unknown;
  note?: string;
  visibility?: 'internal' | 'public';
  resolutionSummary?: string;
  duplicateOf?: string;
}

/** The target status is checked by the workflow (a 400 naming the states); the rest here. */
export const transition = (body: Record<string, unknown>) =>
  validate<TransitionInput>(
    yup.object({
      note: plainText(5000),
      resolutionSummary: plainText(5000),
      duplicateOf: plainText(5000),
      visibility,
    }),
    body,
  );

const visibility = yup.mixed<'internal' | 'public'>().oneOf(['internal', 'public'], 'must be "internal" or "public"');

/** `officer` (a user id or documentId) is looked up by the service. */
export const assignment = (body: Record<string, unknown>) =>
  validate<{ team: string; officer?: unknown; note?: string }>(
    yup.object({
      team: yup
        .mixed<string>()
        .test('team', 'is required (the documentId of a response team)', (v) => typeof v === 'string' && v.length > 0),
      note: yup.string().strict(true).typeError('must be text'),
    }),
    body,
  );

export const note = (body: Record<string, unknown>) =>
  validate<{ note: string; visibility?: 'internal' | 'public' }>(
    yup.object({
      note: yup
        .mixed<string>()
        .test('note', 'is required, at most 5000 characters', (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 5000)
        .transform((v: unknown) => (typeof v === 'string' ? v.trim() : v)),
      visibility,
    }),
    body,
  );

export interface FieldVisitInput {
  note: string;
  visitedAt?: Date;
  latitude?: number;
  longitude?: number;
  locationText?: string;
}

export const fieldVisit = (body: Record<string, unknown>) =>
  validate<FieldVisitInput>(
    knownObject({
      note: text(5000).required('is required'),
      visitedAt: yup.date().typeError('must be an ISO 8601 date'),
      latitude: yup.number().typeError('must be a number').min(-90).max(90),
      longitude: yup.number().typeError('must be a number').min(-180).max(180),
      locationText: text(500),
    }),
    body,
  );

/** The list's convenience parameters (comma-separated lists), which bypass Strapi's query sanitizer. */
export interface ListParams {
  status?: string[];
  urgency?: string[];
  province?: string[];
  category?: string[];
  team?: string[];
  overdue?: boolean;
  q?: string;
}

/** Built once: the list validates its parameters on every request, and building the schema cost as much again. */
const LIST_PARAMS = yup.object({
  status: commaList(COMPLAINT_STATUSES),
  urgency: commaList(URGENCIES),
  province: commaList(),
  category: commaList(),
  team: commaList(),
  overdue: yup
    .mixed<boolean>()
    .transform((_v: unknown, original: unknown) =>
      original === '' ? undefined : original === 'true' ? true : original === 'false' ? false : original,
    )
    .test('boolean', 'must be true or false', (v) => v === undefined || typeof v === 'boolean'),
  q: yup
    .string()
    .transform((_v: unknown, original: unknown) => (original === undefined ? undefined : String(original).trim()))
    .test('length', 'must be 1 to 200 characters', (v) => v === undefined || (v.length >= 1 && v.length <= 200)),
});

export const listParams = (params: Record<string, unknown>) => validate<ListParams>(LIST_PARAMS, params);
