import type { Core, Data, Modules } from '@strapi/strapi';
import type { Context } from 'koa';
import type complaintService from '../../complaint/services/complaint';
import { validateIntake } from '../../../lib/complaints/intake';
import { open311Request } from '../../../lib/complaints/views';
import { COMPLAINT_STATUSES, FINAL_STATES, COMPLAINT_UID as UID, CATEGORY_UID } from '../../../lib/complaints/model';

const MAX_RESULTS = 200;
type FindComplaints = Modules.Documents.ServiceParams<typeof UID>['findMany'];
type ComplaintService = ReturnType<typeof complaintService>;
/** A failed intake: a ValidationError names its fields (anything else is rethrown). */
type IntakeError = { name?: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };

const populate: FindComplaints['populate'] = {
  category: { populate: { agency: { fields: ['nameEn'] } } },
  province: { fields: ['code', 'nameEn'] },
  attachments: { fields: ['url', 'mime'] },
};

/** The spec's error format: an array of {code, description}, with the same HTTP status. */
function fail(ctx: Context, code: number, description: string) {
  ctx.status = code;
  ctx.body = [{ code, description }];
}

function publicUrl(strapi: Core.Strapi) {
  return String(strapi.config.get('server.url') || '').replace(/\/$/, '');
}

function service(c: Data.ContentType<typeof CATEGORY_UID>) {
  const hasAttributes = Array.isArray(c.attributes) && c.attributes.length > 0;
  return {
    service_code: c.code,
    service_name: c.nameEn,
    service_name_th: c.nameTh,
    description: c.description ?? '',
    metadata: hasAttributes,
    type: 'realtime',
    keywords: c.keywords ?? '',
    group: c.agency?.nameEn ?? '',
  };
}

function parseDate(value: unknown): Date | null | undefined {
  if (value === undefined || value === '') return undefined;
  const d = new Date(String(value));
  return Number.isNaN(d.getTime()) ? null : d;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async services(ctx: Context) {
    const categories = await strapi.documents(CATEGORY_UID).findMany({
      filters: { active: true },
      sort: 'code:asc',
      populate: { agency: { fields: ['nameEn'] } },
      limit: 500,
    });
    ctx.body = categories.map(service);
  },

  async service(ctx: Context) {
    const c = await strapi.documents(CATEGORY_UID).findFirst({ filters: { code: ctx.params.service_code, active: true } });
    if (!c) return fail(ctx, 404, `service_code ${ctx.params.service_code} not found`);
    ctx.body = { service_code: c.code, attributes: Array.isArray(c.attributes) ? c.attributes : [] };
  },

  async requests(ctx: Context) {
    const q = ctx.query ?? {};
    const filters: NonNullable<FindComplaints['filters']>[] = [];
    if (q.service_request_id) filters.push({ ticketNumber: { $in: String(q.service_request_id).split(',').slice(0, MAX_RESULTS) } });
    if (q.service_code) filters.push({ category: { code: { $in: String(q.service_code).split(',') } } });
    if (q.status !== undefined && q.status !== '') {
      const wanted = String(q.status).split(',');
      if (wanted.some((s) => s !== 'open' && s !== 'closed')) return fail(ctx, 400, 'status must be open or closed');
      const statuses = COMPLAINT_STATUSES.filter((s) => wanted.includes(FINAL_STATES.includes(s) ? 'closed' : 'open'));
      filters.push({ state: { $in: statuses } });
    }
    const start = parseDate(q.start_date);
    const end = parseDate(q.end_date);
    if (start === null) return fail(ctx, 400, 'start_date must be an ISO 8601 date');
    if (end === null) return fail(ctx, 400, 'end_date must be an ISO 8601 date');
    // The spec's default window: the last 90 days, unless ids are asked for.
    const from = start ?? (q.service_request_id ? undefined : new Date(Date.now() - 90 * 86400_000));
    if (from) filters.push({ receivedAt: { $gte: from } });
    if (end) filters.push({ receivedAt: { $lte: end } });
    const rows = await strapi.documents(UID).findMany({
      filters: filters.length ? { $and: filters } : {},
      sort: 'receivedAt:desc',
      populate,
      limit: MAX_RESULTS,
    });
    ctx.body = rows.map((c) => open311Request(c, publicUrl(strapi)));
  },

  async request(ctx: Context) {
    const c = await strapi.documents(UID).findFirst({ filters: { ticketNumber: ctx.params.service_request_id }, populate });
    if (!c) return fail(ctx, 404, `service_request_id ${ctx.params.service_request_id} not found`);
    ctx.body = [open311Request(c, publicUrl(strapi))];
  },

  async createRequest(ctx: Context) {
    const b = { ...(ctx.request.query ?? {}), ...(ctx.request.body ?? {}) } as Record<string, unknown>;
    const keys = String(process.env.OPEN311_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    if (keys.length && !keys.includes(String(b.api_key ?? ''))) return fail(ctx, 403, 'api_key is missing or not valid');
    if (!b.service_code) return fail(ctx, 400, 'service_code is required');
    const hasLocation = (b.lat !== undefined && b.long !== undefined) || b.address_string || b.address_id;
    if (!hasLocation) return fail(ctx, 400, 'a location is required: lat and long, or address_string');
    const attr = (b.attribute && typeof b.attribute === 'object' ? b.attribute : {}) as Record<string, unknown>;
    const name = [b.first_name, b.last_name].filter(Boolean).join(' ');
    const personal = Boolean(name || b.email || b.phone);
    const description = String(b.description ?? '');
    const firstLine = description.split('\n')[0].trim();
    const raw: Record<string, unknown> = {
      title: (firstLine.length > 100 ? `${firstLine.slice(0, 97)}…` : firstLine) || String(b.service_code),
      description,
      categoryCode: String(b.service_code),
      provinceCode: attr.province ? String(attr.province) : undefined,
      address: b.address_string ? String(b.address_string) : undefined,
      latitude: b.lat !== undefined ? Number(b.lat) : undefined,
      longitude: b.long !== undefined ? Number(b.long) : undefined,
      factoryName: attr.factory_name ? String(attr.factory_name) : undefined,
      anonymous: !personal,
      consent: String(attr.consent ?? '') === 'true',
      complainant: personal
        ? { name: name || undefined, email: b.email ? String(b.email) : undefined, phone: b.phone ? String(b.phone) : undefined }
        : undefined,
    };
    for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
    try {
      const input = await validateIntake(raw, { requireProvince: false });
      const c = await (strapi.service(UID) as ComplaintService).intake(input, { channel: 'open311', actor: { label: 'Open311' } });
      ctx.status = 201;
      ctx.body = [
        {
          service_request_id: c.ticketNumber,
          service_notice: `ติดตามเรื่องด้วยรหัส / Track with code ${c.trackingCode}`,
          account_id: null,
        },
      ];
    } catch (err) {
      if ((err as IntakeError)?.name !== 'ValidationError') throw err;
      const fields: string[] = ((err as IntakeError).details?.errors ?? []).map((e) => `${e.path.join('.')} ${e.message}`);
      const renamed = fields.map((f) =>
        f
          .replace(/^categoryCode/, 'service_code')
          .replace(/^complainant\.name/, 'first_name')
          .replace(/^complainant\.phone/, 'phone')
          .replace(/^complainant\.email/, 'email')
          .replace(/^consent/, 'attribute[consent]')
          .replace(/^provinceCode/, 'attribute[province]')
          .replace(/^address/, 'address_string')
          .replace(/^latitude/, 'lat')
          .replace(/^longitude/, 'long'),
      );
      return fail(ctx, 400, renamed.join('; ') || (err as IntakeError).message);
    }
  },
});
