import type { RouteDoc } from './registry';
import { closeSchema } from '../../lib/privacy/requests/validation';
import { breachNoticeQuery } from '../../lib/privacy/breaches/admin-routes';

/**
 * Our admin-panel routes (admin routers named `mind-*`, under /admin; admin login, not the content API's
 * roles): what the panel's own pages call. Documented here so that tests/api/openapi.test.ts can hold every
 * route of the router to a description; the panel is their only intended caller.
 */
const tag = 'Admin panel';
const id = { type: 'string', description: 'documentId' };

export const adminRouteDocs: Record<string, RouteDoc> = {
  'GET /admin/training/acknowledgement-rates': { tag, summary: 'อัตราการรับทราบเอกสารฝึกอบรม / Training acknowledgement rates' },
  'GET /admin/mind-dashboard/complaints': { tag, summary: 'วิดเจ็ตเรื่องร้องเรียน / Dashboard: complaints' },
  'GET /admin/mind-dashboard/provinces': { tag, summary: 'วิดเจ็ตจังหวัด / Dashboard: complaints per province' },
  'GET /admin/mind-dashboard/feedback': { tag, summary: 'วิดเจ็ตความพึงพอใจ / Dashboard: citizen feedback' },
  'GET /admin/mind-dashboard/reporting': { tag, summary: 'วิดเจ็ตการรายงาน / Dashboard: reporting compliance' },
  'GET /admin/mind-dashboard/compliance': {
    tag,
    summary: 'วิดเจ็ตอันดับการส่งรายงาน / Dashboard: reporting league table (fiscalYear, quarter: the current quarter unless given)',
  },
  'GET /admin/mind-dashboard/jobs': { tag, summary: 'วิดเจ็ตงานตามกำหนดเวลา / Dashboard: scheduled jobs' },
  'GET /admin/mind-dashboard/volunteers': { tag, summary: 'วิดเจ็ตอาสาสมัคร / Dashboard: volunteers' },
  'POST /admin/mind-integrations/open311-clients/:id/key': {
    tag,
    summary: 'ออกหรือเปลี่ยนคีย์ Open311 (แสดงครั้งเดียว) / Issue or rotate an Open311 client key (answered once)',
  },
  'POST /admin/mind-integrations/open311-clients/:id/revoke': { tag, summary: 'เพิกถอนคีย์ Open311 / Revoke an Open311 client key' },
  'POST /admin/mind-webhooks/endpoints/:id/secret': {
    tag,
    summary: 'ออกหรือเปลี่ยนรหัสลับของปลายทาง webhook (แสดงครั้งเดียว) / Issue or rotate a webhook endpoint secret (answered once)',
    description: 'The secret signs every delivery (X-MIND-Signature, docs/webhooks.md); the previous one stops signing at once.',
    response: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: {
            documentId: id,
            secret: { type: 'string', description: 'whsec_…; shown this once' },
            secretPrefix: { type: 'string' },
            secretIssuedAt: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  },
  'POST /admin/factories/import': { tag, summary: 'นำเข้าทะเบียนโรงงาน (CSV) / Import the factory registry (CSV)', files: ['file'] },
  'GET /admin/factories/search': { tag, summary: 'ค้นหาโรงงาน / Search factories' },
  'GET /admin/factories/repeat-sources': { tag, summary: 'แหล่งที่ถูกร้องเรียนซ้ำ / Repeat sources of complaints' },
  'GET /admin/factories/:id/history': { tag, summary: 'ประวัติเรื่องของโรงงาน / A factory’s history' },
  'GET /admin/mind-work/complaints/:id': { tag, summary: 'เรื่องร้องเรียนในแผงงาน / A complaint in the work panel' },
  'POST /admin/mind-work/complaints/:id/transition': { tag, summary: 'เปลี่ยนสถานะเรื่องร้องเรียน / Change a complaint’s status' },
  'POST /admin/mind-work/complaints/:id/assign': { tag, summary: 'มอบหมายเรื่องร้องเรียน / Assign a complaint' },
  'POST /admin/mind-work/complaints/:id/notes': { tag, summary: 'บันทึกในเรื่องร้องเรียน / Add a note to a complaint' },
  'POST /admin/mind-work/complaints/:id/reveal': {
    tag,
    summary: 'แสดงข้อมูลติดต่อผู้ร้อง (ต้องระบุเหตุผล) / Reveal the complainant’s contact data, with a reason',
  },
  'POST /admin/mind-work/volunteers/:id/reveal': {
    tag,
    summary: 'แสดงข้อมูลติดต่อจิตอาสา (ต้องระบุเหตุผล) / Reveal a volunteer’s contact data, with a reason',
  },
  'GET /admin/mind-privacy/reveals': {
    tag,
    summary: 'จำนวนการเปิดดูข้อมูลติดต่อต่อเจ้าหน้าที่ / Reveals per viewer (from, to: YYYY-MM-DD)',
  },
  'GET /admin/mind-work/progress-reports/:id': { tag, summary: 'รายงานความก้าวหน้าในแผงงาน / A progress report in the work panel' },
  'POST /admin/mind-work/progress-reports/:id/accept': { tag, summary: 'รับรายงานความก้าวหน้า / Accept a progress report' },
  'POST /admin/mind-work/progress-reports/:id/return': { tag, summary: 'ส่งรายงานกลับแก้ไข / Return a progress report' },
  'GET /admin/mind-work/inspection-findings/:id': { tag, summary: 'ข้อตรวจพบในแผงงาน / A finding in the work panel' },
  'POST /admin/mind-work/inspection-findings/:id/accept': { tag, summary: 'รับการแก้ไขข้อตรวจพบ / Accept a finding’s response' },
  'POST /admin/mind-work/inspection-findings/:id/reopen': { tag, summary: 'เปิดข้อตรวจพบอีกครั้ง / Reopen a finding' },
  'POST /admin/mind-work/email-templates/preview': { tag, summary: 'ดูตัวอย่างแม่แบบอีเมล / Preview an e-mail template' },
  'POST /admin/mind-work/email-templates/test': { tag, summary: 'ส่งอีเมลทดสอบ / Send a test e-mail' },
  'POST /admin/mind-privacy/requests/:id/verify': { tag, summary: 'ยืนยันตัวตนผู้ขอ / Verify a data subject’s identity' },
  'POST /admin/mind-privacy/requests/:id/export': {
    tag,
    summary: 'ข้อมูลทั้งหมดของเจ้าของข้อมูล (JSON) / Everything held about the subject (JSON)',
  },
  'POST /admin/mind-privacy/requests/:id/export-pdf': { tag, summary: 'สำเนาข้อมูลเป็น PDF / The subject’s data as a Thai PDF' },
  'POST /admin/mind-privacy/requests/:id/correct': { tag, summary: 'แก้ไขข้อมูลตามคำขอ / Apply the asked correction' },
  'POST /admin/mind-privacy/requests/:id/erase': { tag, summary: 'ลบข้อมูลตามคำขอ / Erase the subject’s personal data' },
  'POST /admin/mind-privacy/requests/:id/close': {
    tag,
    summary: 'บันทึกผลและแจ้งเจ้าของข้อมูล / Record the outcome and e-mail the subject',
    body: closeSchema,
  },
  'GET /admin/mind-privacy/data-breaches/:id/affected': {
    tag,
    summary: 'เจ้าของข้อมูลที่เหตุละเมิดกระทบ / Whom a breach touched (from the audit trail)',
    description: 'Complaints by ticket number and volunteers by document id, with the count; never their personal data.',
  },
  'GET /admin/mind-privacy/data-breaches/:id/notice': {
    tag,
    summary: 'หนังสือแจ้งเหตุละเมิด / The breach notice to the PDPC or the data subjects',
    description: 'Plain text, Thai (Buddhist-era dates) then English, from the admin-editable template.',
    query: breachNoticeQuery,
  },
  'GET /admin/mind-privacy/data-breaches/:id/notice.pdf': {
    tag,
    summary: 'หนังสือแจ้งเหตุละเมิด (PDF) / The breach notice as an A4 PDF',
    description: 'The same notice as a PDF (Sarabun): the Thai page, then the English one.',
    query: breachNoticeQuery,
  },
  'POST /admin/mind-privacy/purge-batches/:id/approve': { tag, summary: 'อนุมัติชุดลบข้อมูลส่วนบุคคล / Approve a purge batch' },
  'POST /admin/mind-privacy/purge-batches/:id/reject': { tag, summary: 'ไม่อนุมัติชุดลบข้อมูลส่วนบุคคล / Reject a purge batch' },
};
