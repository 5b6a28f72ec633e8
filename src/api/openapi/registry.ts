import { yup } from '@strapi/utils';
import type { JsonSchema } from '../../lib/platform/openapi';
import { createRequestBody, lookupQuery, requestsQuery } from '../open311/validation';
import { forwardBody } from '../traffy/validation';
import { complianceQuerySchema, lockExceptionSchema } from '../progress-report/validation';
import { commitmentSchema, decisionSchema, extensionSchema } from '../inspection-finding/validation';
import { citizenRequestSchema, volunteerRequestSchema } from '../../lib/privacy/requests/validation';

/**
 * The documentation of every custom content-API route (the core routes — find, findOne, create,
 * update, delete — are documented from their content type). One entry per route, keyed exactly as the
 * router holds it (`METHOD /api/path`, as in tests/security/route-access.ts). tests/api/openapi.test.ts
 * fails on a route without an entry. See docs/openapi.md.
 *
 * `query` and `body` are the yup schemas that validate the request where the route's validation file
 * exports them (preferred: the document then says what is checked), or a JSON Schema written here.
 */
export interface RouteDoc {
  /** "ไทย / English", one line */
  summary: string;
  description?: string;
  tag: string;
  /** query parameters: an object schema */
  query?: yup.AnySchema;
  /** the request body (JSON, or form-encoded for Open311) */
  body?: yup.AnySchema | JsonSchema;
  /** the body is Strapi's `{ data: … }` */
  wrapped?: boolean;
  /** the body may be multipart/form-data: `data` (JSON text) and these file fields */
  files?: string[];
  /** the success answer's body, and its status (200 unless given) */
  response?: JsonSchema;
  status?: number;
  /** a CSV download rather than JSON */
  csv?: boolean;
}

const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});
const str = (description?: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  ...extra,
  ...(description ? { description } : {}),
});
const visibility = str('who sees the note', { enum: ['internal', 'public'] });
const data = (inner: JsonSchema = { type: 'object' }) => object({ data: inner });

const intake = object(
  {
    title: str(undefined, { maxLength: 200 }),
    description: str(undefined, { maxLength: 5000 }),
    categoryCode: str('a complaint category code (GET /api/complaint-categories)', { maxLength: 40 }),
    provinceCode: str('ISO 3166-2 province code, e.g. TH-10', { maxLength: 8 }),
    address: str(undefined, { maxLength: 1000 }),
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    factoryName: str(undefined, { maxLength: 300 }),
    factoryRegistrationNumber: str(undefined, { maxLength: 50 }),
    complainant: object({
      name: str(undefined, { maxLength: 200 }),
      phone: str(undefined, { maxLength: 30, pattern: '^[0-9+()\\- ]{6,30}$' }),
      email: str(undefined, { maxLength: 254, format: 'email' }),
    }),
    anonymous: { type: 'boolean', default: false, description: 'true: no personal data at all' },
    consent: { type: 'boolean', default: false, description: 'must be true to give personal data (PDPA)' },
  },
  ['title', 'description', 'categoryCode'],
);

/** The Open311 routes: each in .json and .xml (the answer's format is the path's extension). */
const open311: Record<string, RouteDoc> = {};
const o311 = (method: string, path: string, doc: RouteDoc) => {
  for (const f of ['json', 'xml']) open311[`${method} /api/open311/v2/${path}.${f}`] = doc;
};
o311('GET', 'discovery', {
  tag: 'Open311',
  summary: 'ไฟล์ค้นหาบริการ Open311 / Open311 service discovery',
  query: lookupQuery,
});
o311('GET', 'services', { tag: 'Open311', summary: 'รายการบริการ (ประเภทเรื่อง) / Service list', query: lookupQuery });
o311('GET', 'services/:service_code', {
  tag: 'Open311',
  summary: 'นิยามบริการและแอตทริบิวต์ / Service definition and its attributes',
  description:
    'Every service declares the attributes MIND Desk reads: consent, province, factory_name, factory_registration_number, and its own.',
  query: lookupQuery,
});
o311('GET', 'requests', {
  tag: 'Open311',
  summary: 'ค้นหาเรื่อง / Service requests',
  description:
    'The total is in the X-Total-Count header. Personal data is never shown; the description, address and media only once an officer publishes them.',
  query: requestsQuery,
});
o311('POST', 'requests', {
  tag: 'Open311',
  summary: 'ส่งเรื่องใหม่ / Create a service request',
  description:
    'Form-encoded (or JSON). Answers at once with the service_request_id (no tokens). Limited per api_key, or per address without one.',
  body: createRequestBody,
  status: 201,
});
o311('GET', 'requests/:service_request_id', { tag: 'Open311', summary: 'เรื่องเดียว / One service request', query: lookupQuery });

export const routeDocs: Record<string, RouteDoc> = {
  ...open311,
  'GET /api/openapi.json': { tag: 'API', summary: 'เอกสาร OpenAPI นี้ / This OpenAPI document' },

  // Traffy Fondue (แจ้งอุต) bridge (docs/traffy.md)
  'POST /api/traffy/webhook/:key': {
    tag: 'Traffy',
    summary: 'รับเรื่องใหม่ แชท และคะแนนจากแจ้งอุต / Traffy Fondue webhook: new issue, chat, rating',
    description:
      "Traffy Fondue's webhook payloads as its Exchange API documents them; `key` is the secret of the URL registered with Traffy (a wrong key, or the bridge off: 404). Each event is applied once.",
    body: {
      type: 'object',
      description:
        'a new issue (ticket_id, description, type_id, type, photo, latitude, longitude, address, orgs) or a chat event (event, message_comment_id, ticket_id, comment, sender_org_id, …)',
    },
  },
  'PATCH /api/traffy/webhook/:key': {
    tag: 'Traffy',
    summary: 'รับการอัปเดตสถานะจากแจ้งอุต / Traffy Fondue webhook: status update',
    body: object({ ticket_id: str(), status: str(), note: str(), org: str(), timestamp: str(), photo: { type: 'array', items: str() } }, [
      'ticket_id',
      'status',
    ]),
  },
  'POST /api/traffy/complaints/:id/forward': {
    tag: 'Traffy',
    summary: 'เชิญร่วมหรือส่งต่อเรื่องในแจ้งอุต / Invite or forward in Traffy Fondue',
    description: 'Queues a join-forward call for a complaint that came from Traffy (202; 200 when the same call is already queued).',
    body: forwardBody,
    wrapped: true,
    status: 202,
  },

  // Citizens (no login, rate-limited)
  'POST /api/public/complaints': {
    tag: 'Public',
    summary: 'ยื่นเรื่องร้องเรียน / File a complaint',
    description: 'JSON `{ data }`, or multipart with `data` as JSON text and up to COMPLAINT_ATTACHMENTS_MAX `attachments`.',
    body: intake,
    wrapped: true,
    files: ['attachments'],
    status: 201,
  },
  'GET /api/public/complaints/:trackingCode': { tag: 'Public', summary: 'ติดตามเรื่องด้วยรหัสติดตาม / Track a complaint by its tracking code' },
  'POST /api/public/complaints/:trackingCode/rating': {
    tag: 'Public',
    summary: 'ให้คะแนนการแก้ไข / Rate the resolution',
    body: object({ rating: { type: 'integer', minimum: 1, maximum: 5 }, comment: str(undefined, { maxLength: 2000 }) }, ['rating']),
    wrapped: true,
  },
  'POST /api/public/complaints/:trackingCode/reopen': {
    tag: 'Public',
    summary: 'ขอเปิดเรื่องอีกครั้ง / Ask to reopen',
    body: object({ reason: str(undefined, { maxLength: 2000 }) }, ['reason']),
    wrapped: true,
  },

  // Complaint workflow (officers, response teams)
  'POST /api/complaints/:id/transition': {
    tag: 'Complaints',
    summary: 'เปลี่ยนสถานะ / Change the status',
    body: object(
      {
        status: str('the next status', {
          enum: ['received', 'triaged', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected', 'duplicate'],
        }),
        note: str(undefined, { maxLength: 5000 }),
        visibility,
        resolutionSummary: str(undefined, { maxLength: 5000 }),
        duplicateOf: str('ticket number or document id of the original'),
      },
      ['status'],
    ),
  },
  'POST /api/complaints/:id/assign': {
    tag: 'Complaints',
    summary: 'มอบหมายทีม / Assign a team',
    body: object({ team: str('response team document id'), officer: str('user id or document id'), note: str() }, ['team']),
  },
  'POST /api/complaints/:id/notes': {
    tag: 'Complaints',
    summary: 'เพิ่มบันทึก / Add a note',
    body: object({ note: str(undefined, { maxLength: 5000 }), visibility }, ['note']),
  },
  'POST /api/complaints/:id/field-visits': {
    tag: 'Complaints',
    summary: 'บันทึกการลงพื้นที่ / Record a field visit',
    body: object(
      {
        note: str(undefined, { maxLength: 5000 }),
        visitedAt: str(undefined, { format: 'date-time' }),
        latitude: { type: 'number', minimum: -90, maximum: 90 },
        longitude: { type: 'number', minimum: -180, maximum: 180 },
        locationText: str(undefined, { maxLength: 500 }),
      },
      ['note'],
    ),
    files: ['attachments'],
  },
  'POST /api/complaints/:id/reveal': {
    tag: 'Complaints',
    summary: 'แสดงข้อมูลติดต่อผู้ร้อง (ต้องระบุเหตุผล) / Reveal the complainant’s contact data, with a reason',
    description: 'Contact data is masked in every other answer; this one is recorded in the audit trail (personal_data.reveal).',
    body: object({ reason: str('why the contact data is needed (kept in the audit trail)', { minLength: 10, maxLength: 500 }) }, [
      'reason',
    ]),
    wrapped: true,
  },

  // Factories (DIW registry) and incidents (complaints about one source, worked once)
  'GET /api/complaints/:id/factory-suggestions': {
    tag: 'Complaints',
    summary: 'โรงงานที่อาจเกี่ยวข้อง / Factories the complaint may be about',
  },
  'PUT /api/complaints/:id/factory': {
    tag: 'Complaints',
    summary: 'ผูกเรื่องกับโรงงาน / Link the complaint to a factory',
    body: object({ factory: str('factory document id or DIW registration number; null to unlink', { nullable: true }) }),
    wrapped: true,
  },
  'POST /api/incidents': {
    tag: 'Incidents',
    summary: 'สร้างเหตุการณ์จากเรื่องร้องเรียน / Create an incident from complaints',
    body: object({
      title: str(undefined, { maxLength: 200 }),
      complaints: { type: 'array', items: str('complaint document id or ticket number') },
    }),
    wrapped: true,
    status: 201,
  },
  'POST /api/incidents/:id/confirm': {
    tag: 'Incidents',
    summary: 'ยืนยันเรื่องที่ระบบเสนอ / Confirm suggested complaints',
    body: object({ complaints: { type: 'array', items: str() } }),
    wrapped: true,
  },
  'POST /api/incidents/:id/detach': {
    tag: 'Incidents',
    summary: 'แยกเรื่องออกจากเหตุการณ์ / Detach complaints',
    body: object({ complaints: { type: 'array', items: str() } }, ['complaints']),
    wrapped: true,
  },
  'POST /api/incidents/:id/split': {
    tag: 'Incidents',
    summary: 'แยกเป็นเหตุการณ์ใหม่ / Split complaints into a new incident',
    body: object({ complaints: { type: 'array', items: str() }, title: str() }, ['complaints']),
    wrapped: true,
  },
  'POST /api/incidents/:id/merge': {
    tag: 'Incidents',
    summary: 'รวมเหตุการณ์ / Merge another incident into this one',
    body: object({ incident: str('the incident merged into this one') }, ['incident']),
    wrapped: true,
  },
  'POST /api/incidents/:id/assign': {
    tag: 'Incidents',
    summary: 'มอบหมายทีม / Assign a team',
    body: object({ team: str('response team document id'), note: str() }, ['team']),
  },
  'POST /api/incidents/:id/transition': {
    tag: 'Incidents',
    summary: 'เปลี่ยนสถานะเหตุการณ์ / Change the incident status',
    body: object({ status: str(), note: str(), visibility, resolutionSummary: str() }, ['status']),
  },
  'POST /api/incidents/:id/field-visits': {
    tag: 'Incidents',
    summary: 'บันทึกการลงพื้นที่ / Record a field visit',
    body: object({ note: str(undefined, { maxLength: 5000 }), visitedAt: str(undefined, { format: 'date-time' }) }, ['note']),
    files: ['attachments'],
  },

  // Inspections and findings
  'POST /api/inspections/:id/transition': {
    tag: 'Inspections',
    summary: 'เปลี่ยนสถานะการตรวจราชการ / Change an inspection’s status',
    body: data(object({ state: str() }, ['state'])),
  },
  'GET /api/inspection-rounds/:fiscalYear/:round/summary': {
    tag: 'Inspections',
    summary: 'สรุปรอบการตรวจ / Summary of an inspection round',
  },
  'GET /api/inspection-rounds/:fiscalYear/:round/summary.csv': {
    tag: 'Inspections',
    summary: 'สรุปรอบการตรวจ (CSV) / Summary of an inspection round as CSV',
    csv: true,
  },
  'POST /api/inspection-findings/:id/respond': {
    tag: 'Inspections',
    summary: 'หน่วยงานตอบข้อตรวจพบ / The agency responds to a finding',
    body: object({ response: str(undefined, { maxLength: 5000 }) }, ['response']),
    wrapped: true,
    files: ['attachments'],
  },
  'POST /api/inspection-findings/:id/accept': {
    tag: 'Inspections',
    summary: 'ปิดข้อตรวจพบเมื่อยืนยันการแก้ไข / Close the finding: the inspector verifies the fix',
    description: 'Only a responded finding with evidence attached and an accepted commitment (else 409 naming what is missing).',
    body: decisionSchema(true),
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/commitment': {
    tag: 'Inspections',
    summary: 'หน่วยงานเสนอคำมั่นแก้ไข / The agency proposes a commitment (a new version, pending acceptance)',
    body: commitmentSchema,
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/commitment/accept': {
    tag: 'Inspections',
    summary: 'รับรองคำมั่นแก้ไข / Accept the pending commitment',
    body: decisionSchema(false),
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/commitment/reject': {
    tag: 'Inspections',
    summary: 'ไม่รับรองคำมั่นแก้ไข / Reject the pending commitment',
    body: decisionSchema(true),
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/extension': {
    tag: 'Inspections',
    summary: 'ขอขยายกำหนดชี้แจง / The agency asks to move the due date',
    body: extensionSchema,
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/extension/approve': {
    tag: 'Inspections',
    summary: 'อนุมัติขยายเวลา / Approve the extension (the due date moves)',
    body: decisionSchema(false),
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/extension/refuse': {
    tag: 'Inspections',
    summary: 'ไม่อนุมัติขยายเวลา / Refuse the extension',
    body: decisionSchema(true),
    wrapped: true,
  },
  'POST /api/inspection-findings/:id/reopen': {
    tag: 'Inspections',
    summary: 'ส่งกลับให้แก้ไข / Reopen the finding',
    body: object({ comment: str(undefined, { maxLength: 5000 }) }, ['comment']),
    wrapped: true,
  },

  // Progress reports
  'POST /api/progress-reports/:id/submit': {
    tag: 'Reporting',
    summary: 'ส่งรายงานความก้าวหน้า / Submit a progress report',
    body: { type: 'object' },
    wrapped: true,
    files: ['attachments'],
  },
  'POST /api/progress-reports/:id/accept': {
    tag: 'Reporting',
    summary: 'รับรายงาน / Accept a report',
    body: object({ comment: str(undefined, { maxLength: 5000 }) }),
    wrapped: true,
  },
  'POST /api/progress-reports/:id/return': {
    tag: 'Reporting',
    summary: 'ส่งคืนรายงานให้แก้ไข / Return a report for changes',
    body: object({ comment: str(undefined, { maxLength: 5000 }) }, ['comment']),
    wrapped: true,
  },
  'POST /api/progress-reports/:id/lock-exception': {
    tag: 'Reporting',
    summary: 'อนุญาตให้ส่งหลังปิดรับ / Let the agency submit a locked report until a time',
    body: lockExceptionSchema,
    wrapped: true,
  },
  'GET /api/reporting-compliance': {
    tag: 'Reporting',
    summary: 'อัตราการส่งรายงานและส่งตรงเวลา / Reporting and on-time rates per agency or province',
    query: complianceQuerySchema,
  },
  'GET /api/reporting-compliance.csv': {
    tag: 'Reporting',
    summary: 'อัตราการส่งรายงาน (CSV) / Reporting compliance league table as CSV',
    query: complianceQuerySchema,
    csv: true,
  },
  'GET /api/reporting-compliance/emenscr.csv': {
    tag: 'Reporting',
    summary: 'ส่งออกรูปแบบ eMENSCR / Sent progress reports shaped for NESDC eMENSCR',
    query: complianceQuerySchema,
    csv: true,
  },

  // Training
  'GET /api/training-materials/search': {
    tag: 'Training',
    summary: 'ค้นหาสื่อการอบรม / Search training materials',
    query: yup.object({ q: yup.string().required().meta({ description: 'search words (Thai or English)' }) }),
  },
  'GET /api/training-materials/my-required': { tag: 'Training', summary: 'สื่อที่ต้องอ่าน / Materials I must read' },
  'POST /api/training-materials/:id/acknowledge': { tag: 'Training', summary: 'รับทราบสื่อ / Acknowledge a material', status: 201 },
  'POST /api/training-materials/:id/quiz-attempts': {
    tag: 'Training',
    summary: "ส่งคำตอบแบบทดสอบ / Answer a material's quiz",
    description: 'graded on the server; the answer says how many were right and whether it passed, never which choices are right',
    body: object(
      {
        answers: {
          type: 'array',
          description: 'per question, in order, the indexes of the choices picked',
          items: { type: 'array', items: { type: 'integer', minimum: 0 } },
        },
      },
      ['answers'],
    ),
    status: 201,
  },
  'GET /api/complaints/:id/law-at-hand': {
    tag: 'Training',
    summary: 'กฎหมายและมาตรการที่เกี่ยวข้องกับเรื่องร้องเรียน / Law at hand for a complaint',
    description: "the published provisions and fund measures linked to the complaint's category",
  },
  'GET /api/inspection-findings/:id/law-at-hand': {
    tag: 'Training',
    summary: 'กฎหมายและมาตรการที่เกี่ยวข้องกับข้อตรวจพบ / Law at hand for a finding',
    description: 'the published provisions and fund measures linked to the finding',
  },

  // Volunteers
  'GET /api/volunteers/me': { tag: 'Volunteers', summary: 'โปรไฟล์ของฉัน / My volunteer profile' },
  'PUT /api/volunteers/me': {
    tag: 'Volunteers',
    summary: 'แก้ไขโปรไฟล์ของฉัน / Edit my volunteer profile',
    body: { type: 'object', description: 'the profile fields a volunteer may change (see docs/volunteers.md)' },
    wrapped: true,
  },
  'POST /api/volunteers/:id/reveal': {
    tag: 'Volunteers',
    summary: 'แสดงข้อมูลติดต่อจิตอาสา (ต้องระบุเหตุผล) / Reveal a volunteer’s contact data, with a reason',
    description: 'Coordinators see phone, e-mail and national ID masked elsewhere; this one is recorded in the audit trail.',
    body: object({ reason: str('why the contact data is needed (kept in the audit trail)', { minLength: 10, maxLength: 500 }) }, [
      'reason',
    ]),
    wrapped: true,
  },
  'POST /api/volunteer-activities/:id/sign-up': { tag: 'Volunteers', summary: 'สมัครกิจกรรม / Sign up for an activity', status: 201 },
  'POST /api/volunteer-activities/:id/cancel': {
    tag: 'Volunteers',
    summary: 'ยกเลิกกิจกรรม / Cancel an activity',
    body: object({ reason: str('told to the volunteers signed up', { maxLength: 2000, nullable: true }) }),
    wrapped: true,
  },
  'GET /api/volunteer-activities/:id/participants/export': {
    tag: 'Volunteers',
    summary: 'ส่งออกรายชื่อผู้เข้าร่วม (CSV) / Export the participants as CSV',
    csv: true,
  },
  'POST /api/participations/:id/cancel': { tag: 'Volunteers', summary: 'ยกเลิกการสมัคร / Cancel a sign-up' },
  'POST /api/participations/:id/attendance': {
    tag: 'Volunteers',
    summary: 'บันทึกการเข้าร่วมและชั่วโมง / Record attendance and hours',
    body: object({ attended: { type: 'boolean' }, hours: { type: 'number', minimum: 0 } }, ['attended']),
    wrapped: true,
  },
  'POST /api/participations/confirm': {
    tag: 'Volunteers',
    summary: 'ยืนยันที่นั่งจากลิงก์ในอีเมล / Confirm a promoted place from the e-mailed link',
    description: 'No login: the token from the e-mail is the credential. 400 naming `token` once the deadline has passed.',
    body: object({ token: str('the token from the e-mailed link', { maxLength: 64 }) }, ['token']),
  },
  'POST /api/participations/:id/confirm': { tag: 'Volunteers', summary: 'ยืนยันที่นั่ง (แอปเจ้าหน้าที่) / Confirm my promoted place' },
  'POST /api/volunteer-certificates': {
    tag: 'Volunteers',
    summary: 'ขอใบรับรองชั่วโมงจิตอาสา / Issue a certificate of volunteer hours',
    description:
      'Per activity (`activity`: documentId) or per Buddhist-era year (`year`); a coordinator names the `volunteer`. 201 when issued, 200 with the unchanged valid one.',
    body: object({
      activity: str('an activity documentId', { maxLength: 40 }),
      year: { type: 'integer', minimum: 2500, maximum: 2800, description: 'Buddhist-era year, e.g. 2569' },
      volunteer: str('a volunteer documentId (coordinators)', { maxLength: 40 }),
    }),
    status: 201,
  },
  'GET /api/volunteer-certificates/:id/pdf': {
    tag: 'Volunteers',
    summary: 'ใบรับรองเป็น PDF / The certificate as a PDF',
    description: 'Thai, Buddhist-era dates, with a QR code of the public verification page.',
  },
  'GET /api/volunteer-certificates/verify/:code': {
    tag: 'Public',
    summary: 'ตรวจสอบใบรับรองชั่วโมงจิตอาสา / Verify a certificate of volunteer hours',
    description: 'No login. Only what the certificate states, and whether it was revoked (attendance corrected).',
  },
  'POST /api/data-subject-requests': {
    tag: 'Public',
    summary: 'คำขอของเจ้าของข้อมูล (เข้าถึง แก้ไข ลบ) / A data-subject request (access, correct, erase)',
    description:
      'No login; limited per address like complaint intake. The tracking code and the e-mail or phone given on the complaint identify the ' +
      'complainant; the answer is the same 202 whether or not they matched, and a confirmation e-mail goes to the address on file.',
    body: citizenRequestSchema,
    wrapped: true,
    status: 202,
  },
  'POST /api/data-subject-requests/mine': {
    tag: 'Volunteers',
    summary: 'คำขอเกี่ยวกับข้อมูลของฉัน / A data-subject request about my own volunteer profile',
    description: '201 with the reference and the due date (30 days, PDPA s.30); 200 with the open request of the same kind.',
    body: volunteerRequestSchema,
    wrapped: true,
    status: 201,
  },
  'POST /api/volunteer-rosters': {
    tag: 'Volunteers',
    summary: 'เรียกกำลังจิตอาสาด่วน / Call out volunteers for an emergency',
    description:
      'E-mails every active volunteer of the province (and, with `nearby`, its region) who has every skill asked for, once, with a yes/no link. `meta.called` says how many.',
    body: object(
      {
        title: str(undefined, { maxLength: 200 }),
        message: str(undefined, { maxLength: 2000 }),
        place: str(undefined, { maxLength: 300 }),
        province: str('province code, e.g. TH-11'),
        nearby: { type: 'boolean', description: 'also the other provinces of its region (default true)' },
        skills: { type: 'array', items: str() },
        needed: { type: 'integer', minimum: 1, maximum: 500 },
        complaint: str('a complaint documentId'),
        incident: str('an incident documentId'),
      },
      ['title', 'province', 'needed'],
    ),
    status: 201,
  },
  'POST /api/volunteer-rosters/:id/close': { tag: 'Volunteers', summary: 'ปิดการเรียกกำลัง / Close a call-out' },
  'POST /api/volunteer-rosters/answer': {
    tag: 'Volunteers',
    summary: 'ตอบการเรียกกำลังจากลิงก์ในอีเมล / Answer a call-out from the e-mailed link',
    description:
      'No login: the token is the credential. Without `answer`, only reads the call. 400 naming `answer` when the call is full or closed.',
    body: object({ token: str('the token from the e-mailed link', { maxLength: 64 }), answer: str(undefined, { enum: ['yes', 'no'] }) }, [
      'token',
    ]),
  },
  'GET /api/volunteer-rosters/mine': {
    tag: 'Volunteers',
    summary: 'การเรียกกำลังที่ฉันได้รับ / My open call-outs',
    description: 'The calls the signed-in volunteer was called to that still take answers (open or full), with their answer.',
  },
  'POST /api/volunteer-rosters/:id/my-answer': {
    tag: 'Volunteers',
    summary: 'ตอบการเรียกกำลังในแอปเจ้าหน้าที่ / Answer a call-out in the staff app',
    description:
      'As the e-mailed link would; 404 for a call the volunteer was not called to; 400 naming `answer` when the call is full or closed.',
    body: object({ answer: str(undefined, { enum: ['yes', 'no'] }) }, ['answer']),
  },
  'GET /api/volunteer-hours': { tag: 'Volunteers', summary: 'ชั่วโมงจิตอาสา / Volunteer hours' },
  'GET /api/volunteer-hours/export': { tag: 'Volunteers', summary: 'ส่งออกชั่วโมงจิตอาสา (CSV) / Volunteer hours as CSV', csv: true },
};
