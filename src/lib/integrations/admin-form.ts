import type { AdminForms } from '../platform/admin-form';

/** How Open311 clients read in the admin panel (src/lib/platform/admin-form.ts). The key is issued from the edit view's side panel. */
const clientFields = {
  name: ['ชื่อระบบ', 'Client', 'ชื่อแพลตฟอร์มหรือแอปที่ส่งเรื่อง', 'the platform or app that sends requests'],
  contact: ['อีเมลผู้ติดต่อ', 'Contact e-mail', 'ผู้ดูแลฝั่งระบบต้นทาง', 'who runs the sending system'],
  notes: ['หมายเหตุ', 'Notes', 'ข้อตกลงหรือข้อมูลประกอบ', 'agreements or other notes'],
  active: ['ใช้งาน', 'Active', 'ยกเลิกเพื่อระงับคีย์ชั่วคราว', 'untick to suspend the key'],
  rateLimit: ['จำนวนเรื่องต่อช่วงเวลา', 'Requests per window', 'นับต่อคีย์ 0 คือไม่จำกัด', 'counted per key; 0 is no limit'],
  rateWindowSeconds: ['ช่วงเวลา (วินาที)', 'Window (seconds)', 'ความยาวของช่วงที่นับ', 'how long each count lasts'],
  keyHash: ['แฮชของคีย์', 'Key hash', 'เก็บเฉพาะแฮช SHA-256 ของคีย์', 'only the SHA-256 hash of the key is kept'],
  keyPrefix: ['คีย์ขึ้นต้นด้วย', 'Key starts with', 'ใช้ระบุคีย์โดยไม่เปิดเผยทั้งหมด', 'identifies the key without showing it'],
  keyIssuedAt: ['ออกคีย์เมื่อ', 'Key issued', 'ครั้งล่าสุดที่ออกหรือเปลี่ยนคีย์', 'when the key was last issued or rotated'],
  revokedAt: ['เพิกถอนเมื่อ', 'Revoked', 'คีย์ที่เพิกถอนใช้ไม่ได้อีก', 'a revoked key never works again'],
} as const;

export const integrationsAdminForms: AdminForms = {
  types: {
    'api::open311-client.open311-client': {
      name: ['ระบบที่ส่งเรื่องผ่าน Open311', 'Open311 client'],
      mainField: 'name',
      fields: clientFields,
      readOnly: ['keyPrefix', 'keyIssuedAt', 'revokedAt'],
      hidden: ['keyHash'],
    },
  },
};
