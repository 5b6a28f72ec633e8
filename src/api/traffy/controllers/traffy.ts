import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { traffyConfig } from '../../../lib/integrations/traffy/config';
import { receiveWebhook } from '../../../lib/integrations/traffy/inbound';
import { forwardInTraffy } from '../../../lib/integrations/traffy/outbound';
import { parseWebhook, verifyWebhookKey } from '../../../lib/integrations/traffy/webhook';
import { requestData, validate } from '../../../lib/platform/validation';
import { forwardBody } from '../validation';

/** Translates HTTP for the bridge; the rules are in src/lib/integrations/traffy. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const enabled = () => {
    const settings = traffyConfig();
    if (!settings.enabled) throw new errors.NotFoundError('The Traffy Fondue bridge is not configured');
    return settings;
  };
  return {
    /** POST (new issue, chat, rating) and PATCH (status update) from Traffy. */
    async receive(ctx: Context) {
      const settings = traffyConfig();
      if (!settings.enabled || !verifyWebhookKey(ctx.params.key, settings.webhookSecret)) throw new errors.NotFoundError('Not Found');
      const event = await parseWebhook(ctx.request.method, ctx.request.body);
      const { outcome } = await receiveWebhook(strapi, settings, event);
      ctx.body = { status: 'success', outcome };
    },

    /** POST /api/traffy/complaints/:id/forward — queue a join-forward call (officers). */
    async forward(ctx: Context) {
      const settings = enabled();
      const input = await validate<{ orgIds: number[]; scenario: 'join' | 'forward'; note: string }>(forwardBody, requestData(ctx));
      const { created } = await forwardInTraffy(strapi, settings, String(ctx.params.id), {
        orgIds: input.orgIds,
        scenario: input.scenario === 'join' ? 1 : 2,
        note: input.note,
      });
      ctx.status = created ? 202 : 200;
      ctx.body = { data: { queued: created } };
    },
  };
};
