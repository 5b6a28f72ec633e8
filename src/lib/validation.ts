import { errors, yup } from '@strapi/utils';

export interface FieldError {
  path: string[];
  message: string;
}

/** A 400 whose message names every failing field, with the details Strapi's error format carries. */
export function fieldErrors(list: FieldError[]): errors.ValidationError {
  const fields = [...new Set(list.map((e) => e.path.join('.')))];
  return new errors.ValidationError(`Invalid ${fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')}`, {
    errors: list.map((e) => ({ ...e, name: 'ValidationError' })),
  });
}

/** Validates with yup, collecting every error, and throws `fieldErrors` on failure. */
export async function validate<T>(schema: yup.AnySchema, input: unknown): Promise<T> {
  try {
    return (await schema.validate(input, { abortEarly: false, stripUnknown: false })) as T;
  } catch (err: any) {
    if (err?.name !== 'ValidationError' || !Array.isArray(err.inner)) throw err;
    const inner = err.inner.length ? err.inner : [err];
    throw fieldErrors(
      inner.map((e: any) => ({ path: String(e.path ?? e.params?.path ?? 'body').split('.'), message: e.message })),
    );
  }
}

/** A text field: trimmed when it is text, a clear type error (not a crash) when it is not. */
export function text(max: number) {
  return yup
    .string()
    .typeError('must be text')
    .transform((value: unknown) => (typeof value === 'string' ? value.trim() : value))
    .max(max, `must be at most ${max} characters`);
}

/**
 * The input of a write request: Strapi's `{ data: {...} }`, a multipart form's `data` field holding
 * JSON (when files come along), or a bare JSON body. Not JSON in `data` is a 400 naming `data`.
 * The object returned is the request's own, so a controller may take fields out of it.
 */
export function requestData(ctx: any): Record<string, unknown> {
  const b = ctx.request.body ?? {};
  if (typeof b.data === 'string') {
    try {
      b.data = JSON.parse(b.data);
    } catch {
      throw fieldErrors([{ path: ['data'], message: 'must be JSON' }]);
    }
  }
  return b.data && typeof b.data === 'object' ? b.data : b;
}
