import type { Core } from '@strapi/strapi';

/**
 * The Content Manager's routes take any content type in `:model` and fail late on a type of the other
 * kind: the draft actions (publish, unpublish, discard, bulk publish) of a type without drafts answer
 * 500 ("publish is not a function"), and a single-type route on a collection type edits or deletes
 * whichever entry comes first. Refused before the handler: 404 for a route of the other kind, 400 for a
 * draft action on a type without drafts.
 */
const ROUTE = /^\/content-manager\/(collection-types|single-types)\/([^/]+)(\/.*)?$/;
const DRAFT_ACTION = /\/actions\/(publish|unpublish|discard|bulkPublish|bulkUnpublish)$/;

// answered here, in Strapi's error shape: this runs outside the error middleware
function refuse(ctx: Parameters<Core.MiddlewareHandler>[0], status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

export function contentManagerKinds(strapi: Core.Strapi): Core.MiddlewareHandler {
  return async (ctx, next) => {
    const m = ROUTE.exec(ctx.path);
    // only for signed requests: an anonymous one gets the route's own 401
    if (!m || !ctx.get('authorization')) return next();
    const model = strapi.contentTypes[decodeURIComponent(m[2]) as keyof typeof strapi.contentTypes] as
      { kind: string; options?: { draftAndPublish?: boolean } } | undefined;
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
