import { yup } from '@strapi/utils';
import { commaList, number, text } from '../../lib/platform/validation';

/**
 * The inputs of Open311 GeoReport v2 (the specification's parameter names). Unknown parameters are
 * ignored, as generic clients send their own (jurisdiction_id, device_id …). The OpenAPI document is
 * generated from these schemas (src/api/openapi).
 */
export const PAGE_SIZE_DEFAULT = 100;
const PAGE_SIZE_MAX = 200;

const date = () => yup.date().typeError('must be an ISO 8601 date and time');
const common = {
  jurisdiction_id: text(200).meta({ description: 'accepted and ignored: MIND Desk is one jurisdiction' }),
  locale: yup
    .string()
    .oneOf(['th', 'en'], 'must be th or en')
    .meta({ description: 'language of names and descriptions; otherwise Accept-Language; otherwise Thai' }),
};

/** GET services.{format}, services/:service_code.{format}, requests/:id.{format}, discovery.{format} */
export const lookupQuery = yup.object(common);

/** GET requests.{format}: `service_request_id` overrides every other filter; `page` and `page_size` page the answer. */
export const requestsQuery = yup.object({
  ...common,
  service_request_id: commaList().meta({ description: 'comma-separated ticket numbers; when given, the other filters are ignored' }),
  service_code: commaList().meta({ description: 'comma-separated service codes' }),
  status: commaList(['open', 'closed']).meta({ description: 'open, closed, or both comma-separated' }),
  start_date: date().meta({ description: 'requests received at or after (default: 90 days ago)' }),
  end_date: date().meta({ description: 'requests received at or before' }),
  page: number(1, 100000).integer('must be a whole number').meta({ description: 'page number, from 1' }),
  page_size: number(1, PAGE_SIZE_MAX)
    .integer('must be a whole number')
    .meta({ description: `requests per page (default ${PAGE_SIZE_DEFAULT}, at most ${PAGE_SIZE_MAX})` }),
});

/**
 * POST requests.{format}: form-encoded (or JSON). Location: `lat` and `long`, or `address_string`
 * (`address_id` alone is refused: there is no address repository here). Personal data (`first_name`,
 * `last_name`, `email`, `phone`) needs `attribute[consent]=true`.
 */
export const createRequestBody = yup.object({
  api_key: text(200).meta({ description: 'the client key issued by an administrator (required when the server is set to require one)' }),
  jurisdiction_id: common.jurisdiction_id,
  locale: common.locale,
  service_code: text(40).required('is required'),
  lat: number(-90, 90),
  long: number(-180, 180),
  address_string: text(1000),
  address_id: text(200).meta({ description: 'not supported: send lat and long, or address_string' }),
  email: text(254).email('must be an email address'),
  device_id: text(200),
  account_id: text(200),
  first_name: text(100),
  last_name: text(100),
  phone: text(30),
  description: text(4000),
  media_url: text(2000)
    .matches(/^https?:\/\/[^\s]+$/i, { message: 'must be an absolute http(s) URL', excludeEmptyString: true })
    .meta({ description: 'a photo or other media of the problem, stored and shown once the details are public' }),
  attribute: yup.object().typeError('must be sent as attribute[code]=value').meta({
    description: "answers to the service definition's attributes, as attribute[code]=value (attribute[code][]=… for a multivaluelist)",
  }),
});
