import type { Core } from '@strapi/strapi';
import Mustache from 'mustache';
import { TEMPLATE_UID, type DocumentInput } from './model';

/**
 * Email templates: the engine. Each domain declares its keys (placeholders and the shipped Thai and
 * English defaults) in its emails.ts; this file validates them (when an administrator saves a
 * template), seeds the defaults and renders.
 *
 * Templates are logic-less mustache: `{{project.name}}` (HTML-escaped in the HTML body),
 * `{{#reports}}…{{/reports}}` to repeat over a list, `{{^x}}…{{/x}}` when x is empty.
 * Triple braces / `{{&x}}` (unescaped) and partials are refused. A placeholder not in the
 * key's catalogue entry is refused at save time, so a typo never reaches a job at 08:30.
 *
 * Every template may also use `{{app.name}}` and `{{app.url}}` (filled in by the outbox).
 * To add a key: add an entry (its `sample` lists the placeholders, `defaults` the shipped texts) to
 * the `emailTemplates` of the sending domain's manifest (usually from its emails.ts).
 */

export type Locale = 'th' | 'en';

export interface TemplateFields {
  subjectTh: string;
  textTh: string;
  htmlTh?: string | null;
  subjectEn?: string | null;
  textEn?: string | null;
  htmlEn?: string | null;
}

export interface TemplateDefinition {
  key: string;
  description: string;
  /** example data: every placeholder the template may use must resolve in it */
  sample: Record<string, unknown>;
  defaults: TemplateFields;
}

/** Placeholders every template may use (filled in by the outbox), for the catalogue's samples. */
export const appSample = { name: 'MIND Desk', url: 'https://mind-desk.example' };
export const agencySample = { code: 'DIW', name: 'กรมโรงงานอุตสาหกรรม', nameEn: 'Department of Industrial Works' };

export const htmlWrap = (body: string) =>
  `<div style="font-family: Tahoma, 'Sarabun', sans-serif; font-size: 15px; line-height: 1.6">${body}` +
  `<p style="color:#666;font-size:13px">{{app.name}} — กองตรวจราชการ กระทรวงอุตสาหกรรม</p></div>`;
export const htmlWrapEn = (body: string) =>
  `<div style="font-family: Tahoma, sans-serif; font-size: 15px; line-height: 1.6">${body}` +
  `<p style="color:#666;font-size:13px">{{app.name}} — Inspector-General Division, Ministry of Industry</p></div>`;

/** A catalogue by key: the email templates the domains' manifests declare (src/lib/manifests.ts). */
export type TemplateCatalog = ReadonlyMap<string, TemplateDefinition>;

export function catalogOf(definitions: TemplateDefinition[]): TemplateCatalog {
  const byKey = new Map<string, TemplateDefinition>();
  for (const def of definitions) {
    if (byKey.has(def.key)) throw new Error(`email template "${def.key}" is declared twice`);
    byKey.set(def.key, def);
  }
  return byKey;
}

const TEMPLATE_FIELDS = ['subjectTh', 'textTh', 'htmlTh', 'subjectEn', 'textEn', 'htmlEn'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface TemplateProblem {
  field: string;
  message: string;
}

type Token = [string, string, number, number, Token[]?, ...unknown[]];

function hasOwn(ctx: unknown, name: string): boolean {
  return ctx !== null && typeof ctx === 'object' && Object.prototype.hasOwnProperty.call(ctx, name);
}

/** Resolves a mustache name the way mustache does (first segment looked up the context stack). */
const ANY = Symbol('any placeholder');

function resolve(stack: unknown[], name: string): { found: boolean; value?: unknown } {
  if (stack[0] === ANY) return { found: true };
  if (name === '.') return { found: true, value: stack[stack.length - 1] };
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    if (!hasOwn(stack[i], head)) continue;
    let value = (stack[i] as Record<string, unknown>)[head];
    for (const part of rest) {
      if (!hasOwn(value, part)) return { found: false };
      value = (value as Record<string, unknown>)[part];
    }
    return { found: true, value };
  }
  return { found: false };
}

function checkTokens(tokens: Token[], stack: unknown[], html: boolean, out: Set<string>): void {
  for (const token of tokens) {
    const [type, name] = token;
    switch (type) {
      case 'text':
      case '!':
      case '=':
        break;
      case '>':
        out.add(`partials ({{> ${name}}}) are not supported`);
        break;
      case '&':
      case '{':
        if (html) out.add(`{{{${name}}}} / {{& ${name}}} would not be HTML-escaped; use {{${name}}}`);
        if (!resolve(stack, name).found) out.add(`unknown placeholder {{${name}}}`);
        break;
      case 'name':
        if (!resolve(stack, name).found) out.add(`unknown placeholder {{${name}}}`);
        break;
      case '#':
      case '^': {
        const r = resolve(stack, name);
        if (!r.found) {
          out.add(`unknown placeholder {{${type}${name}}}`);
          break;
        }
        let inner = stack;
        if (type === '#') {
          if (Array.isArray(r.value)) inner = r.value.length ? [...stack, r.value[0]] : stack;
          else if (r.value && typeof r.value === 'object') inner = [...stack, r.value];
        }
        checkTokens((token[4] ?? []) as Token[], inner, html, out);
        break;
      }
      default:
        out.add(`unsupported tag {{${type}${name}}}`);
    }
  }
}

/**
 * Problems of one template text for a key: syntax errors, unknown placeholders, unescaped output
 * in HTML. Keys outside the catalogue are checked for syntax only (any placeholder is allowed).
 */
function checkTemplateText(catalog: TemplateCatalog, key: string, field: string, source: string): TemplateProblem[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as unknown as Token[];
  } catch (err) {
    return [{ field, message: `broken template: ${(err as Error).message}` }];
  }
  const def = catalog.get(key);
  const out = new Set<string>();
  checkTokens(tokens, def ? [{ app: appSample }, def.sample] : [ANY], field.startsWith('html'), out);
  return [...out].map((message) => ({ field, message }));
}

/** Problems of every template field present in `fields`. */
export function validateTemplate(
  catalog: TemplateCatalog,
  key: string,
  fields: Partial<Record<TemplateField, unknown>>,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const field of TEMPLATE_FIELDS) {
    const value = fields[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') {
      problems.push({ field, message: 'must be text' });
      continue;
    }
    problems.push(...checkTemplateText(catalog, key, field, value));
  }
  return problems;
}

const noEscape = (s: unknown) => String(s);

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string | null;
}

/**
 * Renders a stored template in a locale (English falls back to Thai field by field).
 * Subject and text are plain (not escaped); the HTML body is HTML-escaped.
 */
export function renderTemplate(template: TemplateFields, locale: Locale, data: Record<string, unknown>): RenderedEmail {
  const pick = (th: string | null | undefined, en: string | null | undefined) => (locale === 'en' && en ? en : (th ?? ''));
  const subjectSrc = pick(template.subjectTh, template.subjectEn);
  const textSrc = pick(template.textTh, template.textEn);
  const htmlSrc = pick(template.htmlTh, template.htmlEn);
  const subject = Mustache.render(subjectSrc, data, {}, { escape: noEscape }).replace(/\s+/g, ' ').trim();
  const text = Mustache.render(textSrc, data, {}, { escape: noEscape });
  const html = htmlSrc ? Mustache.render(htmlSrc, data) : null;
  return { subject, text, html };
}

/** Inserts the shipped default of every catalogue key that has no template yet; edited ones stay. */
export async function seedEmailTemplates(strapi: Core.Strapi, catalog: TemplateCatalog): Promise<number> {
  const existing = await strapi.db.query(TEMPLATE_UID).findMany({ select: ['key'] });
  const have = new Set(existing.map((r: { key: string }) => r.key));
  let created = 0;
  for (const def of catalog.values()) {
    if (have.has(def.key)) continue;
    await strapi.documents(TEMPLATE_UID).create({
      data: { key: def.key, description: def.description, ...def.defaults } as DocumentInput<typeof TEMPLATE_UID>,
    });
    created++;
  }
  return created;
}
