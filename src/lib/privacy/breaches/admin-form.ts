import type { AdminForms } from '../../platform/admin-form';
import { BREACH_COMPUTED_FIELDS } from './model';

/** How the breach register reads in the admin panel (src/lib/platform/admin-form.ts). */
export const breachAdminForms: AdminForms = {
  types: {
    'api::data-breach.data-breach': {
      name: ['เหตุละเมิดข้อมูลส่วนบุคคล', 'Data breach'],
      mainField: 'title',
      fields: {
        title: ['ชื่อเหตุ', 'Title', 'เหตุโดยย่อ', 'the breach in short'],
        state: ['สถานะ', 'Status', 'สงสัย ยืนยัน แจ้งแล้ว ปิด หรือไม่ใช่เหตุละเมิด', 'suspected, confirmed, notified, closed or dismissed'],
        riskLevel: ['ระดับความเสี่ยง', 'Risk level', 'สูง: ต้องแจ้งเจ้าของข้อมูลด้วย', 'high: the data subjects are told too'],
        discoveredAt: ['วันเวลาที่ทราบเหตุ', 'Became aware at', 'นับ 72 ชั่วโมงจากเวลานี้', 'the 72 hours run from here'],
        notifyBy: ['กำหนดแจ้ง สคส.', 'Notify the PDPC by', 'ทราบเหตุ + 72 ชั่วโมง (คำนวณให้)', 'became aware + 72 hours (computed)'],
        description: ['รายละเอียด', 'Description', 'เกิดอะไรขึ้น พบได้อย่างไร', 'what happened, how it was found'],
        suspectedFrom: ['ช่วงที่คาดว่าเกิดเหตุ ตั้งแต่', 'Suspected from', 'เริ่มค้นบันทึกการตรวจสอบจากเวลานี้', 'the audit trail is searched from here'],
        suspectedTo: ['ช่วงที่คาดว่าเกิดเหตุ ถึง', 'Suspected to', 'ว่างไว้: ถึงเวลาที่ทราบเหตุ', 'empty: until it became known'],
        actorKind: ['ผู้ที่คาดว่าก่อเหตุ', 'Suspected actor', 'ประเภทบัญชีตามบันทึกการตรวจสอบ', 'the kind of account, as the audit trail records it'],
        actorId: [
          'รหัสบัญชีผู้ก่อเหตุ',
          'Actor id',
          'รหัสผู้ดูแลระบบ ผู้ใช้ หรือ API token ในบันทึกการตรวจสอบ',
          'the admin, user or API token id in the audit trail',
        ],
        pdpcNotifiedAt: ['วันเวลาที่แจ้ง สคส.', 'PDPC notified at', 'บันทึกแล้วการแจ้งเตือนจะหยุด', 'once set, the reminders stop'],
        subjectsNotifiedAt: ['วันเวลาที่แจ้งเจ้าของข้อมูล', 'Data subjects notified at', 'เมื่อความเสี่ยงสูง', 'when the risk is high'],
        measures: ['มาตรการที่ดำเนินการ', 'Measures taken', 'สิ่งที่ทำเพื่อระงับและเยียวยา', 'what was done to stop and remedy it'],
        affectedCount: [
          'จำนวนเจ้าของข้อมูลที่ได้รับผลกระทบ',
          'Data subjects affected',
          'นับจากบันทึกการตรวจสอบเมื่อยืนยันเหตุ',
          'counted from the audit trail on confirmation',
        ],
        affected: [
          'เจ้าของข้อมูลที่ได้รับผลกระทบ',
          'Affected data subjects',
          'เลขที่เรื่องร้องเรียนและรหัสจิตอาสา (ไม่มีข้อมูลส่วนบุคคล)',
          'complaint tickets and volunteer ids (no personal data)',
        ],
      },
      readOnly: BREACH_COMPUTED_FIELDS,
      enums: {
        state: {
          suspected: ['สงสัย', 'Suspected'],
          confirmed: ['ยืนยันแล้ว', 'Confirmed'],
          notified: ['แจ้ง สคส. แล้ว', 'PDPC notified'],
          closed: ['ปิดเรื่อง', 'Closed'],
          dismissed: ['ไม่ใช่เหตุละเมิด', 'Dismissed'],
        },
        riskLevel: { low: ['ต่ำ', 'Low'], high: ['สูง', 'High'] },
        actorKind: {
          admin: ['ผู้ดูแลระบบ', 'Admin user'],
          user: ['ผู้ใช้ (เจ้าหน้าที่)', 'Users-permissions user'],
          api_token: ['API token', 'API token'],
          unknown: ['ยังไม่ทราบ', 'Unknown'],
        },
      },
    },
  },
};
