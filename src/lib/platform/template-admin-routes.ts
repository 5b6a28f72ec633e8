import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import { CM_UPDATE } from './admin-ability';
import { adminBody, adminUser, registerAdminWorkRoutes } from './admin-work';
import {
  appSample,
  renderTemplate,
  type Locale,
  type RenderedEmail,
  type TemplateDefinition,
  type TemplateField,
  type TemplateFields,
  type TemplateProblem,
} from './email-templates';
import { appData, enqueue } from './outbox';
import { TEMPLATE_UID } from './model';
import { fieldErrors } from './validation';

/**
 * The e-mail template edit view's side panel (src/admin/work/template-panel.tsx): the Thai and English
 * e-mail rendered for the key's sample data from the form's current (unsaved) texts, the problems the
 * save would be refused for (src/lib/platform/template-guard.ts, by field), and a test message to the
 * signed-in administrator's own address through the outbox.
 *
 *   POST /admin/mind-work/email-templates/preview   { key, subjectTh, textTh, htmlTh?, subjectEn?, textEn?, htmlEn? }
 *   POST /admin/mind-work/email-templates/test      the same; queues the e-mail (Thai and English) to the administrator
 *
 * Both need the Content Manager's update of e-mail templates.
 */

const FIELDS: readonly TemplateField[] = ['subjectTh', 'textTh', 'htmlTh', 'subjectEn', 'textEn', 'htmlEn'];

interface TemplateAdminCatalog {
  definitions: readonly TemplateDefinition[];
  validate: (key: string, fields: Partial<Record<TemplateField, unknown>>) => TemplateProblem[];
}

export function registerTemplateAdminRoutes(strapi: Core.Strapi, catalog: TemplateAdminCatalog) {
  const byKey = new Map(catalog.definitions.map((d) => [d.key, d]));

  /** The key and texts of the request; a 400 naming `key` or a field that is not text. */
  function readInput(body: Record<string, unknown>): { def: TemplateDefinition; fields: TemplateFields } {
    const key = body.key;
    if (typeof key !== 'string' || !key.trim()) throw fieldErrors([{ path: ['key'], message: 'is required (the template key)' }]);
    const def = byKey.get(key.trim());
    if (!def) throw fieldErrors([{ path: ['key'], message: `no e-mail template has the key "${key}"` }]);
    const bad = FIELDS.filter((f) => body[f] !== undefined && body[f] !== null && typeof body[f] !== 'string');
    if (bad.length) throw fieldErrors(bad.map((f) => ({ path: [f], message: 'must be text' })));
    const text = (f: TemplateField) => (typeof body[f] === 'string' ? (body[f] as string) : null);
    return {
      def,
      fields: {
        subjectTh: text('subjectTh') ?? '',
        textTh: text('textTh') ?? '',
        htmlTh: text('htmlTh'),
        subjectEn: text('subjectEn'),
        textEn: text('textEn'),
        htmlEn: text('htmlEn'),
      },
    };
  }

  /** Problems the save would be refused for, and the required Thai texts. */
  function problemsOf(def: TemplateDefinition, fields: TemplateFields): TemplateProblem[] {
    const problems = catalog.validate(def.key, fields);
    for (const f of ['subjectTh', 'textTh'] as const) {
      if (!fields[f]?.trim()) problems.push({ field: f, message: 'is required' });
    }
    return problems;
  }

  function render(fields: TemplateFields, locale: Locale, sample: Record<string, unknown>): RenderedEmail | null {
    try {
      return renderTemplate(fields, locale, sample);
    } catch {
      return null;
    }
  }

  const needs: Array<[string, string]> = [[CM_UPDATE, TEMPLATE_UID]];
  registerAdminWorkRoutes(strapi, 'work-templates', [
    {
      method: 'POST',
      path: '/mind-work/email-templates/preview',
      needs,
      handler: async (ctx) => {
        const { def, fields } = readInput(adminBody(ctx));
        const problems = problemsOf(def, fields);
        const sample = { ...def.sample, app: { ...appSample, ...appData(strapi) } };
        const broken = new Set(problems.map((p) => p.field));
        const renderable = (locale: Locale) =>
          !(locale === 'th' ? ['subjectTh', 'textTh', 'htmlTh'] : ['subjectEn', 'textEn', 'htmlEn', 'subjectTh', 'textTh', 'htmlTh']).some(
            (f) => broken.has(f),
          );
        return {
          key: def.key,
          description: def.description,
          problems,
          th: renderable('th') ? render(fields, 'th', sample) : null,
          en: renderable('en') ? render(fields, 'en', sample) : null,
        };
      },
    },
    {
      method: 'POST',
      path: '/mind-work/email-templates/test',
      needs,
      handler: async (ctx) => {
        const { def, fields } = readInput(adminBody(ctx));
        const problems = problemsOf(def, fields);
        if (problems.length) throw fieldErrors(problems.map((p) => ({ path: [p.field], message: p.message })));
        const to = adminUser(ctx)?.email;
        if (!to) throw fieldErrors([{ path: ['to'], message: 'the signed-in administrator has no e-mail address' }]);
        // one test per click: the key carries a random part (the outbox's dedupe key is the e-mail's identity)
        const run = randomBytes(6).toString('hex');
        for (const locale of ['th', 'en'] as const) {
          await enqueue(strapi, {
            to,
            templateKey: def.key,
            template: {
              ...fields,
              subjectTh: `[ทดสอบ] ${fields.subjectTh}`,
              subjectEn: fields.subjectEn ? `[Test] ${fields.subjectEn}` : null,
            },
            locale,
            data: def.sample,
            dedupeKey: `template-test:${def.key}:${adminUser(ctx).id}:${run}:${locale}`,
          });
        }
        return { queued: 2, to };
      },
    },
  ]);
}
