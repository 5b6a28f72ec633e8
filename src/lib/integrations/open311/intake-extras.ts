import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID } from '../../complaints/model';

/**
 * What an Open311 POST carries beyond the intake's fields — the client's `media_url` and its answers to
 * the service's declared attributes — is written by the same create as the complaint (a document
 * middleware adding them to the intake's own `create` during that request), so a complaint is never
 * stored without them. The Open311 controller puts them on `ctx.state.open311Extras`.
 */
export interface Open311Extras {
  mediaUrl?: string;
  serviceAttributes?: Record<string, unknown>;
}

export function registerOpen311Extras(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid === COMPLAINT_UID && context.action === 'create') {
      const extras = strapi.requestContext.get()?.state?.open311Extras as Open311Extras | undefined;
      const params = context.params as { data?: Record<string, unknown> };
      if (extras && params.data && params.data.channel === 'open311') Object.assign(params.data, extras);
    }
    return next();
  });
}
