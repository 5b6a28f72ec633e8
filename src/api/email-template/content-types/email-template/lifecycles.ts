import { errors } from '@strapi/utils';
import { TEMPLATE_UID } from '../../../../lib/platform/email-templates';
import { validateTemplate } from '../../../../lib/manifests';

/**
 * A broken template or an unknown placeholder is refused when it is saved (admin panel or API),
 * with the field named, rather than failing when a job renders it at 08:30.
 */
async function check(event: any) {
  const data = event.params?.data ?? {};
  let key: unknown = data.key;
  if (key === undefined && event.params?.where) {
    const current = await strapi.db.query(TEMPLATE_UID).findOne({ where: event.params.where, select: ['key'] });
    key = current?.key;
  }
  const problems = validateTemplate(typeof key === 'string' ? key : '', data);
  if (problems.length) {
    throw new errors.ValidationError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      errors: problems.map((p) => ({ path: [p.field], message: p.message, name: 'ValidationError' })),
    });
  }
}

export default {
  beforeCreate: check,
  beforeUpdate: check,
};
