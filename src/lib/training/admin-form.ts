import type { AdminForms } from '../platform/admin-form';

/** How the training types read in the admin panel (src/lib/platform/admin-form.ts). */
export const trainingAdminForms: AdminForms = {
  types: {
    'api::training-material.training-material': {
      name: ['สื่อการอบรม', 'Training material'],
      mainField: 'title',
      fields: {
        title: ['ชื่อเรื่อง', 'Title', 'ชื่อสื่อการอบรม', 'the title of the material'],
        slug: ['ชื่อในลิงก์', 'Slug', 'ใช้เป็นที่อยู่เว็บของเอกสาร', 'used in the page address'],
        kind: ['ประเภท', 'Kind', 'กฎหมาย ระเบียบ ประกาศ คู่มือ ฯลฯ', 'law, regulation, announcement, manual…'],
        summary: ['สาระสำคัญ', 'Summary', 'สรุปสั้น ๆ ที่แสดงในรายการ', 'the short summary shown in lists'],
        body: ['เนื้อหา', 'Body', 'เนื้อหาเต็ม', 'the full text'],
        topics: ['หัวข้อ', 'Topics', 'ใช้จัดกลุ่มและค้นหา', 'for grouping and search'],
        fund: ['กองทุน', 'Fund', 'กองทุนที่เกี่ยวข้อง (ถ้ามี)', 'the fund concerned, if any'],
        issuingAuthority: ['หน่วยงานที่ออก', 'Issuing authority', 'ผู้ออกกฎหมายหรือประกาศ', 'who issued it'],
        effectiveDate: ['วันที่มีผลบังคับ', 'Effective date', 'วันที่เริ่มใช้', 'when it takes effect'],
        sourceUrl: ['แหล่งที่มาอย่างเป็นทางการ', 'Official source', 'ลิงก์ราชกิจจานุเบกษาหรือหน่วยงาน', 'link to the Royal Gazette or the agency'],
        attachments: ['ไฟล์แนบ', 'Attachments', 'เอกสารฉบับเต็ม', 'the full documents'],
        version: ['ฉบับที่', 'Version', 'เพิ่มเมื่อแก้ไขสาระ ผู้ต้องอ่านจะต้องรับทราบใหม่', 'raise on a material change: readers acknowledge again'],
        requiredForRoles: ['บทบาทที่ต้องอ่าน', 'Required for roles', 'ผู้ใช้บทบาทนี้ต้องกดรับทราบ', 'users of these roles must acknowledge'],
        isPublic: ['เผยแพร่สาธารณะ', 'Public', 'ประชาชนอ่านได้โดยไม่ต้องเข้าระบบ', 'readable without signing in'],
      },
    },
    'api::fund.fund': {
      name: ['กองทุน', 'Fund'],
      mainField: 'nameTh',
      fields: {
        slug: ['ชื่อในลิงก์', 'Slug', 'ใช้เป็นที่อยู่เว็บ', 'used in the page address'],
        nameTh: ['ชื่อกองทุน (ไทย)', 'Name (Thai)', 'ชื่อที่แสดงในระบบ', 'the name shown everywhere'],
        nameEn: ['ชื่อกองทุน (อังกฤษ)', 'Name (English)', 'ชื่อภาษาอังกฤษ', 'the English name'],
        purpose: ['วัตถุประสงค์', 'Purpose', 'กองทุนนี้สนับสนุนอะไร', 'what the fund supports'],
        eligibility: ['คุณสมบัติผู้ขอรับ', 'Eligibility', 'ใครขอรับการสนับสนุนได้', 'who may apply'],
        terms: ['เงื่อนไข', 'Terms', 'วงเงิน ดอกเบี้ย ระยะเวลา', 'amounts, interest, duration'],
        contact: ['ติดต่อ', 'Contact', 'ช่องทางสอบถาม', 'where to ask'],
        agency: ['หน่วยงานดูแล', 'Agency', 'หน่วยงานที่บริหารกองทุน', 'the agency running the fund'],
      },
    },
    'api::topic.topic': {
      name: ['หัวข้อ', 'Topic'],
      mainField: 'nameTh',
      fields: {
        slug: ['ชื่อในลิงก์', 'Slug', 'ใช้เป็นที่อยู่เว็บ', 'used in the page address'],
        nameTh: ['ชื่อหัวข้อ (ไทย)', 'Name (Thai)', 'ชื่อที่แสดงในระบบ', 'the name shown everywhere'],
        nameEn: ['ชื่อหัวข้อ (อังกฤษ)', 'Name (English)', 'ชื่อภาษาอังกฤษ', 'the English name'],
      },
    },
    'api::training-acknowledgement.training-acknowledgement': {
      name: ['การรับทราบ', 'Training acknowledgement'],
      mainField: 'materialTitle',
      fields: {
        user: ['ผู้รับทราบ', 'User', 'บัญชีที่กดรับทราบ', 'the account that acknowledged'],
        materialTitle: ['สื่อการอบรม', 'Material', 'ชื่อเอกสารขณะรับทราบ', 'the title when acknowledged'],
        materialDocumentId: ['รหัสสื่อการอบรม', 'Material id', 'รหัสเอกสารที่รับทราบ', 'the material acknowledged'],
        version: ['ฉบับที่', 'Version', 'ฉบับที่รับทราบ', 'the version acknowledged'],
        acknowledgedAt: ['รับทราบเมื่อ', 'Acknowledged', 'เวลาที่กดรับทราบ', 'when it was acknowledged'],
        key: ['รหัสกันซ้ำ', 'Key', 'หนึ่งครั้งต่อผู้ใช้ เอกสาร และฉบับ', 'once per user, material and version'],
      },
      readOnly: ['user', 'materialTitle', 'materialDocumentId', 'version', 'acknowledgedAt', 'key'],
    },
  },
  enums: {
    law: ['พระราชบัญญัติ/กฎหมาย', 'Law'],
    regulation: ['ระเบียบ', 'Regulation'],
    ministerial_regulation: ['กฎกระทรวง', 'Ministerial regulation'],
    announcement: ['ประกาศ', 'Announcement'],
    fund_measure: ['มาตรการกองทุน', 'Fund measure'],
    guideline: ['แนวทางปฏิบัติ', 'Guideline'],
    manual: ['คู่มือ', 'Manual'],
    course: ['หลักสูตร', 'Course'],
  },
};
