import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * The Content Manager's routes take any content type in `:model` and fail late on a type of the other
 * kind: the draft actions (publish, unpublish, discard, bulk publish) of a type without drafts answer
 * 500 ("publish is not a function"), and a single-type route on a collection type edits or deletes
 * whichever entry comes first. Refused before the handler: 404 for a route of the other kind, 400 for a
 * draft action on a type without drafts. Its relation lists take any attribute name, and Strapi's own
 * `localizations` of a type that is not translated answered 500: a relation list of anything but a
 * relation the type shows is a 404.
 */
const ROUTE = /^\/content-manager\/(collection-types|single-types)\/([^/]+)(\/.*)?$/;
const DRAFT_ACTION = /\/actions\/(publish|unpublish|discard|bulkPublish|bulkUnpublish)$/;
const RELATIONS = /^\/content-manager\/relations\/([^/]+)\/(?:[^/]+\/)?([^/]+)$/;

type Model = {
  kind: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, { type: string }>;
};

// answered here, in Strapi's error shape: this runs outside the error middleware
function refuse(ctx: Parameters<Core.MiddlewareHandler>[0], status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

export function contentManagerKinds(strapi: Core.Strapi): Core.MiddlewareHandler {
  return async (ctx, next) => {
    // only for signed requests: an anonymous one gets the route's own 401
    if (!ctx.get('authorization')) return next();
    const modelOf = (uid: string) => strapi.contentTypes[decodeURIComponent(uid) as keyof typeof strapi.contentTypes] as Model | undefined;
    const r = RELATIONS.exec(ctx.path);
    const source = r && modelOf(r[1]); // components' relation lists are left to Strapi
    if (r && source) {
      const field = decodeURIComponent(r[2]);
      const shown = source.attributes[field]?.type === 'relation' && (field !== 'localizations' || !!source.pluginOptions?.i18n?.localized);
      if (!shown) return refuse(ctx, 404, 'NotFoundError', `${r[1]} has no relation ${field}`);
      return next();
    }
    const m = ROUTE.exec(ctx.path);
    if (!m) return next();
    const model = modelOf(m[2]);
    if (!model) return next();
    if (model.kind !== (m[1] === 'single-types' ? 'singleType' : 'collectionType')) {
      return refuse(ctx, 404, 'NotFoundError', `${m[2]} is not a ${m[1] === 'single-types' ? 'single type' : 'collection type'}`);
    }
    if (DRAFT_ACTION.test(m[3] ?? '') && !model.options?.draftAndPublish) {
      return refuse(ctx, 400, 'ValidationError', `${m[2]} has no drafts to publish, unpublish or discard`);
    }
    return next();
  };
}

/**
 * The Content Manager's relation lists answer an administrator who may not read the field with a 500:
 * Strapi's check returns `ctx.forbidden()` where the callers expect the request's details. A 403 it is.
 */
export function relationListsForbid(strapi: Core.Strapi): void {
  type Relations = { extractAndValidateRequestInfo: (ctx: unknown, id?: unknown) => Promise<unknown> };
  const relations = strapi.plugin('content-manager').controller('relations') as unknown as Relations;
  const extract = relations.extractAndValidateRequestInfo;
  relations.extractAndValidateRequestInfo = async function (this: Relations, ctx, id) {
    const info = await extract.call(this, ctx, id);
    if (!info) throw new errors.ForbiddenError();
    return info;
  };
}
