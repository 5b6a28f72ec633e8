import type { yup } from '@strapi/utils';

/**
 * JSON Schema (as OpenAPI 3.0 uses it) from the yup schemas that validate requests, so the documented
 * inputs are the checked ones: types, required fields, lengths, ranges, allowed values, formats. A
 * schema's `.meta({ description, openapi })` adds a description, or replaces what yup cannot say (a
 * custom test, a transform). Used by the OpenAPI document (src/api/openapi).
 */
export type JsonSchema = Record<string, unknown>;

interface Described {
  type: string;
  meta?: { description?: string; openapi?: JsonSchema };
  oneOf?: unknown[];
  tests?: Array<{ name?: string; params?: Record<string, unknown> }>;
  fields?: Record<string, Described>;
  innerType?: Described;
  label?: string;
}

function fromDescription(d: Described): JsonSchema {
  const out: JsonSchema = {};
  const tests = d.tests ?? [];
  const param = (name: string, key: string) => tests.find((t) => t.name === name)?.params?.[key] as number | undefined;
  switch (d.type) {
    case 'object': {
      out.type = 'object';
      if (d.fields) {
        const properties: Record<string, JsonSchema> = {};
        const required: string[] = [];
        for (const [name, field] of Object.entries(d.fields)) {
          properties[name] = fromDescription(field);
          if ((field.tests ?? []).some((t) => t.name === 'required')) required.push(name);
        }
        out.properties = properties;
        if (required.length) out.required = required;
      }
      if (tests.some((t) => t.name === 'known-fields')) out.additionalProperties = false;
      break;
    }
    case 'array':
      out.type = 'array';
      out.items = d.innerType ? fromDescription(d.innerType) : {};
      if (param('min', 'min') !== undefined) out.minItems = param('min', 'min');
      if (param('max', 'max') !== undefined) out.maxItems = param('max', 'max');
      break;
    case 'string':
      out.type = 'string';
      if (param('min', 'min') !== undefined) out.minLength = param('min', 'min');
      if (param('max', 'max') !== undefined) out.maxLength = param('max', 'max');
      if (tests.some((t) => t.name === 'email')) out.format = 'email';
      if (tests.some((t) => t.name === 'url')) out.format = 'uri';
      if (tests.some((t) => t.name === 'matches')) {
        const regex = tests.find((t) => t.name === 'matches')?.params?.regex;
        if (regex instanceof RegExp) out.pattern = regex.source;
      }
      break;
    case 'number':
      out.type = tests.some((t) => t.name === 'integer') ? 'integer' : 'number';
      if (param('min', 'min') !== undefined) out.minimum = param('min', 'min');
      if (param('max', 'max') !== undefined) out.maximum = param('max', 'max');
      break;
    case 'boolean':
      out.type = 'boolean';
      break;
    case 'date':
      out.type = 'string';
      out.format = 'date-time';
      break;
    default:
      break;
  }
  const values = (d.oneOf ?? []).filter((v) => v !== undefined && v !== null);
  if (values.length) out.enum = values;
  if (d.meta?.description) out.description = d.meta.description;
  return { ...out, ...(d.meta?.openapi ?? {}) };
}

/** The JSON Schema of a yup schema. */
export function jsonSchemaOf(schema: yup.AnySchema): JsonSchema {
  return fromDescription(schema.describe() as unknown as Described);
}

/** An object schema's fields as OpenAPI query parameters (`in: query`). */
export function queryParameters(schema: yup.AnySchema): JsonSchema[] {
  const object = jsonSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s as { description?: string };
    return {
      name,
      in: 'query',
      required: (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

interface Attribute {
  type: string;
  private?: boolean;
  required?: boolean;
  enum?: string[];
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  multiple?: boolean;
  relation?: string;
  repeatable?: boolean;
}

const SCALAR: Record<string, JsonSchema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  richtext: { type: 'string' },
  blocks: { type: 'array', items: { type: 'object' } },
  email: { type: 'string', format: 'email' },
  password: { type: 'string', format: 'password' },
  uid: { type: 'string' },
  enumeration: { type: 'string' },
  integer: { type: 'integer' },
  biginteger: { type: 'string', pattern: '^-?\\d+$' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string' },
  datetime: { type: 'string', format: 'date-time' },
  timestamp: { type: 'string', format: 'date-time' },
  json: {},
};

/**
 * A content type's entries as the REST API returns them (`input`: as it takes them in `data`): private
 * attributes are left out, relations and media are their document ids (input) or objects (output).
 */
export function attributesSchema(attributes: Record<string, Attribute>, mode: 'output' | 'input'): JsonSchema {
  const properties: Record<string, JsonSchema> = mode === 'output' ? { id: { type: 'integer' }, documentId: { type: 'string' } } : {};
  for (const [name, a] of Object.entries(attributes)) {
    if (a.private) continue;
    let s: JsonSchema;
    if (a.type === 'relation' || a.type === 'media' || a.type === 'component' || a.type === 'dynamiczone') {
      const many = a.type === 'dynamiczone' || a.multiple || a.repeatable || /ToMany$/.test(a.relation ?? '');
      const one =
        mode === 'input' && a.type !== 'component' && a.type !== 'dynamiczone'
          ? { type: 'string', description: 'document id' }
          : { type: 'object' };
      s = many ? { type: 'array', items: one } : { ...one, nullable: true };
    } else {
      s = { ...(SCALAR[a.type] ?? {}) };
      if (a.enum) s.enum = a.enum;
      if (a.maxLength !== undefined) s.maxLength = a.maxLength;
      if (a.minLength !== undefined) s.minLength = a.minLength;
      if (typeof a.min === 'number') s.minimum = a.min;
      if (typeof a.max === 'number') s.maximum = a.max;
      if (!a.required && a.type !== 'json') s.nullable = true;
    }
    properties[name] = s;
  }
  return { type: 'object', properties };
}
