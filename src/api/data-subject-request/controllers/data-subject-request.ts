import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { requestData, validate } from '../../../lib/platform/validation';
import { actorOf } from '../../../lib/platform/actor';
import { ownVolunteer } from '../../../lib/volunteers/access';
import { CITIZEN_ANSWER, citizenRequest, volunteerRequest } from '../../../lib/privacy/requests/intake';
import {
  citizenRequestSchema,
  volunteerRequestSchema,
  type CitizenRequestInput,
  type RequestInput,
} from '../../../lib/privacy/requests/validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/data-subject-requests — 202 with the same words whether or not the code and contact matched. */
  async citizen(ctx: Context) {
    const input = await validate<CitizenRequestInput>(citizenRequestSchema, requestData(ctx));
    await citizenRequest(strapi, input);
    ctx.status = 202;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: CITIZEN_ANSWER };
  },

  /** POST /api/data-subject-requests/mine — 201 (or 200: the same request is already open) with its reference and due date. */
  async mine(ctx: Context) {
    const input = await validate<RequestInput>(volunteerRequestSchema, requestData(ctx));
    const own = await ownVolunteer(strapi, await actorOf(strapi, ctx));
    if (!own) throw new errors.ForbiddenError('No volunteer profile is linked to this account');
    const { created, ...request } = await volunteerRequest(strapi, own, input);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: request };
  },
});
