import type { AdminForms } from '../platform/admin-form';

/** How the audit trail reads in the admin panel (src/lib/platform/admin-form.ts): written by the system only. */
const auditFields = {
  occurredAt: ['เมื่อ', 'When', 'เวลาที่เกิดเหตุการณ์', 'when it happened'],
  action: ['การกระทำ', 'Action', 'สิ่งที่ทำ', 'what was done'],
  actorKind: ['ประเภทผู้กระทำ', 'Actor kind', 'ผู้ใช้ ผู้ดูแล โทเคน หรือระบบ', 'user, administrator, token or system'],
  actorId: ['รหัสผู้กระทำ', 'Actor id', 'รหัสบัญชีของผู้กระทำ', "the actor's account id"],
  actorLabel: ['ผู้กระทำ', 'Actor', 'ชื่อหรืออีเมลของผู้กระทำ', "the actor's name or e-mail"],
  actorRole: ['บทบาท', 'Role', 'บทบาทของผู้กระทำ', "the actor's role"],
  targetType: ['ประเภทเป้าหมาย', 'Target type', 'ประเภทข้อมูลที่ถูกกระทำ', 'the kind of record'],
  targetId: ['รหัสเป้าหมาย', 'Target id', 'รหัสข้อมูลที่ถูกกระทำ', "the record's id"],
  targetLabel: ['เป้าหมาย', 'Target', 'ชื่อข้อมูลที่ถูกกระทำ', "the record's name"],
  details: ['รายละเอียด', 'Details', 'ค่าที่เปลี่ยนและข้อมูลประกอบ', 'what changed'],
  channel: ['ช่องทาง', 'Channel', 'API แผงผู้ดูแล งานตามกำหนดเวลา หรือระบบ', 'API, admin panel, job or system'],
  ip: ['ที่อยู่ IP', 'IP address', 'ที่อยู่เครือข่ายของผู้กระทำ', "the actor's network address"],
} as const;

export const securityAdminForms: AdminForms = {
  types: {
    'api::audit-entry.audit-entry': {
      name: ['บันทึกการตรวจสอบ', 'Audit entry'],
      mainField: 'action',
      fields: auditFields,
      readOnly: Object.keys(auditFields),
    },
  },
  enums: {
    user: ['ผู้ใช้', 'User'],
    admin: ['ผู้ดูแลระบบ', 'Administrator'],
    api_token: ['โทเคน API', 'API token'],
    system: ['ระบบ', 'System'],
    api: ['API', 'API'],
    job: ['งานตามกำหนดเวลา', 'Job'],
  },
};
