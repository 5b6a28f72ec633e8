import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { TemplateField, TemplateProblem } from './email-templates';
import { TEMPLATE_UID } from './model';
import { documentGuard } from './trusted-write';

/**
 * A broken template or an unknown placeholder is refused when it is saved (admin panel, API or code),
 * with the field named, rather than failing when a job renders it at 08:30. `validate` checks against
 * the catalogue the domains declare (src/lib/manifests.ts).
 */
export function registerTemplateGuard(
  strapi: Core.Strapi,
  validate: (key: string, fields: Partial<Record<TemplateField, unknown>>) => TemplateProblem[],
) {
  strapi.documents.use(
    documentGuard(
      [TEMPLATE_UID],
      async (context, next) => {
        if (context.action !== 'create' && context.action !== 'update') return next();
        const data = context.params.data ?? {};
        let key: unknown = data.key;
        if (key === undefined && context.params.documentId) {
          const current = await strapi.db
            .query(TEMPLATE_UID)
            .findOne({ where: { documentId: context.params.documentId }, select: ['key'] });
          key = current?.key;
        }
        const problems = validate(typeof key === 'string' ? key : '', data);
        if (problems.length) {
          throw new errors.ValidationError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
            errors: problems.map((p) => ({ path: [p.field], message: p.message, name: 'ValidationError' })),
          });
        }
        return next();
      },
      { skipTrusted: false },
    ),
  );
}
