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
      inner.flatMap((e: any): FieldError[] => {
        const path = String(e.path ?? e.params?.path ?? '').split('.').filter(Boolean);
        // noUnknown: one error per unknown key, so that the message names each of them
        if (e.type === 'noUnknown' && e.params?.unknown) {
          return String(e.params.unknown)
            .split(', ')
            .map((key) => ({ path: [...path, key], message: 'is not a known field' }));
        }
        return [{ path: path.length ? path : ['body'], message: e.message }];
      }),
    );
  }
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
  return b.data && typeof b.data === 'object' && !Array.isArray(b.data) ? b.data : b;
}
