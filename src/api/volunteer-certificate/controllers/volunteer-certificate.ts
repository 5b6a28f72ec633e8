import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type certificateService from '../services/volunteer-certificate';
import { fieldErrors, requestData } from '../../../lib/platform/validation';
import { actorOf } from '../../../lib/platform/actor';
import { scopedReads } from '../../../lib/platform/scoped-controller';
import { appData } from '../../../lib/platform/outbox';
import { scopeFor } from '../../../lib/security/access';
import { isCoordinator, ownVolunteer } from '../../../lib/volunteers/access';
import { CERTIFICATE_CODE, CERTIFICATE_UID, publicStatement, verifyLink } from '../../../lib/volunteers/certificates';
import { renderCertificatePdf } from '../../../lib/volunteers/certificate-pdf';
import * as validation from '../validation';

const UID = CERTIFICATE_UID;
type CertificateService = ReturnType<typeof certificateService>;
interface Self {
  findOne(ctx: Context): Promise<{ data?: unknown; meta?: Record<string, unknown> }>;
}

/**
 * Certificates of volunteer hours: a volunteer asks for their own (per activity or per Buddhist-era
 * year), a coordinator for anyone's; the PDF carries a QR code of the public verification page, whose
 * route answers only what the certificate states.
 */
export default factories.createCoreController(UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(UID) as CertificateService;
  const base = () => appData(strapi).url;

  return {
    ...scopedReads(strapi, UID, {
      scope: (actor) => scopeFor(strapi, UID, actor),
      notFound: 'Certificate not found',
      enrich: async (items) => {
        for (const item of items) (item as Record<string, unknown>).verifyUrl = verifyLink(base(), String(item.code));
      },
    }),

    /** Issues (201) or returns the unchanged valid certificate (200). */
    async issue(this: Self, ctx: Context) {
      const input = await validation.issue(requestData(ctx));
      const actor = await actorOf(strapi, ctx);
      let volunteer: string | undefined;
      if (isCoordinator(actor)) {
        if (!input.volunteer) throw fieldErrors([{ path: ['volunteer'], message: 'is required (a volunteer documentId)' }]);
        volunteer = input.volunteer;
      } else {
        const own = await ownVolunteer(strapi, actor);
        if (!own) throw new errors.ForbiddenError('No volunteer profile is linked to this account');
        if (input.volunteer && input.volunteer !== own.documentId) {
          throw fieldErrors([{ path: ['volunteer'], message: 'a volunteer asks for their own certificates only' }]);
        }
        volunteer = own.documentId;
      }
      const result = await service().issue({
        volunteerDocumentId: volunteer,
        activity: input.activity ?? undefined,
        year: input.year ?? undefined,
      });
      ctx.params.id = result.documentId;
      ctx.query = {};
      const out = await this.findOne(ctx);
      ctx.status = result.created ? 201 : 200;
      return out;
    },

    /** The certificate as a PDF (Thai, Buddhist-era dates, QR code of the verification page). */
    async pdf(ctx: Context) {
      const row = await strapi.db.query(UID).findOne({ where: { documentId: String(ctx.params.id) } });
      if (!row) throw new errors.NotFoundError('Certificate not found');
      const pdf = await renderCertificatePdf(row, verifyLink(base(), row.code));
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="volunteer-certificate-${row.code}.pdf"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = pdf;
      return undefined;
    },

    /** Public: what the certificate states and whether it still stands (revoked after a correction). */
    async verify(ctx: Context) {
      const code = String(ctx.params.code ?? '').toUpperCase();
      if (!CERTIFICATE_CODE.test(code))
        throw fieldErrors([{ path: ['code'], message: 'must be a certificate code such as 7K2M-9QXD-4HWA' }]);
      const row = await service().byCode(code);
      ctx.set('Cache-Control', 'no-store');
      return { data: publicStatement(row) };
    },
  };
});
