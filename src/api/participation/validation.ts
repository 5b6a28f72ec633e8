import { yup } from '@strapi/utils';
import { commaList, knownObject, validate } from '../../lib/platform/validation';
import { PARTICIPATION_STATES } from '../../lib/volunteers/rules';
import { bangkokTime } from '../../lib/platform/thai-date';

/** Query and body shapes of the participation routes; the attendance rules themselves are the service's. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MESSAGE = 'must be a date YYYY-MM-DD';

/** A Bangkok calendar day as the instant it starts; `next` gives the start of the day after. */
function startOf(day: string, next = false): Date | null {
  const m = DAY.exec(day);
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return null;
  const d = bangkokTime(+m[1], +m[2], +m[3] + (next ? 1 : 0));
  return Number.isNaN(d.getTime()) ? null : d;
}

const dayParam = () =>
  yup
    .string()
    .typeError(DAY_MESSAGE)
    .transform((value: unknown) => (value === '' ? undefined : value))
    .test('day', DAY_MESSAGE, (v) => v === undefined || startOf(v) !== null);

const hoursQuerySchema = yup.object({
  by: yup.mixed().oneOf(['volunteer', 'province'], 'must be volunteer or province'),
  from: dayParam(),
  to: dayParam().test('after-from', 'must not be before from', function notBefore(to) {
    const from = this.parent.from && startOf(this.parent.from);
    return !to || !from || startOf(to, true)! > from;
  }),
});

export interface HoursQuery {
  by: 'volunteer' | 'province';
  /** [from, to): both days inclusive as given, as instants */
  from: Date | null;
  to: Date | null;
  /** The period as a file name part, e.g. `2026-01-01_now`. */
  label: string;
}

/** `by`, and `from`/`to` as Bangkok calendar days (YYYY-MM-DD, both inclusive). */
export async function hoursQuery(query: Record<string, unknown>): Promise<HoursQuery> {
  const q = await validate<{ by?: 'volunteer' | 'province'; from?: string; to?: string }>(hoursQuerySchema, query, 'query');
  return {
    by: q.by ?? 'volunteer',
    from: q.from ? startOf(q.from) : null,
    to: q.to ? startOf(q.to, true) : null,
    label: `${q.from ?? 'start'}_${q.to ?? 'now'}`,
  };
}

/** The list's convenience parameters: activities and volunteers (documentIds) and states, comma-separated. */
export const listParams = (params: Record<string, unknown>) =>
  validate<{ activity?: string[]; volunteer?: string[]; state?: string[] }>(
    yup.object({ activity: commaList(), volunteer: commaList(), state: commaList(PARTICIPATION_STATES) }),
    params,
  );

/** An attendance record names only these fields (their values are checked against the activity by the service). */
export const attendance = (body: Record<string, unknown>) =>
  validate<{ state?: unknown; hours?: unknown; note?: unknown }>(
    knownObject({ state: yup.mixed(), hours: yup.mixed(), note: yup.mixed() }, 'is not a known field (state, hours, note)'),
    body,
  );

/** The confirm link's token (as the e-mail carries it: URL-safe base64). */
export const confirmBody = (body: Record<string, unknown>) =>
  validate<{ token: string }>(
    knownObject(
      {
        token: yup
          .string()
          .typeError('must be the token from the e-mail')
          .required('is required')
          .matches(/^[A-Za-z0-9_-]{16,64}$/, 'must be the token from the e-mail'),
      },
      'is not a known field (token)',
    ),
    body,
  );
