import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorOf } from '../lib/platform/actor';
import { requestData } from '../lib/platform/validation';
import { isComplaintOfficer, TEAM_MEMBER_TARGETS } from '../lib/complaints/access';

/** A response-team member moves a complaint only to in_progress or resolved; officers to any state the workflow allows. */
export default async (ctx: Context, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const actor = await actorOf(strapi, ctx);
  if (isComplaintOfficer(actor)) return true;
  const { status } = requestData(ctx);
  if (!(TEAM_MEMBER_TARGETS as readonly unknown[]).includes(status)) {
    throw new errors.ForbiddenError(`A response team may only move a complaint to ${TEAM_MEMBER_TARGETS.join(' or ')}`);
  }
  return true;
};
