import type { Context } from 'koa';

/**
 * Open311 services (our complaint categories) and their definitions, in Thai or English.
 *
 * Language: the `locale` parameter (`th` or `en`) when given; otherwise the request's `Accept-Language`
 * (Thai or English, whichever it prefers); otherwise Thai. `jurisdiction_id` does not choose it: MIND Desk is
 * one jurisdiction, and the parameter is accepted and ignored (clients send it, some as "undefined").
 *
 * Every service declares the attributes MIND Desk reads from a request (so a generic client can ask
 * for them): `consent` (needed with any personal data), `province`, `factory_name` and
 * `factory_registration_number`, after the category's own attributes (e.g. `injured`).
 */
export type Lang = 'th' | 'en';

export function langOf(ctx: Context): Lang {
  const asked = String(ctx.query?.locale ?? '').toLowerCase();
  if (asked.startsWith('th')) return 'th';
  if (asked.startsWith('en')) return 'en';
  if (!ctx.get('Accept-Language')) return 'th';
  return ctx.acceptsLanguages('th', 'en') === 'en' ? 'en' : 'th';
}

interface AttributeValue {
  key: string;
  name: string;
  name_th?: string;
}

/** One attribute as categories store it (the specification's fields; Thai and English as "ไทย / English"). */
export interface Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description?: string | null;
  order?: number | null;
  description?: string | null;
  values?: AttributeValue[];
}

export interface Category {
  code: string;
  nameTh: string;
  nameEn: string;
  description?: string | null;
  keywords?: string | null;
  attributes?: unknown;
  agency?: { nameTh?: string | null; nameEn?: string | null } | null;
}

export interface Province {
  code: string;
  nameTh: string;
  nameEn: string;
}

/** "ไทย / English" → the part in `lang` (text without the separator is both). */
function inLang(text: string | null | undefined, lang: Lang): string | null {
  if (text === null || text === undefined) return null;
  const i = text.indexOf(' / ');
  if (i < 0) return text;
  return lang === 'th' ? text.slice(0, i).trim() : text.slice(i + 3).trim();
}

const THAI_VALUE: Record<string, string> = { yes: 'ใช่', no: 'ไม่ใช่', unknown: 'ไม่ทราบ', true: 'ยินยอม', false: 'ไม่ยินยอม' };

/** The attribute codes MIND Desk maps to a complaint's own fields. */
export const STANDARD_CODES = ['consent', 'province', 'factory_name', 'factory_registration_number'] as const;

function standardAttributes(provinces: Province[]): Attribute[] {
  return [
    {
      variable: true,
      code: 'consent',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description:
        'ต้องเป็น true เมื่อส่ง first_name, last_name, email หรือ phone / Must be true when first_name, last_name, email or phone is sent',
      order: 101,
      description:
        'ยินยอมให้กองตรวจราชการเก็บและใช้ชื่อและช่องทางติดต่อที่ส่งมาเพื่อดำเนินการเรื่องนี้ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล) / I consent to the division keeping and using the name and contact details sent to handle this request (PDPA)',
      values: [
        { key: 'true', name: 'I consent' },
        { key: 'false', name: 'I do not consent' },
      ],
    },
    {
      variable: true,
      code: 'province',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: 'รหัสจังหวัด ISO 3166-2 เช่น TH-10 / ISO 3166-2 province code, e.g. TH-10',
      order: 102,
      description: 'จังหวัดที่เกิดเหตุ / Province where it happens',
      values: provinces.map((p) => ({ key: p.code, name: p.nameEn, name_th: p.nameTh })),
    },
    {
      variable: true,
      code: 'factory_name',
      datatype: 'string',
      required: false,
      datatype_description: null,
      order: 103,
      description: 'ชื่อโรงงานที่ถูกร้องเรียน (ถ้าทราบ) / Name of the factory complained about, if known',
    },
    {
      variable: true,
      code: 'factory_registration_number',
      datatype: 'string',
      required: false,
      datatype_description: 'เลขทะเบียนโรงงานของกรมโรงงานอุตสาหกรรม / Factory registration number (Department of Industrial Works)',
      order: 104,
      description: 'เลขทะเบียนโรงงาน (ถ้าทราบ) / Factory registration number, if known',
    },
  ];
}

const isAttribute = (a: unknown): a is Attribute =>
  !!a && typeof a === 'object' && typeof (a as Attribute).code === 'string' && typeof (a as Attribute).datatype === 'string';

/** Every attribute of a category's service: its own, then the standard ones (an own attribute of the same code wins). */
export function attributesOf(category: Category, provinces: Province[]): Attribute[] {
  const own = Array.isArray(category.attributes) ? category.attributes.filter(isAttribute) : [];
  const codes = new Set(own.map((a) => a.code));
  return [...own, ...standardAttributes(provinces).filter((a) => !codes.has(a.code))];
}

/** A service in the service list. */
export function serviceView(category: Category, lang: Lang) {
  return {
    service_code: category.code,
    service_name: lang === 'th' ? category.nameTh : category.nameEn,
    description: inLang(category.description, lang) ?? '',
    metadata: true,
    type: 'realtime',
    keywords: category.keywords ?? '',
    group: (lang === 'th' ? category.agency?.nameTh : category.agency?.nameEn) ?? '',
  };
}

/** A service definition (GET services/:code). */
export function definitionView(category: Category, provinces: Province[], lang: Lang) {
  return {
    service_code: category.code,
    attributes: attributesOf(category, provinces).map((a) => ({
      variable: a.variable !== false,
      code: a.code,
      datatype: a.datatype,
      required: a.required === true,
      datatype_description: inLang(a.datatype_description, lang),
      order: a.order ?? null,
      description: inLang(a.description, lang),
      ...(a.values
        ? {
            values: a.values.map((v) => ({
              key: String(v.key),
              name: lang === 'th' ? (v.name_th ?? THAI_VALUE[String(v.key)] ?? v.name) : v.name,
            })),
          }
        : {}),
    })),
  };
}

/**
 * Checks a request's answers (`attribute[code]=…`, parsed into an object) against the service's
 * attributes. Returns the answers by code, or the problems, each naming `attribute[code]`.
 */
export function readAttributes(
  raw: unknown,
  attributes: Attribute[],
  serviceCode: string,
): { answers: Record<string, string | string[]>; problems: string[] } {
  const problems: string[] = [];
  const answers: Record<string, string | string[]> = {};
  if (raw !== undefined && raw !== null && raw !== '' && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { answers, problems: ['attribute must be sent as attribute[code]=value'] };
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const byCode = new Map(attributes.map((a) => [a.code, a]));
  for (const [code, value] of Object.entries(given)) {
    const a = byCode.get(code);
    const name = `attribute[${code}]`;
    if (!a) {
      problems.push(`${name} is not an attribute of service ${serviceCode}`);
      continue;
    }
    if (value === '' || value === undefined || value === null) continue;
    const list = Array.isArray(value) ? value : [value];
    if (list.some((v) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) {
      problems.push(`${name} must be text`);
      continue;
    }
    const texts = list.map((v) => String(v).trim());
    if (a.datatype !== 'multivaluelist' && texts.length > 1) {
      problems.push(`${name} takes one value`);
      continue;
    }
    const keys = (a.values ?? []).map((v) => String(v.key));
    if ((a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') && texts.some((t) => !keys.includes(t))) {
      problems.push(`${name} must be one of ${keys.length > 10 ? `the keys of the service definition` : keys.join(', ')}`);
      continue;
    }
    if (a.datatype === 'number' && texts.some((t) => !Number.isFinite(Number(t)))) {
      problems.push(`${name} must be a number`);
      continue;
    }
    if (a.datatype === 'datetime' && texts.some((t) => Number.isNaN(new Date(t).getTime()))) {
      problems.push(`${name} must be an ISO 8601 date and time`);
      continue;
    }
    const max = a.datatype === 'text' ? 4000 : 300;
    if (texts.some((t) => t.length > max)) {
      problems.push(`${name} must be at most ${max} characters`);
      continue;
    }
    answers[code] = a.datatype === 'multivaluelist' ? texts : texts[0];
  }
  for (const a of attributes) {
    if (a.required && a.variable !== false && answers[a.code] === undefined) problems.push(`attribute[${a.code}] is required`);
  }
  return { answers, problems };
}
