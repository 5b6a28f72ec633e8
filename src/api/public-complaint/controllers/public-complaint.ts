import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type complaintService from '../../complaint/services/complaint';
import { errors } from '@strapi/utils';
import { validateIntake } from '../../../lib/complaints/intake';
import { asFileList, validateAttachments } from '../../../lib/security/attachments';
import { attachmentLimits } from '../../../lib/complaints/config';
import { normaliseTrackingCode } from '../../../lib/complaints/ids';
import { publicView } from '../../../lib/complaints/views';
import { trackedComplaint } from '../../../lib/complaints/tracking';
import { knownObject, number, requestData, text, validate } from '../../../lib/platform/validation';
import type feedbackService from '../services/feedback';
import { COMPLAINT_UID as UID } from '../../../lib/complaints/model';

type ComplaintService = ReturnType<typeof complaintService>;
type FeedbackService = ReturnType<typeof feedbackService>;

const trackingCodeOf = (ctx: Context) => normaliseTrackingCode(String(ctx.params.trackingCode ?? '')).slice(0, 32);
const ratingInput = knownObject({
  rating: number(1, 5).integer('must be a whole number from 1 to 5').required('is required (1 to 5)'),
});
const reopenInput = knownObject({ reason: text(2000).required('is required: say what is still wrong') });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feedback = () => strapi.service('api::public-complaint.feedback') as FeedbackService;
  return {
    /** POST /api/public/complaints — 201 with ticket number, tracking code, status and deadlines only. */
    async create(ctx: Context) {
      const input = await validateIntake(requestData(ctx), { requireProvince: true });
      const files = asFileList(ctx.request.files?.attachments);
      validateAttachments(files, attachmentLimits());
      const c = await (strapi.service(UID) as ComplaintService).intake(input, {
        channel: 'web',
        files,
        actor: { label: 'ประชาชน (เว็บไซต์) / Citizen (web)' },
      });
      ctx.status = 201;
      ctx.body = {
        data: {
          ticketNumber: c.ticketNumber,
          trackingCode: c.trackingCode,
          status: c.state,
          receivedAt: c.receivedAt,
          acknowledgeDueAt: c.acknowledgeDueAt,
          resolveDueAt: c.resolveDueAt,
        },
      };
    },

    /**
     * GET /api/public/complaints/:trackingCode — status and the public timeline.
     * A miss runs the same queries as a hit and answers the same 404 for any unknown code,
     * so the response tells nothing about which codes exist.
     */
    async track(ctx: Context) {
      const code = normaliseTrackingCode(String(ctx.params.trackingCode ?? '')).slice(0, 32);
      const { complaint: c, updates } = await trackedComplaint(strapi, code);
      const followUp = await feedback().followUpView(code, new Date(), c);
      if (!c) throw new errors.NotFoundError('No complaint with this tracking code');
      ctx.body = { data: { ...publicView(c, updates), ...followUp } };
    },

    /** POST /api/public/complaints/:trackingCode/rating — 1–5, once, after resolution. */
    async rate(ctx: Context) {
      const { rating } = await validate<{ rating: number }>(ratingInput, requestData(ctx));
      ctx.body = { data: await feedback().rate(trackingCodeOf(ctx), rating) };
    },

    /** POST /api/public/complaints/:trackingCode/reopen — within the policy's days of the resolution. */
    async reopen(ctx: Context) {
      const { reason } = await validate<{ reason: string }>(reopenInput, requestData(ctx));
      ctx.body = { data: await feedback().reopen(trackingCodeOf(ctx), reason) };
    },
  };
};
