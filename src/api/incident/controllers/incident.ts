import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type incidentService from '../services/incident';
import { actorOf } from '../../../lib/platform/actor';
import { requestData } from '../../../lib/platform/validation';
import { INCIDENT_UID as UID } from '../../../lib/complaints/model';
import * as validation from '../validation';

type IncidentService = ReturnType<typeof incidentService>;

/** Incidents: the controller translates HTTP; the rules are the service's (src/api/incident/services). */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as IncidentService;
  const actor = (ctx: Context) => actorOf(strapi, ctx);

  return {
    async create(ctx: Context) {
      const input = await validation.create(requestData(ctx));
      ctx.status = 201;
      return { data: await service().createIncident(input, await actor(ctx)) };
    },
    async confirm(ctx: Context) {
      const input = await validation.confirm(requestData(ctx));
      return { data: await service().confirm(ctx.params.id, input, await actor(ctx)) };
    },
    async detach(ctx: Context) {
      const input = await validation.detach(requestData(ctx));
      return { data: await service().detach(ctx.params.id, input, await actor(ctx)) };
    },
    async split(ctx: Context) {
      const input = await validation.split(requestData(ctx));
      ctx.status = 201;
      return { data: await service().split(ctx.params.id, input, await actor(ctx)) };
    },
    async merge(ctx: Context) {
      const input = await validation.merge(requestData(ctx));
      return { data: await service().merge(ctx.params.id, input, await actor(ctx)) };
    },
    async assign(ctx: Context) {
      const input = await validation.assignment(requestData(ctx));
      const { incident, complaints } = await service().assign(ctx.params.id, input, await actor(ctx));
      return { data: incident, meta: { complaints } };
    },
    async transition(ctx: Context) {
      const input = await validation.transition(requestData(ctx));
      const { incident, moved, skipped } = await service().transition(ctx.params.id, input, await actor(ctx));
      return { data: incident, meta: { moved, skipped } };
    },
    async addFieldVisit(ctx: Context) {
      const input = await validation.fieldVisit(requestData(ctx));
      const { incident, complaints } = await service().fieldVisit(ctx.params.id, input, await actor(ctx));
      ctx.status = 201;
      return { data: incident, meta: { complaints } };
    },
  };
});
