import { errors, validateYupSchema, yup } from '@strapi/utils';
import createError from 'http-errors';

/**
 * One shape for every refusal of the REST API, Strapi's own: `{ data: null, error: { status, name, message, details } }`.
 *  - 400 ValidationError: `message` names every failing field ("Invalid fields: state, ticketNumber"),
 *    `details.errors[]` holds `{ path, message, name }` per problem and `details.field` the first field;
 *  - 404 NotFoundError: absent, or not the caller's to see (the same answer);
 *  - 409 ConflictError: the request is valid but the record's state refuses it (`conflict` below).
 */
export interface FieldError {
  path: string[];
  message: string;
}

const fieldName = (path: string[]) => path.join('.');

/** A 400 whose message names every failing field, with the details Strapi's error format carries. */
export function fieldErrors(list: FieldError[]): errors.ValidationError {
  const fields = [...new Set(list.map((e) => fieldName(e.path)))];
  return new errors.ValidationError(`Invalid ${fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')}`, {
    errors: list.map((e) => ({ ...e, name: 'ValidationError' })),
    field: fields[0],
  });
}

/** A 409: valid input the record's current state refuses; `details` says what is in the way. */
export function conflict(message: string, details: Record<string, unknown> = {}): Error {
  // an http-errors 409, as Strapi's own ctx.conflict makes it; its error middleware formats it like the others
  return createError(409, message, { details });
}

/** lodash path segments back to yup's spelling (`kpiResults[0].name`), split where yup puts dots. */
function yupPath(segments: string[]): string[] {
  return segments
    .reduce((out, s) => (/^\d+$/.test(s) && out.length ? `${out}[${s}]` : out ? `${out}.${s}` : s), '')
    .split('.')
    .filter(Boolean);
}

/**
 * Validates with Strapi's `validateYupSchema` (every error collected, values cast and trimmed, not
 * strict) and rethrows its error as `fieldErrors`; a failure of the input as a whole names `root`.
 */
export async function validate<T>(schema: yup.AnySchema, input: unknown, root = 'body'): Promise<T> {
  try {
    return (await validateYupSchema(schema, { strict: false })(input)) as T;
  } catch (err) {
    if (!(err instanceof errors.YupValidationError)) throw err;
    const list = ((err.details as { errors?: unknown } | undefined)?.errors ?? []) as Array<{ path: string[]; message: string }>;
    throw fieldErrors(list.map((e) => ({ path: e.path.length ? yupPath(e.path.map(String)) : [root], message: e.message })));
  }
}

/**
 * An object schema that refuses keys it does not know, one error per key (so that the message names
 * each); `message` says why, e.g. 'cannot be set when submitting'.
 */
export function knownObject<S extends Record<string, yup.AnySchema>>(shape: S, message = 'is not a known field') {
  return yup.object(shape).test('known-fields', message, function known(value: unknown) {
    if (!value || typeof value !== 'object') return true;
    const unknown = Object.keys(value).filter((k) => !(k in shape));
    if (!unknown.length) return true;
    const prefix = this.path ? `${this.path}.` : '';
    return new yup.ValidationError(unknown.map((k) => this.createError({ path: `${prefix}${k}`, message })));
  });
}

/** A query parameter holding a comma-separated list (absent or empty: undefined), each value one of `allowed` if given. */
export function commaList(allowed?: readonly string[]) {
  const values = yup.mixed<string[]>().transform((_v: unknown, original: unknown) =>
    original === undefined || original === ''
      ? undefined
      : String(original)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
  );
  return allowed ? values.test('one-of', `must be one of ${allowed.join(', ')}`, (v) => !v || v.every((x) => allowed.includes(x))) : values;
}

/** A number (numeric text is read as one), between min and max. */
export function number(min: number, max = Number.MAX_SAFE_INTEGER) {
  return yup
    .number()
    .typeError('must be a number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

/**
 * A text field: trimmed when it is text, a clear type error (not a crash) when it is not — a number
 * or a boolean is refused too, rather than turned into text (yup's string would cast them).
 */
export function text(max: number) {
  return yup
    .string()
    .typeError('must be text')
    .transform((_value: unknown, original: unknown) => (typeof original === 'string' ? original.trim() : original))
    .max(max, `must be at most ${max} characters`);
}

/** A write request's body: Strapi's `{ data }` (an object, or JSON text in a multipart form), or bare fields. */
interface RequestBody {
  data?: string | Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * The input of a write request: Strapi's `{ data: {...} }`, a multipart form's `data` field holding
 * JSON (when files come along), or a bare JSON body. Not JSON in `data` is a 400 naming `data`.
 * The object returned is the request's own, so a controller may take fields out of it.
 */
export function requestData(ctx: { request: { body?: RequestBody } }): Record<string, unknown> {
  const b = ctx.request.body ?? {};
  if (typeof b.data === 'string') {
    try {
      b.data = JSON.parse(b.data);
    } catch {
      throw fieldErrors([{ path: ['data'], message: 'must be JSON' }]);
    }
  }
  return b.data && typeof b.data === 'object' && !Array.isArray(b.data) ? b.data : b;
}
