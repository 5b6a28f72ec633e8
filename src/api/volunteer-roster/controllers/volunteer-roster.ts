import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type rosterService from '../services/volunteer-roster';
import { requestData } from '../../../lib/platform/validation';
import { ROSTER_UID } from '../../../lib/volunteers/roster';
import { actorOf } from '../../../lib/platform/actor';
import { ownVolunteer } from '../../../lib/volunteers/access';
import * as validation from '../validation';

type RosterService = ReturnType<typeof rosterService>;

const POPULATE = { province: { fields: ['code', 'nameTh', 'nameEn'] } } as const;

/**
 * Call-outs (coordinators only): create one (the qualified volunteers are e-mailed), read it with who
 * is coming (their contact details: coordinators only), close it. Volunteers answer from the e-mailed
 * link, which sees only the call and their own answer.
 */
export default factories.createCoreController(ROSTER_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(ROSTER_UID) as RosterService;

  /** The call with its counts and who is coming. */
  async function withAnswers(documentId: string) {
    const row = await strapi.db.query(ROSTER_UID).findOne({ where: { documentId }, select: ['id'] });
    if (!row) throw new errors.NotFoundError('Call-out not found');
    const doc = await strapi
      .documents(ROSTER_UID)
      .findOne({ documentId, populate: { province: { fields: ['code', 'nameTh', 'nameEn'] } } });
    const { counts, coming } = await service().answers(row.id);
    return { data: { ...doc, ...counts, coming } };
  }

  return {
    async find(ctx: Context) {
      ctx.query = { ...(ctx.query ?? {}), populate: POPULATE };
      return super.find(ctx);
    },

    async findOne(ctx: Context) {
      return withAnswers(String(ctx.params.id));
    },

    async callOut(ctx: Context) {
      const input = await validation.roster(requestData(ctx));
      const result = await service().call(input, ctx.state.user?.id);
      ctx.status = 201;
      const out = await withAnswers(result.documentId);
      return { ...out, meta: { called: result.called } };
    },

    async close(ctx: Context) {
      await validation.closeBody(requestData(ctx));
      await service().close(String(ctx.params.id));
      return withAnswers(String(ctx.params.id));
    },

    /** The signed-in volunteer's calls still taking answers (none without a volunteer profile). */
    async mine(ctx: Context) {
      const own = await ownVolunteer(strapi, await actorOf(strapi, ctx));
      ctx.set('Cache-Control', 'no-store');
      return { data: own ? await service().mine(own.id) : [] };
    },

    /** The signed-in volunteer answers yes or no to a call they were called to (anyone else's is 404). */
    async answerMine(ctx: Context) {
      const { answer } = await validation.myAnswerBody(requestData(ctx));
      const own = await ownVolunteer(strapi, await actorOf(strapi, ctx));
      if (!own) throw new errors.NotFoundError('Call-out not found');
      return { data: await service().answerAs(String(ctx.params.id), own.id, answer) };
    },

    async answer(ctx: Context) {
      const input = await validation.answerBody(requestData(ctx));
      ctx.set('Cache-Control', 'no-store');
      return { data: await service().answer(input.token, input.answer) };
    },
  };
});
