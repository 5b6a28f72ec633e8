import type { AdminForms } from '../../platform/admin-form';

/**
 * How data-subject requests read in the admin panel (src/lib/platform/admin-form.ts). The workflow
 * (intake and the privacy officer's routes) writes everything but the officer's own notes in `details`:
 * the rest is read-only, so the 30-day clock and the outcome sent cannot be edited around the routes.
 */
export const requestAdminForms: AdminForms = {
  types: {
    'api::data-subject-request.data-subject-request': {
      name: ['คำขอของเจ้าของข้อมูล', 'Data-subject request'],
      mainField: 'reference',
      fields: {
        reference: ['เลขที่คำขอ', 'Reference', 'เลขที่แจ้งแก่เจ้าของข้อมูล', 'the reference the subject was given'],
        kind: ['ประเภทคำขอ', 'Kind', 'ขอเข้าถึง ขอแก้ไข หรือขอลบข้อมูล', 'access, correction or erasure'],
        subjectKind: ['เจ้าของข้อมูล', 'Subject', 'ผู้ร้องเรียนหรือจิตอาสา', 'a complainant or a volunteer'],
        state: ['สถานะ', 'Status', 'ได้รับ ยืนยันตัวตนแล้ว ดำเนินการแล้ว หรือปฏิเสธ', 'received, verified, fulfilled or refused'],
        receivedAt: ['วันที่ได้รับคำขอ', 'Received', 'เริ่มนับ 30 วัน', 'the 30 days run from here'],
        dueAt: ['กำหนดตอบ', 'Answer by', 'ได้รับ + 30 วันตามปฏิทิน (มาตรา 30)', 'received + 30 calendar days (s.30)'],
        complaints: ['เรื่องร้องเรียน', 'Complaints', 'เรื่องที่ยื่นด้วยข้อมูลติดต่อเดียวกัน', 'the complaints filed with the same contact'],
        volunteer: ['จิตอาสา', 'Volunteer', 'โปรไฟล์ของผู้ขอ', "the subject's profile"],
        field: ['ข้อมูลที่ขอแก้', 'Field to correct', 'เฉพาะคำขอแก้ไข', 'corrections only'],
        newValue: ['ค่าที่ถูกต้อง', 'Correct value', 'ค่าที่เจ้าของข้อมูลแจ้ง', 'the value the subject gave'],
        details: ['รายละเอียดคำขอ', 'Details', 'สิ่งที่เจ้าของข้อมูลเขียนมา', 'what the subject wrote'],
        contactEmail: [
          'อีเมลติดต่อกลับ',
          'Reply e-mail',
          'ส่งการยืนยันและผลไปที่นี่ (ข้อมูลส่วนบุคคล)',
          'the confirmation and outcome go here (personal data)',
        ],
        verifiedAt: ['ยืนยันตัวตนเมื่อ', 'Verified', 'เจ้าหน้าที่ยืนยันตัวตนผู้ขอ', 'when the officer verified the subject'],
        appliedAt: ['แก้ไข/ลบเมื่อ', 'Applied', 'เวลาที่แก้ไขหรือลบข้อมูลตามคำขอ', 'when the correction or erasure was applied'],
        fulfilledAt: ['ตอบเมื่อ', 'Answered', 'เวลาที่บันทึกผลและแจ้งเจ้าของข้อมูล', 'when the outcome was recorded and sent'],
        outcome: ['ผลการพิจารณา', 'Outcome', 'ข้อความที่แจ้งแก่เจ้าของข้อมูล', 'what the subject is told'],
        handledBy: ['ผู้ดำเนินการ', 'Handled by', 'เจ้าหน้าที่ที่ดำเนินการล่าสุด', 'the officer who last acted on it'],
      },
      readOnly: [
        'reference',
        'kind',
        'subjectKind',
        'state',
        'receivedAt',
        'dueAt',
        'complaints',
        'volunteer',
        'field',
        'newValue',
        'contactEmail',
        'verifiedAt',
        'appliedAt',
        'fulfilledAt',
        'outcome',
        'handledBy',
      ],
      enums: {
        kind: {
          access: ['ขอเข้าถึงข้อมูล', 'Access'],
          correct: ['ขอแก้ไขข้อมูล', 'Correction'],
          erase: ['ขอลบข้อมูล', 'Erasure'],
        },
        subjectKind: {
          complainant: ['ผู้ร้องเรียน', 'Complainant'],
          volunteer: ['จิตอาสา', 'Volunteer'],
        },
        state: {
          received: ['ได้รับคำขอ', 'Received'],
          verified: ['ยืนยันตัวตนแล้ว', 'Verified'],
          fulfilled: ['ดำเนินการแล้ว', 'Fulfilled'],
          refused: ['ปฏิเสธ', 'Refused'],
        },
      },
    },
  },
};
