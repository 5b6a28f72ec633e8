import PDFDocument from 'pdfkit';
import { formatThaiDate, formatThaiDateTime } from '../../platform/thai-date';
import { STATUS_LABELS } from '../../complaints/status';
import { KIND_LABEL } from './model';
import type { SubjectExport } from './export';

// Sarabun, as the volunteer certificate uses it (src/lib/volunteers/certificate-pdf.ts)
const FONT = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');

/** Thai labels of the fields a subject reads in their copy (a field not listed here reads as words, never a code name). */
const LABELS: Record<string, string> = {
  ticketNumber: 'เลขที่เรื่อง',
  trackingCode: 'รหัสติดตาม',
  title: 'เรื่อง',
  description: 'รายละเอียด',
  address: 'ที่อยู่/สถานที่',
  latitude: 'ละติจูด',
  longitude: 'ลองจิจูด',
  factoryName: 'ชื่อโรงงาน',
  channel: 'ช่องทาง',
  state: 'สถานะ',
  anonymous: 'ไม่ประสงค์ออกนาม',
  consent: 'ความยินยอม',
  consentAt: 'เวลาที่ให้ความยินยอม',
  updatesOptIn: 'รับแจ้งความคืบหน้า',
  receivedAt: 'วันที่รับเรื่อง',
  resolvedAt: 'วันที่แก้ไขเสร็จ',
  closedAt: 'วันที่ปิดเรื่อง',
  resolutionSummary: 'ผลการดำเนินการ',
  rating: 'คะแนนความพึงพอใจ',
  ratedAt: 'วันที่ให้คะแนน',
  name: 'ชื่อ',
  fullName: 'ชื่อ-นามสกุล',
  phone: 'โทรศัพท์',
  email: 'อีเมล',
  nationalId: 'เลขประจำตัวประชาชน',
  skills: 'ทักษะ',
  availability: 'ช่วงเวลาที่สะดวก',
  hours: 'ชั่วโมง',
  subject: 'หัวเรื่อง',
  sentAt: 'ส่งเมื่อ',
  code: 'เลขที่',
  issuedAt: 'ออกเมื่อ',
  createdAt: 'บันทึกเมื่อ',
  to: 'ถึง',
  templateKey: 'ประเภทอีเมล',
  province: 'จังหวัด',
  category: 'ประเภทเรื่อง',
  attachments: 'ไฟล์แนบ',
  nameTh: 'ชื่อ',
  complainant: 'ผู้ร้องเรียน',
  user: 'บัญชีผู้ใช้',
  username: 'ชื่อผู้ใช้',
  activity: 'กิจกรรม',
  startAt: 'เริ่ม',
  endAt: 'สิ้นสุด',
  signedUpAt: 'สมัครเมื่อ',
  cancelledAt: 'ยกเลิกเมื่อ',
  confirmedAt: 'ยืนยันเมื่อ',
  attendanceRecordedAt: 'บันทึกการเข้าร่วมเมื่อ',
  scope: 'ขอบเขต',
  year: 'ปี',
  volunteerName: 'ชื่อผู้รับ',
  activityTitle: 'กิจกรรม',
  revokedAt: 'เพิกถอนเมื่อ',
  revokedReason: 'เหตุที่เพิกถอน',
  mime: 'ชนิดไฟล์',
  size: 'ขนาด (ไบต์)',
};

/** Thai names of the coded values, per section of the copy (each section has its own states). */
type Values = Record<string, Record<string, string>>;
const COMPLAINT_VALUES: Values = {
  state: Object.fromEntries(Object.entries(STATUS_LABELS).map(([k, l]) => [k, l.th])),
  channel: {
    web: 'เว็บไซต์',
    open311: 'ระบบ Open311',
    traffy: 'Traffy Fondue',
    phone: 'โทรศัพท์',
    walk_in: 'มาติดต่อด้วยตนเอง',
    letter: 'หนังสือ',
    social: 'สื่อสังคมออนไลน์',
    other: 'อื่น ๆ',
  },
};
const VOLUNTEER_VALUES: Values = { state: { active: 'ปฏิบัติงานอยู่', inactive: 'ไม่ได้ปฏิบัติงานแล้ว' } };
const PARTICIPATION_VALUES: Values = {
  state: { registered: 'ลงทะเบียนแล้ว', waitlisted: 'รอคิว', cancelled: 'ยกเลิกแล้ว', attended: 'เข้าร่วมแล้ว', no_show: 'ไม่ได้มาร่วม' },
};
const CERTIFICATE_VALUES: Values = {
  scope: { activity: 'รายกิจกรรม', year: 'รายปี' },
  state: { valid: 'ใช้ได้', revoked: 'ถูกเพิกถอน' },
};
const EMAIL_VALUES: Values = {
  state: { pending: 'รอส่ง', sending: 'กำลังส่ง', sent: 'ส่งแล้ว', failed: 'ส่งไม่สำเร็จ รอส่งใหม่', dead: 'ส่งไม่สำเร็จ' },
};

/** A field missing from LABELS as words ("someNewField" → "some new field"), not as a code name. */
const labelOf = (key: string) => LABELS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

const DATE_KEY = /At$/;

/** One value as the subject reads it: Thai dates (Buddhist era, Bangkok time), yes/no, nested parts inline. */
function show(key: string, v: unknown, values: Values = {}): string {
  if (v === null || v === undefined || v === '') return '-';
  if (typeof v === 'boolean') return v ? 'ใช่' : 'ไม่ใช่';
  if (typeof v === 'string' && values[key]?.[v]) return values[key][v];
  if (DATE_KEY.test(key) && typeof v === 'string' && !Number.isNaN(Date.parse(v))) return formatThaiDateTime(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => show('', x)).join('; ') : '-';
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .filter(([k]) => k !== 'documentId')
      .map(([k, x]) => `${labelOf(k)}: ${show(k, x)}`)
      .join(', ');
  return String(v);
}

/** The export as a readable A4 PDF in Thai: one section per record, one line per field. */
export function renderExportPdf(x: SubjectExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `สำเนาข้อมูลส่วนบุคคล ${x.request.reference}`, Author: 'MIND Desk' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('th', FONT);
  doc.registerFont('th-bold', FONT_BOLD);
  const heading = (t: string) => doc.moveDown(0.8).font('th-bold').fontSize(15).text(t);
  const record = (values: Values) => (row: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(row)) {
      if (k === 'documentId') continue;
      doc
        .font('th')
        .fontSize(11)
        .text(`${labelOf(k)}: ${show(k, v, values)}`);
    }
    doc.moveDown(0.4);
  };

  doc.font('th').fontSize(12).text('กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม', { align: 'center' });
  doc.font('th-bold').fontSize(20).text('สำเนาข้อมูลส่วนบุคคลของท่าน', { align: 'center' });
  doc.font('th').fontSize(11).text('Copy of your personal data (PDPA s.30)', { align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('th')
    .fontSize(12)
    .text(`คำขอเลขที่ ${x.request.reference} (${KIND_LABEL[x.request.kind].th})`)
    .text(`ได้รับคำขอเมื่อ ${formatThaiDate(x.request.receivedAt)}  จัดทำสำเนาเมื่อ ${formatThaiDateTime(x.exportedAt)}`);

  if (x.complaints) {
    heading(`เรื่องร้องเรียน (${x.complaints.length} เรื่อง) / Complaints`);
    x.complaints.forEach(record(COMPLAINT_VALUES));
  }
  if (x.volunteer !== undefined) {
    heading('ข้อมูลจิตอาสา / Volunteer profile');
    if (x.volunteer) record(VOLUNTEER_VALUES)(x.volunteer);
    heading(`การเข้าร่วมกิจกรรม (${x.participations?.length ?? 0} รายการ) / Participations`);
    (x.participations ?? []).forEach(record(PARTICIPATION_VALUES));
    heading(`ใบรับรองชั่วโมง (${x.certificates?.length ?? 0} ฉบับ) / Certificates`);
    (x.certificates ?? []).forEach(record(CERTIFICATE_VALUES));
  }
  heading(`อีเมลที่ส่งถึงท่าน (${x.emails.length} ฉบับ) / E-mails sent to you`);
  x.emails.forEach(record(EMAIL_VALUES));
  doc.end();
  return done;
}
