import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { checkQuery, DEFAULT_LIMITS, type ModelInfo } from '../lib/security/query-guard';

/**
 * The query-complexity guard of every REST request (`/api/*`: our APIs, custom controllers, and the
 * users-permissions and upload content APIs alike), before routing, so before any query runs: a
 * query over the limits of src/lib/security/query-guard.ts, or a filter value that does not fit
 * its field's type, is a 400 naming the parameter.
 *
 * It also takes every private attribute out of what `_q` searches (Strapi's search skips attributes
 * marked `searchable: false`): `_q=<prefix>` must not reveal a private value by what it matches. This
 * holds for the admin panel's search too.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  const limits = { ...DEFAULT_LIMITS, maxLimit: Number(strapi.config.get('api.rest.maxLimit', DEFAULT_LIMITS.maxLimit)) };

  // middlewares are made after the database is initialised: its metadata is what `_q` reads
  for (const [uid, schema] of Object.entries(strapi.contentTypes)) {
    if (!strapi.db.metadata.has(uid)) continue;
    const attributes = strapi.db.metadata.get(uid).attributes as Record<string, { searchable?: boolean }>;
    for (const name of contentTypes.getPrivateAttributes(schema)) if (attributes[name]) attributes[name].searchable = false;
  }

  const schemas = { ...strapi.components, ...strapi.contentTypes } as unknown as Record<string, ModelInfo>;
  const models = (uid: string): ModelInfo | undefined => schemas[uid];

  // the content type a path reads: /api/<pluralName>/… (or a single type's singularName), and the plugins' lists
  const byName = new Map<string, string>();
  for (const [uid, schema] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const { info, kind } = schema as { info: { pluralName: string; singularName: string }; kind: string };
    byName.set(kind === 'singleType' ? info.singularName : info.pluralName, uid);
  }
  const typeOf = (path: string): string | null => {
    const [first, second] = path.slice(prefix.length).split('/');
    if (first === 'users') return 'plugin::users-permissions.user';
    if (first === 'upload' && second === 'files') return 'plugin::upload.file';
    if (first === 'users-permissions' && second === 'roles') return 'plugin::users-permissions.role';
    return byName.get(first) ?? null;
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(prefix) || !ctx.querystring) return next();
    const problems = checkQuery(ctx.query as Record<string, unknown>, typeOf(ctx.path), models, limits);
    if (problems.length) {
      const list = problems.map((p) => `${p.param} ${p.message}`);
      throw new errors.ValidationError(list.join('; '), {
        errors: problems.map((p) => ({ path: [p.param], message: p.message, name: 'ValidationError' })),
        field: problems[0].param,
      });
    }
    return next();
  };
};
