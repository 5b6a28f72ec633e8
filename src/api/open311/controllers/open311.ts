import type { Core, Modules } from '@strapi/strapi';
import type { Context } from 'koa';
import { yup } from '@strapi/utils';
import type complaintService from '../../complaint/services/complaint';
import { validateIntake } from '../../../lib/complaints/intake';
import { open311Request } from '../../../lib/complaints/views';
import { COMPLAINT_STATUSES, FINAL_STATES, COMPLAINT_UID as UID, CATEGORY_UID } from '../../../lib/complaints/model';
import { OPEN311_PREFIX, send, sendError } from '../../../lib/integrations/open311/format';
import type { Open311Extras } from '../../../lib/integrations/open311/intake-extras';
import {
  attributesOf,
  definitionView,
  langOf,
  readAttributes,
  serviceView,
  STANDARD_CODES,
  type Category,
  type Province,
} from '../../../lib/integrations/open311/services';
import { validate } from '../../../lib/platform/validation';
import { createRequestBody, lookupQuery, PAGE_SIZE_DEFAULT, requestsQuery } from '../validation';

type FindComplaints = Modules.Documents.ServiceParams<typeof UID>['findMany'];
type ComplaintService = ReturnType<typeof complaintService>;
/** A failed validation: a ValidationError names its fields (anything else is rethrown). */
type FieldsError = { name?: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };

const populate: FindComplaints['populate'] = {
  category: { populate: { agency: { fields: ['nameTh', 'nameEn'] } } },
  province: { fields: ['code', 'nameTh', 'nameEn'] },
  attachments: { fields: ['url', 'mime'] },
};

/** Thrown to answer with the specification's error format. */
class Refusal extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const isFieldsError = (err: unknown): err is FieldsError => (err as FieldsError)?.name === 'ValidationError';
const describe = (err: FieldsError, rename: (path: string) => string = (p) => p) =>
  (err.details?.errors ?? []).map((e) => `${rename(e.path.join('.'))} ${e.message}`).join('; ') || err.message;

/** Validates with `schema`; a failure is a 400 naming each parameter. */
async function check<T>(schema: yup.AnySchema, input: unknown): Promise<T> {
  try {
    return await validate<T>(schema, input);
  } catch (err) {
    if (isFieldsError(err)) throw new Refusal(400, describe(err));
    throw err;
  }
}

/** The intake's field names back to the specification's. */
const INTAKE_TO_SPEC: Array<[RegExp, string]> = [
  [/^categoryCode/, 'service_code'],
  [/^complainant\.name/, 'first_name'],
  [/^complainant\.phone/, 'phone'],
  [/^complainant\.email/, 'email'],
  [/^complainant/, 'first_name'],
  [/^consent/, 'attribute[consent]'],
  [/^provinceCode/, 'attribute[province]'],
  [/^factoryName/, 'attribute[factory_name]'],
  [/^factoryRegistrationNumber/, 'attribute[factory_registration_number]'],
  [/^address/, 'address_string'],
  [/^latitude/, 'lat'],
  [/^longitude/, 'long'],
  [/^title/, 'description'],
];
const toSpec = (path: string) => INTAKE_TO_SPEC.reduce((p, [re, to]) => (re.test(p) ? p.replace(re, to) : p), path);

/** The public base URL (configured, or the request's own origin), for absolute links. */
function baseUrl(strapi: Core.Strapi, ctx: Context) {
  return String(strapi.config.get('server.url') || ctx.origin || '').replace(/\/$/, '');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Runs `fn`, answering a Refusal in the specification's format. */
  const handle = (fn: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
    try {
      await fn(ctx);
    } catch (err) {
      if (err instanceof Refusal) return sendError(ctx, err.code, err.message);
      throw err;
    }
  };

  const provinces = async (): Promise<Province[]> =>
    (await strapi.db
      .query('api::province.province')
      .findMany({ select: ['code', 'nameTh', 'nameEn'], orderBy: { code: 'asc' } })) as Province[];

  const category = async (code: unknown): Promise<Category | null> =>
    typeof code === 'string' && code
      ? ((await strapi.documents(CATEGORY_UID).findFirst({
          filters: { code, active: true },
          populate: { agency: { fields: ['nameTh', 'nameEn'] } },
        })) as Category | null)
      : null;

  return {
    discovery: handle(async (ctx) => {
      await check(lookupQuery, ctx.query);
      const latest = await strapi.db.query(CATEGORY_UID).findOne({ select: ['updatedAt'], orderBy: { updatedAt: 'desc' } });
      const changeset = new Date(latest?.updatedAt ?? 0).toISOString();
      const th = langOf(ctx) === 'th';
      send(ctx, 'discovery', {
        changeset,
        contact: th
          ? 'กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม'
          : 'Inspector-General division, Office of the Permanent Secretary, Ministry of Industry',
        key_service: th
          ? 'ขอ api_key จากผู้ดูแลระบบ MIND Desk ของกองตรวจราชการ'
          : 'Ask the division’s MIND Desk administrators for an api_key',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: `${baseUrl(strapi, ctx)}${OPEN311_PREFIX.replace(/\/$/, '')}`,
            changeset,
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      });
    }),

    services: handle(async (ctx) => {
      await check(lookupQuery, ctx.query);
      const categories = (await strapi.documents(CATEGORY_UID).findMany({
        filters: { active: true },
        sort: 'code:asc',
        populate: { agency: { fields: ['nameTh', 'nameEn'] } },
        limit: 500,
      })) as Category[];
      const lang = langOf(ctx);
      send(
        ctx,
        'services',
        categories.map((c) => serviceView(c, lang)),
      );
    }),

    service: handle(async (ctx) => {
      await check(lookupQuery, ctx.query);
      const c = await category(ctx.params.service_code);
      if (!c) throw new Refusal(404, `service_code ${ctx.params.service_code} not found`);
      send(ctx, 'service_definition', definitionView(c, await provinces(), langOf(ctx)));
    }),

    requests: handle(async (ctx) => {
      const q = await check<{
        service_request_id?: string[];
        service_code?: string[];
        status?: string[];
        start_date?: Date;
        end_date?: Date;
        page?: number;
        page_size?: number;
      }>(requestsQuery, ctx.query ?? {});
      const size = q.page_size ?? PAGE_SIZE_DEFAULT;
      const page = q.page ?? 1;
      const filters: NonNullable<FindComplaints['filters']>[] = [];
      if (q.service_request_id) {
        // the specification: with service_request_id every other parameter is ignored
        filters.push({ ticketNumber: { $in: q.service_request_id.slice(0, size) } });
      } else {
        if (q.service_code) filters.push({ category: { code: { $in: q.service_code } } });
        if (q.status) {
          const statuses = COMPLAINT_STATUSES.filter((s) => q.status!.includes(FINAL_STATES.includes(s) ? 'closed' : 'open'));
          filters.push({ state: { $in: statuses } });
        }
        // the specification's default window: the last 90 days
        filters.push({ receivedAt: { $gte: q.start_date ?? new Date(Date.now() - 90 * 86400_000) } });
        if (q.end_date) filters.push({ receivedAt: { $lte: q.end_date } });
      }
      const where = { $and: filters };
      const [rows, total] = await Promise.all([
        strapi.documents(UID).findMany({
          filters: where,
          sort: ['receivedAt:desc', 'id:desc'],
          populate,
          start: q.service_request_id ? 0 : (page - 1) * size,
          limit: size,
        }),
        strapi.documents(UID).count({ filters: where }),
      ]);
      ctx.set('X-Total-Count', String(total));
      const base = baseUrl(strapi, ctx);
      const lang = langOf(ctx);
      send(
        ctx,
        'service_requests',
        rows.map((c) => open311Request(c, base, lang)),
      );
    }),

    request: handle(async (ctx) => {
      await check(lookupQuery, ctx.query);
      const c = await strapi.documents(UID).findFirst({ filters: { ticketNumber: ctx.params.service_request_id }, populate });
      if (!c) throw new Refusal(404, `service_request_id ${ctx.params.service_request_id} not found`);
      send(ctx, 'service_requests', [open311Request(c, baseUrl(strapi, ctx), langOf(ctx))]);
    }),

    createRequest: handle(async (ctx) => {
      // node-open311 sends every parameter in the query string; the others in a form body
      const b = await check<Record<string, string | undefined> & { lat?: number; long?: number; attribute?: Record<string, unknown> }>(
        createRequestBody,
        { ...(ctx.request.query ?? {}), ...((ctx.request.body as object) ?? {}) },
      );
      const c = await category(b.service_code);
      if (!c) throw new Refusal(400, `service_code ${b.service_code} is not a service here (see services.json)`);
      const hasPoint = b.lat !== undefined && b.long !== undefined;
      if (!hasPoint && !b.address_string) {
        throw new Refusal(
          400,
          b.address_id
            ? 'address_id is not supported here (there is no address repository): send lat and long, or address_string'
            : 'a location is required: lat and long, or address_string',
        );
      }
      const { answers, problems } = readAttributes(b.attribute, attributesOf(c, await provinces()), c.code);
      if (problems.length) throw new Refusal(400, problems.join('; '));
      const name = [b.first_name, b.last_name].filter(Boolean).join(' ');
      const personal = Boolean(name || b.email || b.phone);
      const description = b.description ?? '';
      const firstLine = description.split('\n')[0].trim();
      const own = Object.fromEntries(Object.entries(answers).filter(([k]) => !(STANDARD_CODES as readonly string[]).includes(k)));
      const raw: Record<string, unknown> = {
        title: (firstLine.length > 100 ? `${firstLine.slice(0, 97)}…` : firstLine) || c.nameTh,
        description: description || c.nameTh,
        categoryCode: c.code,
        provinceCode: answers.province,
        address: b.address_string,
        latitude: b.lat,
        longitude: b.long,
        factoryName: answers.factory_name,
        factoryRegistrationNumber: answers.factory_registration_number,
        anonymous: !personal,
        consent: answers.consent === 'true',
        complainant: personal ? { name: name || undefined, email: b.email, phone: b.phone } : undefined,
      };
      for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
      let input;
      try {
        input = await validateIntake(raw, { requireProvince: false });
      } catch (err) {
        if (isFieldsError(err)) throw new Refusal(400, describe(err, toSpec));
        throw err;
      }
      const client = ctx.state.open311Client as { name: string } | undefined;
      const extras: Open311Extras = { mediaUrl: b.media_url, serviceAttributes: Object.keys(own).length ? own : undefined };
      let created;
      try {
        created = await (strapi.service(UID) as ComplaintService).intake(input, {
          channel: 'open311',
          extras,
          actor: { label: client ? `Open311: ${client.name}` : 'Open311' },
        });
      } catch (err) {
        if (isFieldsError(err)) throw new Refusal(400, describe(err, toSpec));
        throw err;
      }
      const th = langOf(ctx) === 'th';
      send(
        ctx,
        'service_requests',
        [
          {
            service_request_id: created.ticketNumber,
            service_notice: th ? `ติดตามเรื่องด้วยรหัส ${created.trackingCode}` : `Track it with the code ${created.trackingCode}`,
            account_id: null,
          },
        ],
        201,
      );
    }),
  };
};
