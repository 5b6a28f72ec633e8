import { factories } from '@strapi/strapi';
import type { Core, Modules } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CoreMethods } from '../../../lib/platform/scoped-controller';
import type participationService from '../../participation/services/participation';
import { errors } from '@strapi/utils';
import { fieldErrors, requestData, validate } from '../../../lib/platform/validation';
import { addPersonalData, isCoordinator, ownVolunteer } from '../../../lib/volunteers/access';
import { actorOf } from '../../../lib/platform/actor';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { scopeFor } from '../../../lib/security/access';
import { PARTICIPATION_UID, VOLUNTEER_UID } from '../../../lib/volunteers/rules';
import { revealReason, revealVolunteer } from '../../../lib/privacy/reveal/reveal';
import { ownProfileSchema, provinceRef, volunteerSchema, type VolunteerInput } from '../validation';

const UID = VOLUNTEER_UID;
const CONTACT = ['phone', 'email', 'nationalId'] as const;

type ParticipationService = ReturnType<typeof participationService>;
// The document service's input types have no null for an empty attribute, which erasing contact data writes.
type VolunteerData = NonNullable<Modules.Documents.ServiceParams<typeof UID>['create']['data']>;

/**
 * Volunteers. Coordinators list, read, create and edit every profile, personal data included.
 * A volunteer reaches only their own profile (`/volunteers/me`, or their own id; anyone else's is 404).
 * Contact data (phone, email, national ID) is stored only with consent; withdrawing consent erases it.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const participations = () => strapi.service(PARTICIPATION_UID) as ParticipationService;

  async function userLink(userId: unknown, selfDocumentId?: string) {
    if (userId === undefined) return undefined;
    if (userId === null) return null;
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, select: ['id'] });
    if (!user) throw fieldErrors([{ path: ['user'], message: `no user ${userId}` }]);
    const taken = await strapi.db.query(UID).findOne({ where: { user: { id: user.id } }, select: ['documentId'] });
    if (taken && taken.documentId !== selfDocumentId) {
      throw fieldErrors([{ path: ['user'], message: `is already linked to volunteer ${taken.documentId}` }]);
    }
    return user.id as number;
  }

  /** Data to write from validated input; the consent rules of PDPA applied against what is stored. */
  function consentRules(input: VolunteerInput, stored: { consent?: boolean | null } | null, now: Date) {
    const data: Record<string, unknown> = { ...input };
    const hasContact = (o: VolunteerInput) => CONTACT.some((f) => o?.[f] !== undefined && o[f] !== null && o[f] !== '');
    if (input.consent === false) {
      if (hasContact(input)) throw fieldErrors([{ path: ['consent'], message: 'is required to store phone, email or national ID' }]);
      for (const f of CONTACT) data[f] = null;
      data.consentAt = null;
      return data as VolunteerData;
    }
    const consented = input.consent === true || (stored?.consent === true && input.consent === undefined);
    if (hasContact(input) && !consented) {
      throw fieldErrors([{ path: ['consent'], message: 'must be true to store phone, email or national ID' }]);
    }
    if (input.consent === true && !stored?.consent) data.consentAt = now;
    for (const f of CONTACT) if (data[f] === '') data[f] = null;
    return data as VolunteerData;
  }

  async function output(this: CoreMethods, ctx: Context, documentId: string, personal: boolean) {
    const actor = await actorOf(strapi, ctx);
    const entity = await strapi.documents(UID).findOne({ documentId, populate: { province: { fields: ['code', 'nameTh', 'nameEn'] } } });
    if (!entity) throw new errors.NotFoundError('Volunteer not found');
    const data: Record<string, unknown> & { documentId: string } = await this.sanitizeOutput(entity, ctx);
    if (personal) await addPersonalData(strapi, [data], actor);
    return data;
  }

  /** The list's `q` (name or availability) and `province` (codes, comma-separated) parameters. */
  function listFilters({ q, province }: Record<string, unknown>): unknown[] {
    const out: unknown[] = [];
    if (q !== undefined) {
      const s = String(q).trim();
      if (!s || s.length > 100) throw fieldErrors([{ path: ['q'], message: 'must be 1 to 100 characters' }]);
      out.push({ $or: [{ fullName: { $containsi: s } }, { availability: { $containsi: s } }] });
    }
    if (province !== undefined) out.push({ province: { code: { $in: String(province).split(',') } } });
    return out;
  }

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'Volunteer not found',
      listParams: { names: ['q', 'province'], filters: listFilters },
      // a volunteer sees only their own profile, in full; a coordinator every profile, contact data masked
      enrich: (items, _ctx, actor) => addPersonalData(strapi, items, actor),
    }),

    /** The caller's own volunteer profile, personal data and total hours. */
    async me(this: CoreMethods, ctx: Context) {
      const actor = await actorOf(strapi, ctx);
      const own = isCoordinator(actor) ? null : await ownVolunteer(strapi, actor);
      if (!own) throw new errors.NotFoundError('No volunteer profile is linked to this account');
      const data = await output.call(this, ctx, own.documentId, true);
      const [totals] = await participations().hoursTotals({ by: 'volunteer', volunteerId: own.id });
      data.totalHours = totals?.hours ?? 0;
      data.activitiesAttended = totals?.activities ?? 0;
      return this.transformResponse(data);
    },

    /** PUT /volunteers/me — the volunteer edits their own profile and gives or withdraws consent. */
    async updateMe(this: CoreMethods & { me(ctx: Context): Promise<unknown> }, ctx: Context) {
      const actor = await actorOf(strapi, ctx);
      const own = isCoordinator(actor) ? null : await ownVolunteer(strapi, actor);
      if (!own) throw new errors.NotFoundError('No volunteer profile is linked to this account');
      const input = await validate<VolunteerInput>(ownProfileSchema(), requestData(ctx));
      const stored = await strapi.db.query(UID).findOne({ where: { id: own.id }, select: ['documentId', 'consent'] });
      const data = consentRules(input, stored, new Date());
      if ('province' in input) data.province = await provinceRef(strapi, input.province);
      await strapi.documents(UID).update({ documentId: own.documentId, data });
      return this.me(ctx);
    },

    /** A volunteer's contact data in full, with a reason the audit trail keeps (src/lib/privacy/reveal/). */
    async reveal(ctx: Context) {
      const reason = await revealReason(requestData(ctx));
      return { data: await revealVolunteer(strapi, await actorOf(strapi, ctx), String(ctx.params.id), reason) };
    },

    async create(this: CoreMethods, ctx: Context) {
      const body = requestData(ctx);
      const input = await validate<VolunteerInput>(volunteerSchema(true), body);
      const now = new Date();
      const data = consentRules(input, null, now);
      data.province = await provinceRef(strapi, input.province);
      data.user = await userLink(input.user);
      data.consent = input.consent === true;
      const created = await strapi.documents(UID).create({ data });
      ctx.status = 201;
      return this.transformResponse(await output.call(this, ctx, created.documentId, true));
    },

    async update(this: CoreMethods, ctx: Context) {
      const documentId = String(ctx.params.id);
      const stored = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['documentId', 'consent'] });
      if (!stored) throw new errors.NotFoundError('Volunteer not found');
      const body = requestData(ctx);
      const input = await validate<VolunteerInput>(volunteerSchema(false), body);
      const data = consentRules(input, stored, new Date());
      if ('province' in input) data.province = await provinceRef(strapi, input.province);
      if ('user' in input) data.user = await userLink(input.user, documentId);
      await strapi.documents(UID).update({ documentId, data });
      return this.transformResponse(await output.call(this, ctx, documentId, true));
    },
  };
});
