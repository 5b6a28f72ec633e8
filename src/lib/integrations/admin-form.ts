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

const webhookFields = {
  name: ['ชื่อระบบปลายทาง', 'Receiver', 'ระบบที่รับแจ้งเหตุการณ์ของเรื่องร้องเรียน', 'the system told of complaint events'],
  url: ['ที่อยู่ปลายทาง', 'URL', 'ที่อยู่ https ที่ระบบส่ง POST ไปถึง', 'the https address events are POSTed to'],
  active: ['ใช้งาน', 'Active', 'ยกเลิกเพื่อหยุดส่งชั่วคราว', 'untick to stop sending for now'],
  onReceived: ['แจ้งเมื่อรับเรื่อง', 'On received', 'เรื่องร้องเรียนใหม่เข้าระบบ', 'a new complaint is filed'],
  onAssigned: ['แจ้งเมื่อมอบหมาย', 'On assigned', 'เรื่องถูกมอบหมายให้ทีม', 'a complaint is assigned to a team'],
  onStateChanged: ['แจ้งเมื่อเปลี่ยนสถานะ', 'On state change', 'สถานะของเรื่องเปลี่ยน', "a complaint's status changes"],
  onClosed: ['แจ้งเมื่อปิดเรื่อง', 'On closed', 'เรื่องถูกปิด', 'a complaint is closed'],
  contact: ['อีเมลผู้ติดต่อ', 'Contact e-mail', 'ผู้ดูแลฝั่งระบบปลายทาง', 'who runs the receiving system'],
  notes: ['หมายเหตุ', 'Notes', 'ข้อตกลงหรือข้อมูลประกอบ', 'agreements or other notes'],
  secretEncrypted: ['รหัสลับ (เข้ารหัส)', 'Secret (encrypted)', 'เก็บแบบเข้ารหัสด้วย ENCRYPTION_KEY', 'kept encrypted with ENCRYPTION_KEY'],
  secretPrefix: ['รหัสลับขึ้นต้นด้วย', 'Secret starts with', 'ใช้ระบุรหัสลับโดยไม่เปิดเผยทั้งหมด', 'identifies the secret without showing it'],
  secretIssuedAt: ['ออกรหัสลับเมื่อ', 'Secret issued', 'ครั้งล่าสุดที่ออกหรือเปลี่ยนรหัสลับ', 'when the secret was last issued or rotated'],
} as const;

export const integrationsAdminForms: AdminForms = {
  types: {
    'api::webhook-endpoint.webhook-endpoint': {
      name: ['ปลายทาง webhook', 'Webhook endpoint'],
      mainField: 'name',
      fields: webhookFields,
      readOnly: ['secretPrefix', 'secretIssuedAt'],
      hidden: ['secretEncrypted'],
    },
    'api::open311-client.open311-client': {
      name: ['ระบบที่ส่งเรื่องผ่าน Open311', 'Open311 client'],
      mainField: 'name',
      fields: clientFields,
      readOnly: ['keyPrefix', 'keyIssuedAt', 'revokedAt'],
      hidden: ['keyHash'],
    },
  },
};
