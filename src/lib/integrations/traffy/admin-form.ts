import type { AdminForms } from '../../platform/admin-form';

/** How the Traffy Fondue bridge's types read in the admin panel (src/lib/platform/admin-form.ts). */
export const traffyAdminForms: AdminForms = {
  types: {
    'api::integration-mapping.integration-mapping': {
      name: ['การจับคู่ประเภทและสถานะกับแจ้งอุต', 'Traffy Fondue mapping'],
      mainField: 'traffyName',
      fields: {
        system: ['ระบบภายนอก', 'System', 'ระบบที่เชื่อมต่อ (ปัจจุบันคือแจ้งอุตบน Traffy Fondue)', 'the connected system (แจ้งอุต on Traffy Fondue)'],
        kind: ['ชนิดการจับคู่', 'Kind', 'ประเภทปัญหา หรือ สถานะเรื่อง', 'an issue type or a status'],
        traffyName: [
          'ชื่อใน Traffy',
          'Name in Traffy',
          'ชื่อประเภทหรือสถานะตามที่ Traffy ส่งมา เช่น เสร็จสิ้น',
          'the type or status name as Traffy sends it, e.g. เสร็จสิ้น',
        ],
        traffyId: [
          'รหัสใน Traffy',
          'Id in Traffy',
          'type_id ของประเภท หรือ issue_status_id ของสถานะ (ถ้าทราบ)',
          "the type's type_id or the status's issue_status_id (when known)",
        ],
        category: ['ประเภทเรื่องของเรา', 'Our category', 'ใช้กับชนิด "ประเภทปัญหา"', 'for kind "type"'],
        state: ['สถานะของเรา', 'Our status', 'ใช้กับชนิด "สถานะ"', 'for kind "status"'],
        outbound: [
          'ใช้แจ้งกลับ Traffy',
          'Used to tell Traffy',
          'สถานะของเราจะแจ้งไป Traffy ด้วยแถวแรกที่เลือกไว้',
          'our status is told to Traffy with the first ticked row',
        ],
        active: ['ใช้งาน', 'Active', 'ยกเลิกเพื่อไม่ใช้แถวนี้', 'untick to stop using this row'],
        notes: ['หมายเหตุ', 'Notes', 'ที่มาหรือข้อตกลงของการจับคู่', 'where the mapping comes from'],
      },
    },
    'api::traffy-event.traffy-event': {
      name: ['เหตุการณ์แจ้งอุต (Traffy)', 'Traffy event'],
      mainField: 'eventKey',
      fields: {
        eventKey: ['รหัสเหตุการณ์', 'Event key', 'ใช้รับแต่ละเหตุการณ์เพียงครั้งเดียว', 'each event is received once by this key'],
        direction: ['ทิศทาง', 'Direction', 'รับจาก Traffy หรือส่งไป Traffy', 'received from or sent to Traffy'],
        kind: ['ชนิด', 'Kind', 'เรื่องใหม่ อัปเดตสถานะ แชท คะแนน หรือการเรียก API', 'new issue, status, chat, rating, or API call'],
        ticketId: ['เลขเรื่องใน Traffy', 'Traffy ticket', 'เลขเรื่องของแจ้งอุต', 'the แจ้งอุต ticket id'],
        complaintDocumentId: ['เรื่องร้องเรียน', 'Complaint', 'รหัสเอกสารของเรื่องร้องเรียนที่เกี่ยวข้อง', 'the complaint it concerns'],
        fingerprint: [
          'ลายนิ้วมือข้อความ',
          'Fingerprint',
          'ใช้จำข้อความที่เราส่งเมื่อ Traffy ส่งกลับมา',
          'recognises our own update when Traffy echoes it',
        ],
        outcome: ['ผลการรับ', 'Outcome', 'สิ่งที่ระบบทำกับเหตุการณ์นี้', 'what was done with the event'],
        occurredAt: ['เวลา', 'When', 'เวลาที่รับหรือส่ง', 'when it was received or queued'],
      },
      readOnly: ['eventKey', 'direction', 'kind', 'ticketId', 'complaintDocumentId', 'fingerprint', 'outcome', 'occurredAt'],
    },
  },
  enums: {
    traffy: ['แจ้งอุต (Traffy Fondue)', 'แจ้งอุต (Traffy Fondue)'],
    type: ['ประเภทปัญหา', 'Issue type'],
    status: ['สถานะ', 'Status'],
    in: ['รับเข้า', 'Received'],
    out: ['ส่งออก', 'Sent'],
  },
};
