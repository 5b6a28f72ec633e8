import type { Core, UID } from '@strapi/strapi';

const ESCALATION_STEP_UID = 'api::escalation-step.escalation-step' as const satisfies UID.ContentType;

/**
 * The demo's ladder over complaints' resolve deadlines: the team lead a day before, the provincial
 * industry office when it passes, the division director two days after, the Inspector-General a week
 * after. Adds nothing when any step exists (an administrator's ladder stays). Reports, findings and
 * required reading follow the reminder-policy until an administrator adds steps for them.
 */
export async function loadLadderDemo(strapi: Core.Strapi): Promise<number> {
  if (await strapi.db.query(ESCALATION_STEP_UID).count()) return 0;
  const steps = [
    {
      deadline: 'resolve',
      offsetHours: -24,
      recipientKind: 'assignee_lead',
      labelTh: 'หัวหน้าทีม: ครบกำหนดภายใน 1 วัน',
      labelEn: 'Team lead: due within a day',
    },
    {
      deadline: 'any',
      offsetHours: 0,
      recipientKind: 'province_office',
      labelTh: 'สำนักงานอุตสาหกรรมจังหวัด: ครบกำหนดแล้ว',
      labelEn: 'Provincial industry office: deadline passed',
    },
    {
      deadline: 'resolve',
      offsetHours: 48,
      recipientKind: 'address',
      address: 'division-director@demo.mind-desk.local',
      labelTh: 'ผู้อำนวยการกอง: เกินกำหนด 2 วัน',
      labelEn: 'Division director: 2 days overdue',
    },
    {
      deadline: 'resolve',
      offsetHours: 168,
      recipientKind: 'address',
      address: 'inspector-general@demo.mind-desk.local',
      labelTh: 'ผู้ตรวจราชการกระทรวง: เกินกำหนด 7 วัน',
      labelEn: 'Inspector-General: 7 days overdue',
    },
  ];
  for (const step of steps) {
    await strapi.db.query(ESCALATION_STEP_UID).create({ data: { source: 'complaint', active: true, ...step } });
  }
  return steps.length;
}
