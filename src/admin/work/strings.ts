/** The workflow panels' words, Thai first, English second. */
const PHRASES = {
  complaintPanel: { th: 'การดำเนินการเรื่องร้องเรียน', en: 'Work on this complaint' },
  timeline: { th: 'ลำดับเหตุการณ์', en: 'Timeline' },
  law: { th: 'กฎหมายและมาตรการกองทุนที่เกี่ยวข้อง', en: 'Law and fund measures that apply' },
  state: { th: 'สถานะ', en: 'Status' },
  team: { th: 'ทีมที่รับผิดชอบ', en: 'Team' },
  noTeam: { th: 'ยังไม่มอบหมาย', en: 'Not assigned' },
  moveTo: { th: 'เปลี่ยนสถานะเป็น', en: 'Move to' },
  assign: { th: 'มอบหมายทีม', en: 'Assign a team' },
  addNote: { th: 'บันทึกความคืบหน้า', en: 'Add a note' },
  markDuplicate: { th: 'ทำเครื่องหมายว่าเป็นเรื่องซ้ำ', en: 'Mark as duplicate' },
  note: { th: 'บันทึก', en: 'Note' },
  reason: { th: 'เหตุผล', en: 'Reason' },
  visibility: { th: 'การเปิดเผย', en: 'Visibility' },
  internal: { th: 'ภายในหน่วยงาน', en: 'Internal' },
  public: { th: 'เปิดเผยต่อผู้ร้องเรียน', en: 'Public' },
  resolutionSummary: { th: 'สรุปผลการแก้ไข', en: 'Resolution summary' },
  duplicateOf: { th: 'ซ้ำกับเรื่องเลขที่', en: 'Duplicate of ticket' },
  officer: { th: 'เจ้าหน้าที่ผู้รับผิดชอบ (ถ้ามี)', en: 'Officer (optional)' },
  none: { th: '— ไม่ระบุ —', en: '— none —' },
  chooseTeam: { th: '— เลือกทีม —', en: '— choose a team —' },
  confirm: { th: 'ยืนยัน', en: 'Confirm' },
  cancel: { th: 'ยกเลิก', en: 'Cancel' },
  revealContact: { th: 'แสดงข้อมูลติดต่อ / Reveal contact', en: 'Reveal contact / แสดงข้อมูลติดต่อ' },
  revealReason: { th: 'เหตุผลที่ต้องใช้ข้อมูลติดต่อ (10–500 ตัวอักษร)', en: 'Why you need the contact data (10–500 characters)' },
  revealNotice: {
    th: 'การเปิดดูจะบันทึกชื่อของท่านและเหตุผลไว้ในบันทึกการตรวจสอบ',
    en: 'Your name and reason are kept in the audit trail',
  },
  complainantName: { th: 'ชื่อผู้ร้อง', en: 'Name' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  noContact: { th: 'ผู้ร้องไม่ได้ให้ข้อมูลติดต่อ', en: 'The complainant left no contact' },
  hideContact: { th: 'ซ่อนข้อมูลติดต่อ', en: 'Hide contact' },
  done: { th: 'บันทึกแล้ว', en: 'Saved' },
  noActions: { th: 'เรื่องนี้สิ้นสุดแล้ว ไม่มีขั้นตอนถัดไป', en: 'This complaint is final: no further step' },
  readOnly: { th: 'คุณดูได้อย่างเดียว', en: 'You may only read this' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  by: { th: 'โดย', en: 'by' },
  attachments: { th: 'ไฟล์แนบ', en: 'attachments' },
  status_change: { th: 'เปลี่ยนสถานะ', en: 'Status change' },
  assignment: { th: 'มอบหมายงาน', en: 'Assignment' },
  field_visit: { th: 'ลงพื้นที่', en: 'Field visit' },
  escalation: { th: 'แจ้งเตือน/ยกระดับ', en: 'Escalation' },
  access: { th: 'เปิดดูข้อมูลส่วนบุคคล', en: 'Personal data viewed' },
  noteKind: { th: 'บันทึก', en: 'Note' },
  // progress reports and findings
  reviewPanel: { th: 'การตรวจรายงาน', en: 'Review this report' },
  findingPanel: { th: 'การติดตามข้อตรวจพบ', en: 'Follow up this finding' },
  accept: { th: 'รับรายงาน', en: 'Accept' },
  acceptFinding: { th: 'ยอมรับผลการดำเนินการ', en: 'Accept the response' },
  returnReport: { th: 'ส่งคืนให้แก้ไข', en: 'Return with a comment' },
  reopen: { th: 'เปิดข้อตรวจพบอีกครั้ง', en: 'Re-open' },
  comment: { th: 'ความเห็น', en: 'Comment' },
  commentOptional: { th: 'ความเห็น (ถ้ามี)', en: 'Comment (optional)' },
  newDue: { th: 'กำหนดส่งใหม่ (ถ้ามี)', en: 'New due date (optional)' },
  returnCount: { th: 'ส่งคืนแล้ว', en: 'Returned' },
  times: { th: 'ครั้ง', en: 'times' },
  reopenCount: { th: 'เปิดใหม่แล้ว', en: 'Re-opened' },
  dueAt: { th: 'กำหนดส่ง', en: 'Due' },
  reviewedAt: { th: 'ตรวจเมื่อ', en: 'Reviewed' },
  noReviewStep: { th: 'ยังไม่มีขั้นตอนให้ดำเนินการในสถานะนี้', en: 'Nothing to do in this state' },
  // e-mail templates
  templatePanel: { th: 'ตัวอย่างอีเมล', en: 'E-mail preview' },
  previewNote: {
    th: 'แสดงจากข้อความในแบบฟอร์มปัจจุบัน (ยังไม่บันทึก) กับข้อมูลตัวอย่าง',
    en: 'From the form as it is now (unsaved), with the sample data',
  },
  thai: { th: 'ภาษาไทย', en: 'Thai' },
  english: { th: 'ภาษาอังกฤษ', en: 'English' },
  subject: { th: 'หัวเรื่อง', en: 'Subject' },
  problems: { th: 'บันทึกไม่ได้ เพราะ', en: 'Cannot be saved:' },
  sendTest: { th: 'ส่งอีเมลทดสอบถึงฉัน', en: 'Send me a test e-mail' },
  testSent: { th: 'ส่งอีเมลทดสอบเข้าคิวแล้ว ถึง', en: 'Test e-mail queued to' },
  noPreview: { th: 'แสดงตัวอย่างไม่ได้จนกว่าจะแก้ไขข้อผิดพลาด', en: 'No preview until the problems are fixed' },
  chooseKey: { th: 'ระบุรหัสแม่แบบก่อน', en: 'Enter the template key first' },
  // purge batches (PDPA retention)
  purgePanel: { th: 'การตัดสินชุดลบข้อมูล', en: 'Decide this purge batch' },
  purgeNote: {
    th: 'อ่านรายงานก่อนตัดสิน เมื่ออนุมัติ งานตามกำหนดเวลาจะลบเฉพาะรายการที่ยังพ้นระยะเวลาเก็บในรอบถัดไป',
    en: 'Read the report first. Once approved, the next run of the job purges only the records still past retention',
  },
  approvePurge: { th: 'อนุมัติให้ลบ', en: 'Approve the purge' },
  rejectPurge: { th: 'ไม่อนุมัติ', en: 'Reject' },
  purgeApproved: { th: 'อนุมัติแล้ว จะลบในรอบถัดไปของงาน', en: 'Approved: the next run of the job purges it' },
  purgeRejected: { th: 'ไม่อนุมัติแล้ว ข้อมูลยังคงอยู่', en: 'Rejected: the data stays' },
} as const;

export type Phrase = keyof typeof PHRASES;

export function t(phrase: Phrase, th: boolean): string {
  return th ? PHRASES[phrase].th : PHRASES[phrase].en;
}

/** Template field names as the form labels them. */
export const TEMPLATE_FIELD_LABELS: Record<string, { th: string; en: string }> = {
  key: { th: 'รหัสแม่แบบ', en: 'Key' },
  subjectTh: { th: 'หัวเรื่อง (ไทย)', en: 'Subject (Thai)' },
  textTh: { th: 'ข้อความ (ไทย)', en: 'Text (Thai)' },
  htmlTh: { th: 'HTML (ไทย)', en: 'HTML (Thai)' },
  subjectEn: { th: 'หัวเรื่อง (อังกฤษ)', en: 'Subject (English)' },
  textEn: { th: 'ข้อความ (อังกฤษ)', en: 'Text (English)' },
  htmlEn: { th: 'HTML (อังกฤษ)', en: 'HTML (English)' },
};

/** Report and finding states. */
export const REVIEW_STATES: Record<string, { th: string; en: string }> = {
  pending: { th: 'รอส่ง', en: 'Pending' },
  submitted: { th: 'ส่งแล้ว รอตรวจ', en: 'Submitted' },
  accepted: { th: 'รับแล้ว', en: 'Accepted' },
  returned: { th: 'ส่งคืนแก้ไข', en: 'Returned' },
  waived: { th: 'ยกเว้น', en: 'Waived' },
  open: { th: 'รอหน่วยงานชี้แจง', en: 'Open' },
  responded: { th: 'หน่วยงานชี้แจงแล้ว', en: 'Responded' },
  reopened: { th: 'เปิดใหม่', en: 'Re-opened' },
};
