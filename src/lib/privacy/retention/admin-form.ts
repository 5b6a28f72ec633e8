import type { AdminForms } from '../../platform/admin-form';

/** How the retention register and purge batches read in the admin panel (src/lib/platform/admin-form.ts). */
export const retentionAdminForms: AdminForms = {
  types: {
    'api::retention-rule.retention-rule': {
      name: ['ระยะเวลาเก็บข้อมูล', 'Retention rule'],
      mainField: 'dataset',
      fields: {
        dataset: ['ชุดข้อมูล', 'Dataset', 'ข้อมูลส่วนบุคคลที่กฎนี้ครอบคลุม', 'the personal data this rule covers'],
        purposeTh: ['วัตถุประสงค์ (ไทย)', 'Purpose (Thai)', 'เก็บข้อมูลนี้ไว้เพื่ออะไร', 'why we hold it, in Thai'],
        purposeEn: ['วัตถุประสงค์ (อังกฤษ)', 'Purpose (English)', 'เก็บข้อมูลนี้ไว้เพื่ออะไร เป็นภาษาอังกฤษ', 'why we hold it, in English'],
        legalBasis: ['ฐานทางกฎหมาย', 'Legal basis', 'ฐานการประมวลผลตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล', 'the PDPA basis for processing'],
        retentionDays: ['ระยะเวลาเก็บ (วัน)', 'Retention (days)', 'พ้นจากนี้จะถูกเสนอให้ลบ', 'past this, it is proposed for purging'],
        countedFrom: ['นับจาก', 'Counted from', 'เหตุการณ์ที่เริ่มนับ (กำหนดโดยชุดข้อมูล)', 'the moment the period runs from (set by the dataset)'],
        active: ['ใช้งาน', 'Active', 'ปิดไว้: ไม่เสนอและไม่ลบข้อมูลชุดนี้', 'off: this dataset is neither proposed nor purged'],
      },
      readOnly: ['dataset', 'countedFrom'],
      enums: {
        dataset: {
          'complaint-complainant': ['ข้อมูลผู้ร้องเรียน', 'Complainants’ contact data'],
          'volunteer-contact': ['ข้อมูลติดต่อจิตอาสา', 'Volunteers’ contact data'],
          'outbox-email': ['อีเมลที่ส่งออก', 'Outgoing e-mails'],
          'audit-ip': ['IP ในบันทึกการตรวจสอบ', 'IP addresses in the audit trail'],
          'staff-account': ['บัญชีผู้ใช้ที่ถูกระงับ', 'Blocked sign-in accounts'],
        },
        countedFrom: {
          finished: ['เมื่อเรื่องสิ้นสุด', 'When finished'],
          'last-change': ['แก้ไขครั้งล่าสุด', 'Last change'],
          sent: ['เมื่อส่ง', 'When sent'],
          recorded: ['เมื่อบันทึก', 'When recorded'],
        },
      },
    },
    'api::purge-batch.purge-batch': {
      name: ['ชุดลบข้อมูลส่วนบุคคล', 'Purge batch'],
      mainField: 'asOf',
      fields: {
        state: ['สถานะ', 'Status', 'เสนอ อนุมัติ ไม่อนุมัติ หรือลบแล้ว', 'proposed, approved, rejected or purged'],
        report: ['รายงาน', 'Report', 'จำนวนต่อชุดข้อมูลและตัวอย่าง (ไม่มีข้อมูลส่วนบุคคล)', 'how many per dataset, with examples (no personal data)'],
        asOf: ['ณ เวลา', 'As of', 'เวลาที่คำนวณว่าพ้นระยะเวลาเก็บ', 'when what is past retention was computed'],
        counts: ['จำนวนต่อชุดข้อมูล', 'Counts', 'จำนวนรายการที่เสนอ', 'how many records were proposed'],
        items: ['รายการ', 'Records', 'รหัสรายการที่ชุดนี้ครอบคลุม', 'the ids of the records the batch covers'],
        decidedAt: ['วันเวลาที่ตัดสิน', 'Decided at', 'เมื่ออนุมัติหรือไม่อนุมัติ', 'when approved or rejected'],
        decidedBy: ['ผู้ตัดสิน', 'Decided by', 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลหรือผู้ดูแลระบบ', 'the privacy officer or a super admin'],
        purgedAt: ['วันเวลาที่ลบ', 'Purged at', 'งานตามกำหนดเวลาลบหลังอนุมัติ', 'the job purges after approval'],
        purgedCounts: ['จำนวนที่ลบ', 'Purged', 'เฉพาะรายการที่ยังพ้นระยะเวลาเก็บ', 'only records still past retention'],
      },
      // decided through the approve and reject buttons' routes, written by the job: never by hand
      readOnly: ['state', 'report', 'asOf', 'counts', 'items', 'decidedAt', 'decidedBy', 'purgedAt', 'purgedCounts'],
      enums: {
        state: {
          proposed: ['เสนอ', 'Proposed'],
          approved: ['อนุมัติ', 'Approved'],
          rejected: ['ไม่อนุมัติ', 'Rejected'],
          purged: ['ลบแล้ว', 'Purged'],
        },
      },
    },
  },
  enums: {
    consent: ['ความยินยอม', 'Consent'],
    contract: ['สัญญา', 'Contract'],
    'legal-obligation': ['หน้าที่ตามกฎหมาย', 'Legal obligation'],
    'vital-interest': ['ประโยชน์สำคัญต่อชีวิต', 'Vital interest'],
    'public-task': ['ภารกิจของรัฐ', 'Public task'],
    'legitimate-interest': ['ประโยชน์โดยชอบด้วยกฎหมาย', 'Legitimate interest'],
  },
};
